/**
 * When to look at the page again: after it changes (a MutationObserver), after the address
 * changes (`wxt:locationchange`), and when the system's colour scheme changes. Looks are
 * throttled: the first change after a quiet spell is looked at almost at once (a badge must follow
 * its body within 100 ms), and a page that keeps changing is looked at no more often than every
 * MIN_GAP_MS. Per change, the observer tests a flag, or at most glances at the changed nodes.
 * Everything goes through the content script's context, so an update or disable leaves nothing.
 * While watching, it also checks every LIVENESS_MS that the extension is still there: Chromium
 * leaves a disabled, reloaded or updated extension's content script running in open pages, and
 * its context notices only when asked; asked, it ends and the badges go, even on a quiet page.
 */
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { isOwnHost } from "./shadow-mount";
import type { WorkCosts } from "./work-costs";

/** Delay after the first change: lets the page finish the burst of changes it is making. */
const SETTLE_MS = 15;
/** The shortest time between two looks on a page that keeps changing. */
const MIN_GAP_MS = 50;
/** How often a watching script asks whether its extension is still there: a badge outlives it by no more. */
export const LIVENESS_MS = 500;

export interface PageWatch {
  /** Starts watching (and looks soon); does nothing when already watching. */
  start(): void;
  stop(): void;
  /** Looks again soon (throttled), when watching. */
  soon(): void;
}

export function watchPage(
  ctx: ContentScriptContext,
  document: Document,
  look: () => void,
  costs: WorkCosts,
): PageWatch {
  let watching = false;
  let scheduled = false;
  let lastLook = Number.NEGATIVE_INFINITY;
  let liveness: ReturnType<typeof setInterval> | undefined;

  const run = () => {
    scheduled = false;
    if (!watching) return;
    lastLook = performance.now();
    look();
  };
  const soon = () => {
    if (scheduled || !watching) return;
    scheduled = true;
    ctx.setTimeout(run, Math.max(SETTLE_MS, lastLook + MIN_GAP_MS - performance.now()));
  };

  const observer = new MutationObserver((records) => {
    const started = performance.now();
    costs.callbacks++;
    costs.records += records.length;
    try {
      if (!scheduled && records.some(isPageChange)) soon();
    } catch {
      // Never an error from us in the page's console.
    }
    costs.callbackMs += performance.now() - started;
  });

  ctx.addEventListener(window, "wxt:locationchange", soon);
  const darkQuery = typeof window.matchMedia === "function" ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  if (darkQuery !== null) ctx.addEventListener(darkQuery, "change", soon);

  const stop = () => {
    watching = false;
    observer.disconnect();
    clearInterval(liveness);
    liveness = undefined;
  };
  ctx.onInvalidated(stop);

  return {
    start() {
      if (watching || !ctx.isValid) return;
      watching = true;
      // childList: bodies, messages and rows come and go; characterData: a reused node's text changes.
      observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      // Reading isValid ends the context (and so this watch) once the extension is gone.
      liveness = setInterval(() => void ctx.isValid, LIVENESS_MS);
      soon();
    },
    stop,
    soon,
  };
}

/** Any change but our own hosts coming and going (what happens inside them is not observed from here). */
function isPageChange(record: MutationRecord): boolean {
  return record.type !== "childList" || !(onlyOwnHosts(record.addedNodes) && onlyOwnHosts(record.removedNodes));
}

function onlyOwnHosts(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node !== undefined && !isOwnHost(node)) return false;
  }
  return true;
}
