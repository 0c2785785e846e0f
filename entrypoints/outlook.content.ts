/** Explains bounces in Outlook on the web as they are opened (issue 6); the work is in src/annotate/. */
import { defineContentScript } from "wxt/utils/define-content-script";
import { annotateSite } from "../src/annotate/annotate-site";
import { OUTLOOK } from "../src/annotate/site";

export default defineContentScript({
  // Outlook.com, Microsoft 365 (both addresses) and Microsoft's newer cloud.microsoft address.
  matches: [
    "https://outlook.live.com/*",
    "https://outlook.office.com/*",
    "https://outlook.office365.com/*",
    "https://outlook.cloud.microsoft/*",
  ],
  // Styles live in the badges' shadow roots: the bundled card styles stay out of the page. The one
  // page-level sheet, which only lets our hosts show, is added in wxt.config.ts (visibility.css).
  cssInjectionMode: "manual",
  main: (ctx) => annotateSite(ctx, OUTLOOK),
});
