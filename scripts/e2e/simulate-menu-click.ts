/**
 * What the background does when "Explain this bounce" is clicked, written out for browser
 * automation, which cannot click a native context menu. It runs inside the extension's service
 * worker through `worker.evaluate`, so it must stay self-contained: no imports, no closures.
 * A unit test (tests/extension/simulate-menu-click.test.ts) checks that the explain page's own
 * code reads what this stores, so the two cannot drift apart.
 */

/** The slice of the extension API the hand-off uses. */
export interface HandOffApi {
  storage: {
    session: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  runtime: { getURL(path: string): string };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

/** Stores `text` as a handed-over selection and opens the explain page for it; returns its URL. */
export async function handOffLikeTheBackground(api: HandOffApi, text: string): Promise<string> {
  const id = crypto.randomUUID();
  const stored = (await api.storage.session.get("selections")).selections;
  const selections = typeof stored === "object" && stored !== null ? stored : {};
  await api.storage.session.set({ selections: { ...selections, [id]: { text, at: Date.now() } } });
  const url = `${api.runtime.getURL("/explain.html")}#${id}`;
  await api.tabs.create({ url });
  return url;
}

/** Runs the hand-off in the extension's service worker, as a click on the menu item would. */
export async function clickExplainMenu(worker: { evaluate(expression: string): Promise<unknown> }, text: string) {
  return (await worker.evaluate(`(${handOffLikeTheBackground.toString()})(chrome, ${JSON.stringify(text)})`)) as string;
}

/**
 * The selection as Chromium hands it to `contextMenus.onClicked`: every line break becomes a
 * space (https://crbug.com/116429, open since 2012). Firefox keeps the line breaks.
 */
export function asChromiumSelectionText(selection: string): string {
  return selection.replace(/\r?\n/g, " ");
}
