/**
 * The text the "Explain this bounce" click was made on, with its line breaks. Chromium hands the
 * menu a `selectionText` in which every line break has become a space (https://crbug.com/116429),
 * and some Firefox versions cut it short; a bounce's lines are what tell its recipients and their
 * errors apart. So the click reads the selection from the page itself, which the `activeTab`
 * permission allows: access to the one tab the user has just clicked the menu item in, until it
 * navigates, and no host permission. Where no script may run (the browser's own pages, the web
 * stores, PDF viewers, Firefox's reader view) the menu's `selectionText` is used as before.
 */
import type { Browser } from "wxt/browser";

/** The slice of the extension API that reading the selection uses. */
export interface PageSelectionApi {
  scripting: {
    executeScript(injection: {
      target: { tabId: number; frameIds: number[] };
      injectImmediately: boolean;
      func: () => string;
    }): Promise<{ result?: unknown }[]>;
  };
}

/** The clicked selection as the page has it, or the menu's `selectionText` when it cannot be read. */
export async function selectionOfClick(
  api: PageSelectionApi,
  info: Pick<Browser.contextMenus.OnClickData, "selectionText" | "frameId">,
  tab?: Pick<Browser.tabs.Tab, "id">,
): Promise<string> {
  const fallback = info.selectionText ?? "";
  // No tab (or TAB_ID_NONE, -1) means there is no page to read from.
  if (tab?.id === undefined || tab.id < 0) return fallback;
  // A page whose main thread is busy answers late or never; the explanation must not wait on it.
  const tooSlow = new Promise<undefined>((resolve) => setTimeout(resolve, 2000));
  try {
    const injected = api.scripting.executeScript({
      // The frame the selection is in: a webmail often shows the message in an iframe.
      target: { tabId: tab.id, frameIds: [info.frameId ?? 0] },
      // Without it the script waits for the page to finish loading, which a webmail may never do.
      injectImmediately: true,
      // Runs in the page: it returns the selected text and nothing else from the page.
      func: () => getSelection()?.toString() ?? "",
    });
    const results = await Promise.race([injected, tooSlow]);
    const text = results?.[0]?.result;
    // "" when the selection is in a text field, which getSelection() does not see, or is gone.
    return typeof text === "string" && text.trim() !== "" ? text : fallback;
  } catch {
    // Refused (no script allowed on this page, or the frame has gone): the menu's text will do.
    return fallback;
  }
}
