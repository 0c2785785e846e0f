/**
 * Firefox (ESR) with the built extension, through puppeteer-core over WebDriver BiDi (recipe:
 * RECIPES.md). Two settings make the extension's own pages reachable by automation: a fixed
 * internal UUID, so its moz-extension:// origin is known in advance, and the remote agent's
 * `--remote-allow-system-access`, without which BiDi refuses to navigate to moz-extension:// URLs.
 */
import puppeteer, { type Browser, type Page } from "puppeteer-core";

/** The internal UUID given to the extension in the test profile, fixed so its origin is known. */
export const FIREFOX_EXTENSION_UUID = "5b0a1d6e-8f3c-4c1e-9a57-b0c7e2f1a3d4";

export interface FirefoxWithExtension {
  browser: Browser;
  addonId: string;
  /** moz-extension://UUID */
  extensionOrigin: string;
  /** Opens one of the extension's pages in a new tab and waits for `readySelector`. */
  openExtensionPage(path: string, readySelector: string): Promise<Page>;
}

export async function launchFirefoxWithExtension(options: {
  executablePath: string;
  extensionDir: string;
  addonId: string;
  /** More preferences, e.g. `network.dns.forceResolve` to serve webmail fixture pages locally. */
  extraPrefs?: Record<string, unknown>;
  /** Accept self-signed certificates (the webmail fixture server's). */
  acceptInsecureCerts?: boolean;
}): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: options.executablePath,
    headless: true,
    args: ["--remote-allow-system-access"],
    extraPrefsFirefox: {
      "extensions.webextensions.uuids": JSON.stringify({ [options.addonId]: FIREFOX_EXTENSION_UUID }),
      ...options.extraPrefs,
    },
    acceptInsecureCerts: options.acceptInsecureCerts ?? false,
  });
  const addonId = await browser.installExtension(options.extensionDir);
  const extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  return {
    browser,
    addonId,
    extensionOrigin,
    async openExtensionPage(path, readySelector) {
      const page = await browser.newPage();
      // Firefox does not report the load of a moz-extension page over BiDi, so waiting for the
      // navigation would time out: start it, then wait for the page's own content.
      page.goto(`${extensionOrigin}${path}`).catch(() => {});
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          await page.waitForSelector(readySelector, { timeout: Math.max(1, deadline - Date.now()) });
          return page;
        } catch (error) {
          // Firefox's remote agent fails a wait that polls while the page is still being replaced
          // ("right-hand side of 'in' should be an object, got null"): wait a moment and again.
          if (Date.now() > deadline || !causes(error).includes("right-hand side of 'in'")) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
  };
}

/** An error's message with those of the errors that caused it (puppeteer wraps the protocol's). */
function causes(error: unknown): string {
  const messages: string[] = [];
  for (let current = error; current instanceof Error; current = current.cause) messages.push(current.message);
  return messages.join("\n");
}
