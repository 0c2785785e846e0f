/**
 * Carries the text selected on a web page from the context-menu click (background) to the
 * explain page. It goes through `storage.session` rather than the page URL so that bounce text,
 * which holds addresses, never lands in the browser's history; the browser forgets it on quit.
 */
import { browser } from "wxt/browser";
import { storage } from "wxt/utils/storage";

/** The explain page's path inside the extension. */
export const EXPLAIN_PAGE_PATH = "/explain.html";

/** Selections kept at once: enough for several tabs opened in a row, without growing forever. */
const KEPT_SELECTIONS = 5;

/** Longest selection kept; a bounce is a few kilobytes, a whole selected page can be megabytes. */
export const MAX_SELECTION_CHARS = 512 * 1024;

interface HandedSelection {
  text: string;
  /** When it was handed over, to drop the oldest first. */
  at: number;
}

const selectionsItem = storage.defineItem<Record<string, HandedSelection>>("session:selections", { fallback: {} });

/** Stores `text` and returns the id that the explain page's URL carries. */
export async function handOffSelection(text: string, now = Date.now()): Promise<string> {
  const id = crypto.randomUUID();
  const kept = Object.entries(await selectionsItem.getValue())
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, KEPT_SELECTIONS - 1);
  await selectionsItem.setValue(
    Object.fromEntries([...kept, [id, { text: text.slice(0, MAX_SELECTION_CHARS), at: now }]]),
  );
  return id;
}

/** The selection handed over under `id`, or null once the browser has forgotten it. */
export async function receiveSelection(id: string): Promise<string | null> {
  const selections = await selectionsItem.getValue();
  return Object.hasOwn(selections, id) ? (selections[id]?.text ?? null) : null;
}

/** The explain page's full URL for a handed-over selection (or an empty page without one). */
export function explainPageUrl(selectionId?: string): string {
  const base = browser.runtime.getURL(EXPLAIN_PAGE_PATH);
  return selectionId === undefined ? base : `${base}#${encodeURIComponent(selectionId)}`;
}

/** The selection id in an explain page's URL hash, if any. */
export function selectionIdFromHash(hash: string): string | null {
  const id = decodeURIComponent(hash.replace(/^#/, ""));
  return id === "" ? null : id;
}
