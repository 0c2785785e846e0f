import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { createExplainMenu, onExplainMenuClicked } from "../src/extension/context-menu";

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void createExplainMenu();
  });
  // Registered at start-up, not inside onInstalled: the service worker restarts for each click.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onExplainMenuClicked(info, tab);
  });
});
