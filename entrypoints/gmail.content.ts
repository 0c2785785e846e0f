/** Explains bounces in Gmail as they are opened (issue 5); the work is in src/annotate/. */
import { defineContentScript } from "wxt/utils/define-content-script";
import { annotateSite } from "../src/annotate/annotate-site";
import { GMAIL } from "../src/annotate/site";

export default defineContentScript({
  matches: ["https://mail.google.com/*"],
  // Styles live in the badges' shadow roots: the bundled card styles stay out of the page. The one
  // page-level sheet, which only lets our hosts show, is added in wxt.config.ts (visibility.css).
  cssInjectionMode: "manual",
  main: (ctx) => annotateSite(ctx, GMAIL),
});
