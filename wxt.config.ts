import { readFileSync } from "node:fs";
import preact from "@preact/preset-vite";
import { defineConfig } from "wxt";

/** Fixed so that Firefox keeps the extension's storage across reinstalls and AMO accepts it. */
const GECKO_ID = "bounce-lens@bounce-lens";

/**
 * The content scripts' one style sheet in the page: it only lets their badges and chips show, so
 * that a badge left behind by a script the browser ended (Firefox, on disable or update) is hidden
 * when the browser takes the sheet away (src/annotate/visibility.css). Copied as it is; the
 * scripts' other styles live in the badges' shadow roots.
 */
const CONTENT_SCRIPT_CSS = "content-scripts/visibility.css";

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
  hooks: {
    "build:publicAssets": (_wxt, files) => {
      files.push({
        relativeDest: CONTENT_SCRIPT_CSS,
        contents: readFileSync(new URL("./src/annotate/visibility.css", import.meta.url), "utf8"),
      });
    },
    "build:manifestGenerated": (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.css = [...(script.css ?? []), CONTENT_SCRIPT_CSS];
    },
  },
  zip: {
    // The sources zip is for Firefox reviewers: the code and what builds it, not test corpora.
    excludeSources: ["tests/fixtures/**", "bench/**", "coverage/**", "**/*.log"],
  },
});
