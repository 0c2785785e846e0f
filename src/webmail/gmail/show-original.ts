/**
 * Gmail's "Show original" page (`view=om`): the whole raw message in a `<pre>`, the best input the
 * engine can get (headers, the DSN part, everything). The page is a plain document of its own, not
 * the Gmail app.
 */
import type { RawMessage, SearchRoot } from "../adapter";
import { quietly } from "../quietly";
import { closestOf, queryAll } from "../select";
import { GMAIL_SELECTORS as S } from "./selectors";

/** True for the address of a "Show original" page: `...?ik=...&view=om&permmsgid=msg-f:...`. */
export function isShowOriginalUrl(url: string): boolean {
  return quietly(false, () => new URL(url).searchParams.get("view") === "om");
}

/** The raw message shown on the page and its `<pre>`, or null when there is none. */
export function readGmailRawMessage(root: SearchRoot): RawMessage | null {
  return quietly(null, () => {
    for (const selector of S.rawMessage) {
      for (const pre of queryAll(root, [selector])) {
        // A `<pre>` inside a message body is part of that message (Exchange puts headers in one).
        if (closestOf(pre, [...S.message, ...S.content]) !== null) continue;
        const text = pre.textContent ?? "";
        if (startsLikeHeaders(text)) return { element: pre, text };
      }
    }
    return null;
  });
}

/** Most of the first lines are "Name: value" header lines or their folded continuations. */
function startsLikeHeaders(text: string): boolean {
  const lines = text.trimStart().slice(0, 4000).split(/\r?\n/).slice(0, 12);
  if (lines.length < 3 || !/^[A-Za-z][A-Za-z0-9-]{0,76}:/.test(lines[0] ?? "")) return false;
  const headerLike = lines.filter((line) => /^[A-Za-z][A-Za-z0-9-]{0,76}:|^[ \t]/.test(line)).length;
  return headerLike >= Math.min(lines.length, 8) * 0.75;
}
