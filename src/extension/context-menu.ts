/**
 * "Explain this bounce" on selected text, on any page. The selection arrives with the click
 * (`info.selectionText`), so no host permission and no script in the page are needed.
 */
import { type Browser, browser } from "wxt/browser";
import { t } from "./i18n";
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
  const selection = info.selectionText ?? "";
  if (selection.trim() === "") return;
  const id = await handOffSelection(selection);
  await browser.tabs.create({
    url: explainPageUrl(id),
    ...(tab?.index === undefined ? {} : { index: tab.index + 1 }),
    ...(tab?.id === undefined ? {} : { openerTabId: tab.id }),
  });
}
