import { browser } from "wxt/browser";
import { defineBackground } from "wxt/utils/define-background";
import { explainBounce } from "../src/engine/index";
import { createExplainMenu, onExplainMenuClicked } from "../src/extension/context-menu";
import { answerExplainRequests } from "../src/extension/explain-channel";

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void createExplainMenu();
  });
  // Registered at start-up, not inside onInstalled: the service worker restarts for each click.
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onExplainMenuClicked(info, tab);
  });
  // The webmail content scripts hand their bounces over to be read here (explain-channel.ts).
  answerExplainRequests(explainBounce);
});
