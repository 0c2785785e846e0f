/**
 * The page's changes recorded as the content script's page-watch.ts records them (the same
 * observer options, texts apart from the other records), for tests that hand them to a look.
 */
import { afterEach } from "vitest";
import type { PageChanges } from "../../src/annotate/page-watch";
import type { WebmailAdapter } from "../../src/webmail/adapter";

const observers: MutationObserver[] = [];

afterEach(() => {
  for (const observer of observers.splice(0)) observer.disconnect();
});

/** Starts recording; each call of the returned function takes the changes since the last. */
export function recordPageChanges(adapter: WebmailAdapter): () => PageChanges {
  const observer = new MutationObserver(() => {});
  observers.push(observer);
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: [...adapter.readAttributes],
  });
  return () => {
    const texts = new Set<Node>();
    const records: MutationRecord[] = [];
    for (const r of observer.takeRecords()) {
      if (r.type === "characterData") texts.add(r.target);
      else records.push(r);
    }
    return { texts: [...texts], records, beyondRecords: false };
  };
}
