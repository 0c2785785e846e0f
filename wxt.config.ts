import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";

/** Fixed so that Firefox keeps the extension's storage across reinstalls and AMO accepts it. */
const GECKO_ID = "bounce-lens@bounce-lens";

export default defineConfig({
  modules: ["@wxt-dev/webextension-polyfill"],
  // Explicit imports keep every file readable on its own and testable without WXT's globals.
  imports: false,
  // Firefox also gets Manifest V3, so both browsers run the same background and storage code.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    // Vite's modulepreload polyfill calls fetch(); browsers that run MV3 preload modules natively.
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: "__MSG_extName__",
    description: "__MSG_extDescription__",
    default_locale: "en",
    // activeTab + scripting: on an "Explain this bounce" click, and only in that tab, read the
    // selection from the page, because Chromium's menu flattens its line breaks (crbug.com/116429).
    permissions: ["storage", "contextMenus", "activeTab", "scripting"],
    ...(browser === "firefox"
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions is understood from Firefox 140 on.
              strict_min_version: "140.0",
              data_collection_permissions: { required: ["none"] },
            },
            // Firefox for Android learnt data_collection_permissions in 142.
            gecko_android: { strict_min_version: "142.0" },
          },
        }
      : {}),
  }),
  zip: {
    // The sources zip is for Firefox reviewers: the code and what builds it, not test corpora.
    excludeSources: ["tests/fixtures/**", "bench/**", "coverage/**", "**/*.log"],
  },
});
