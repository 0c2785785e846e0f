/**
 * What a webmail content script does: reads the options, and while annotation is on for its site
 * watches the page and keeps the badges up to date; switched off, it takes them away. Nothing it
 * does may throw into the page, and the content script's context ends all of it. It starts by
 * taking away what an earlier copy left (Firefox ends an updated or disabled extension's scripts
 * without letting them clean up, then starts the new copy in the open pages).
 */
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { explainInBackground, warmUpBackground } from "../extension/explain-channel";
import { loadSettings, type Settings, watchSettings } from "../extension/settings";
import { createAnnotator } from "./annotator";
import { cachedExplain } from "./explain-cache";
import { watchPage } from "./page-watch";
import { removeLeftoverHosts } from "./shadow-mount";
import type { AnnotatedSite } from "./site";
import { newWorkCosts } from "./work-costs";

/** The name under which the content script's world (never the page) keeps its work counters. */
export const WORK_COSTS_GLOBAL = "bounceLensWorkCosts";

/**
 * How often the annotator's tasks may ask the runtime whether the extension is still there (each
 * question costs some microseconds, and a busy page runs dozens of our tasks a second); between
 * two, the context's own signal answers. The watch asks every LIVENESS_MS in any case.
 */
export const LIVE_ASK_MS = 100;

/** Whether the extension behind `ctx` is still there, asking its runtime at most every LIVE_ASK_MS. */
export function cheapLiveness(ctx: ContentScriptContext, now: () => number = () => performance.now()): () => boolean {
  let askedAt = Number.NEGATIVE_INFINITY;
  return () => {
    if (ctx.signal.aborted) return false;
    const at = now();
    if (at - askedAt < LIVE_ASK_MS) return true;
    askedAt = at;
    return ctx.isValid;
  };
}

export async function annotateSite(ctx: ContentScriptContext, site: AnnotatedSite): Promise<void> {
  try {
    removeLeftoverHosts(document);
    const costs = newWorkCosts();
    (globalThis as Record<string, unknown>)[WORK_COSTS_GLOBAL] = costs;
    const annotator = createAnnotator({
      site,
      document,
      explain: cachedExplain(explainInBackground),
      signal: ctx.signal,
      isLive: cheapLiveness(ctx),
      // The document's address, which history.pushState keeps current: far cheaper to read than
      // `location` from the content script's world, and read on every look.
      url: () => document.URL,
      costs,
    });
    const watch = watchPage(ctx, document, annotator.scan, costs, site.adapter.readAttributes);
    onInvalidatedQuietly(ctx, () => {
      watch.stop();
      annotator.removeAll();
    });

    // Chromium stops an idle extension service worker after 30 s, and starting it again with the
    // engine takes longer than a badge may. So the background is woken when the mailbox opens and
    // whenever its address changes: Gmail and Outlook change the address when a message is opened,
    // then fetch and render it, and the background wakes meanwhile. One message at a time, and a
    // running background answers it at once.
    let enabled = false;
    let warming = false;
    const warmUp = () => {
      if (!enabled || warming || !ctx.isValid) return;
      warming = true;
      void warmUpBackground().finally(() => {
        warming = false;
      });
    };
    ctx.addEventListener(window, "wxt:locationchange", warmUp);

    const apply = (settings: Settings) => {
      try {
        if (!ctx.isValid) return;
        annotator.setVariant(settings.badgeStyle);
        enabled = settings.annotate[site.id];
        if (enabled) {
          warmUp();
          watch.start();
          watch.soon();
        } else {
          watch.stop();
          annotator.removeAll();
        }
      } catch {
        // Nothing reaches the page.
      }
    };
    const settings = await loadSettings();
    if (!ctx.isValid) return;
    apply(settings);
    const unwatchSettings = watchSettings(apply);
    // In Chromium, the extension's APIs throw "Extension context invalidated" once it is gone.
    onInvalidatedQuietly(ctx, unwatchSettings);
  } catch {
    // Storage unreadable or the extension just went away: no badges, and no error in the page.
  }
}

/**
 * Runs `cleanUp` when the context ends, never letting it throw: it runs in the abort event of
 * the context's signal, where an exception would be reported as the page's uncaught error.
 */
export function onInvalidatedQuietly(ctx: ContentScriptContext, cleanUp: () => void): void {
  ctx.onInvalidated(() => {
    try {
      cleanUp();
    } catch {
      // Nothing reaches the page.
    }
  });
}
