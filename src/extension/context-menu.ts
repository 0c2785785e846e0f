/**
 * "Explain this bounce" on selected text, on any page. The click grants `activeTab` on its tab,
 * so the selection is read from the page with its line breaks (page-selection.ts), without a
 * host permission; `info.selectionText` is the fallback.
 */
import { type Browser, browser } from "wxt/browser";
import { t } from "./i18n";
import { selectionOfClick } from "./page-selection";
import { explainPageUrl, handOffSelection } from "./selection-handoff";

export const EXPLAIN_MENU_ID = "explain-bounce";

/** Creates the menu item. Called on install and update, when the browser has forgotten old items. */
export async function createExplainMenu(): Promise<void> {
  // removeAll first: an update keeps the old item in some browsers, and creating it twice throws.
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: t("contextMenuExplain"), contexts: ["selection"] });
}

/** Opens the explain page for the selection the menu was clicked on, next to the current tab. */
export async function onExplainMenuClicked(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  if (info.menuItemId !== EXPLAIN_MENU_ID) return;
  const selection = await selectionOfClick(browser, info, tab);
  if (selection.trim() === "") return;
  const id = await handOffSelection(selection);
  await browser.tabs.create({
    url: explainPageUrl(id),
    ...(tab?.index === undefined ? {} : { index: tab.index + 1 }),
    ...(tab?.id === undefined ? {} : { openerTabId: tab.id }),
  });
}
