/**
 * When to look at the page again: after it changes (a MutationObserver), after the address
 * changes (`wxt:locationchange`), and when the system's colour scheme changes. Looks are
 * throttled: the first change after a quiet spell is looked at almost at once (a badge must follow
 * its body within 100 ms), and a page that keeps changing is looked at no more often than every
 * MIN_GAP_MS. Per change, the observer keeps the changed text (once per text node) or the record,
 * and tests a flag; at most it glances at the changed nodes. Each look gets every change since the
 * previous look, so that it reads only what they may have changed (see PageChanges); the first
 * look after starting, and any look after more than MAX_PENDING_RECORDS changes, reads the whole
 * page. Besides elements and texts, the observer reports the attributes the adapter reads.
 * The content script's context ends all of it, so an update or disable leaves nothing: one
 * cleanup registered once, and plain timers (WXT's `ctx.setTimeout` would add a listener to the
 * context for every look and never take it off).
 * While watching, it also checks every LIVENESS_MS that the extension is still there: Chromium
 * leaves a disabled, reloaded or updated extension's content script running in open pages, and
 * its context notices only when asked; asked, it ends and the badges go, even on a quiet page.
 */
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import type { PageMutations } from "../webmail/adapter";
import { isOwnHost } from "./shadow-mount";
import type { WorkCosts } from "./work-costs";

/** Delay after the first change: lets the page finish the burst of changes it is making. */
const SETTLE_MS = 15;
/** The shortest time between two looks on a page that keeps changing. */
const MIN_GAP_MS = 50;
/** How often a watching script asks whether its extension is still there: a badge outlives it by no more. */
export const LIVENESS_MS = 500;
/** Records kept for the next look at most; beyond, the look reads the whole page instead. */
export const MAX_PENDING_RECORDS = 20_000;

/** What changed since the previous look: every change the observer saw, and whether something else did. */
export interface PageChanges extends PageMutations {
  /** Something no record shows changed too (the address, the colour scheme): the open messages are read again. */
  beyondRecords: boolean;
}

/** One look at the page; without changes (not known), the whole page is read. */
export type Look = (changes?: PageChanges) => void;

export interface PageWatch {
  /** Starts watching (and looks soon); does nothing when already watching. */
  start(): void;
  stop(): void;
  /** Looks again soon (throttled), when watching; the look reads the open messages again. */
  soon(): void;
}

/**
 * Watches `document` for `look`; `attributes` are the attributes whose changes the look needs to
 * see (the adapter's `readAttributes`).
 */
export function watchPage(
  ctx: ContentScriptContext,
  document: Document,
  look: Look,
  costs: WorkCosts,
  attributes: readonly string[] = [],
): PageWatch {
  let watching = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastLook = Number.NEGATIVE_INFINITY;
  let liveness: ReturnType<typeof setInterval> | undefined;
  /** Changes since the previous look: texts changed (each once), the other records, and how many records in all. */
  let texts = new Set<Node>();
  let pending: MutationRecord[] = [];
  let pendingCount = 0;
  /** Whether `pending` holds every change since the previous look (false: the next look reads everything). */
  let complete = false;
  let beyondRecords = false;

  const run = () => {
    timer = undefined;
    if (!watching) return;
    lastLook = performance.now();
    const taken = observer.takeRecords();
    if (taken.length > 0) keep(taken);
    // The arrays go to the look as they are: `forget` starts new ones.
    const changes: PageChanges | undefined = complete
      ? { texts: [...texts], records: pending, beyondRecords }
      : undefined;
    forget();
    complete = true;
    beyondRecords = false;
    look(changes);
    // What the look itself did to the page (our hosts put in or back) is no change to look at.
    observer.takeRecords();
  };
  const schedule = () => {
    if (timer !== undefined || !watching) return;
    timer = setTimeout(run, Math.max(SETTLE_MS, lastLook + MIN_GAP_MS - performance.now()));
  };
  const forget = () => {
    texts = new Set();
    pending = [];
    pendingCount = 0;
  };
  const keep = (records: MutationRecord[]) => {
    if (!complete) return;
    pendingCount += records.length;
    if (pendingCount > MAX_PENDING_RECORDS) {
      complete = false;
      forget();
      return;
    }
    // An indexed loop: iterating the observer's record list allocates, in every batch (issue 7).
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as MutationRecord;
      if (record.type === "characterData") texts.add(record.target);
      else pending.push(record);
    }
  };

  const observer = new MutationObserver((records) => {
    const started = performance.now();
    costs.callbacks++;
    costs.records += records.length;
    try {
      keep(records);
      if (timer === undefined && records.some(isPageChange)) schedule();
    } catch {
      // Never an error from us in the page's console.
    }
    costs.callbackMs += performance.now() - started;
  });

  const soon = () => {
    beyondRecords = true;
    schedule();
  };
  ctx.addEventListener(window, "wxt:locationchange", soon);
  const darkQuery = typeof window.matchMedia === "function" ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  if (darkQuery !== null) ctx.addEventListener(darkQuery, "change", soon);

  const stop = () => {
    watching = false;
    observer.disconnect();
    clearTimeout(timer);
    timer = undefined;
    clearInterval(liveness);
    liveness = undefined;
    forget();
    complete = false;
  };
  ctx.onInvalidated(stop);

  return {
    start() {
      if (watching || !ctx.isValid) return;
      watching = true;
      complete = false;
      // childList: bodies, messages and rows come and go; characterData: a reused node's text changes;
      // attributes: only those the adapter reads (a class changes all the time and is not reported).
      observer.observe(document.documentElement, {
        childList: true,
        subtree: true,
        characterData: true,
        ...(attributes.length > 0 ? { attributeFilter: [...attributes] } : {}),
      });
      // Reading isValid ends the context (and so this watch) once the extension is gone.
      liveness = setInterval(() => void ctx.isValid, LIVENESS_MS);
      schedule();
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
