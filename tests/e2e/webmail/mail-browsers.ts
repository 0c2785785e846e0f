/**
 * Chromium (Playwright) and Firefox ESR (puppeteer over WebDriver BiDi) behind one small interface,
 * so that the Gmail and Outlook end-to-end tests run the very same steps in both browsers. Both
 * load the built extension and reach the real webmail host names at the loopback fixture server:
 * Chromium through host-resolver rules (the URLs keep no port), Firefox by resolving every name
 * to 127.0.0.1 (the URLs carry the server's port; match patterns ignore ports).
 */
import type { Page as PlaywrightPage } from "playwright-core";
import type { Page as PuppeteerPage } from "puppeteer-core";
import { launchChromiumWithExtension } from "../../../scripts/e2e/chromium-with-extension";
import { launchFirefoxWithExtension } from "../../../scripts/e2e/firefox-with-extension";
import { chromiumHostRules, WEBMAIL_HOSTS } from "../../../scripts/webmail-pages/webmail-hosts";
import { type WebmailUrlOptions, webmailUrl } from "../../../scripts/webmail-pages/webmail-server";
import type { WorkCosts } from "../../../src/annotate/work-costs";
import type { BadgeStyle, Site } from "../../../src/extension/settings";
import type { WebmailSite } from "../../../src/webmail/adapter";
import { builtManifest, CHROME_BUILD, FIREFOX_BUILD } from "../support";
import { probe, RECORD_VIOLATIONS } from "./page-probe";

/** What a page did that it should not have: dialogs opened, uncaught errors, console errors. */
export interface PageIncidents {
  dialogs: string[];
  errors: string[];
}

export interface MailTab {
  goto(url: string): Promise<void>;
  /** Calls a function of the page probe (`page-probe.ts`), e.g. `badges()`. */
  probe<T>(call: string): Promise<T>;
  screenshot(path: string): Promise<void>;
  /** A key pressed on the keyboard, into whatever has focus. */
  press(key: string): Promise<void>;
  /** Makes this the tab in front, the one the keyboard types into. */
  bringToFront(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
  readonly incidents: PageIncidents;
}

export interface MailBrowser {
  name: "Chromium" | "Firefox";
  url(site: WebmailSite, fixture: string, options?: Omit<WebmailUrlOptions, "port">): string;
  newTab(): Promise<MailTab>;
  /** Changes the options through the options page, as a user does. */
  setAnnotation(site: Site, on: boolean): Promise<void>;
  setBadgeStyle(style: BadgeStyle): Promise<void>;
  /** The content script's work counters in this tab, read from its own world (Chromium only). */
  workCosts(tab: MailTab): Promise<WorkCosts | null>;
  /** Stops the extension's service worker, as Chromium does after 30 s idle (Chromium only). */
  stopBackground(tab: MailTab): Promise<boolean>;
  /** Requests made by the extension or from the webmail pages (which load nothing themselves). */
  close(): Promise<{ unexpected: string[]; seen: number }>;
}

export async function launchChromiumMail(executablePath: string, serverPort: number): Promise<MailBrowser> {
  builtManifest(CHROME_BUILD);
  const browser = await launchChromiumWithExtension({
    executablePath,
    extensionDir: CHROME_BUILD,
    headless: true,
    extraArgs: [chromiumHostRules(serverPort), "--ignore-certificate-errors"],
  });
  await browser.context.addInitScript(RECORD_VIOLATIONS);
  const pageOf = new WeakMap<MailTab, PlaywrightPage>();

  // One options page for the whole run, as a user keeps it open in a tab.
  let optionsPage: PlaywrightPage | null = null;
  // The mail tab in front: a tab behind others has its timers slowed to a second (the content
  // script's too), so after a visit to the options the mail tab comes back to the front.
  let front: PlaywrightPage | null = null;
  const withOptions = async (
    change: (options: PlaywrightPage) => Promise<void>,
    saved: (stored: unknown) => boolean,
  ) => {
    if (optionsPage === null) {
      optionsPage = await browser.context.newPage();
      await optionsPage.goto(`${browser.extensionOrigin}/options.html`);
      await optionsPage.getByRole("checkbox", { name: "Gmail" }).waitFor();
    }
    const page = optionsPage;
    await page.bringToFront();
    await change(page);
    await until(() => page.evaluate(`chrome.storage.sync.get("settings")`).then(saved));
    await front?.bringToFront();
  };

  return {
    name: "Chromium",
    url: (site, fixture, options) => webmailUrl(site, fixture, options),
    async newTab() {
      const page = await browser.context.newPage();
      const incidents: PageIncidents = { dialogs: [], errors: [] };
      page.on("dialog", (dialog) => {
        incidents.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on("pageerror", (error) => incidents.errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") incidents.errors.push(message.text());
      });
      const tab: MailTab = {
        incidents,
        async goto(url) {
          await page.goto(url);
          front = page;
          await page.bringToFront();
        },
        probe: (call) => page.evaluate(probe(call)),
        async screenshot(path) {
          await page.screenshot({ path });
        },
        press: (key) => page.keyboard.press(key),
        async bringToFront() {
          front = page;
          await page.bringToFront();
        },
        setViewport: (width, height) => page.setViewportSize({ width, height }),
        close: () => page.close(),
      };
      pageOf.set(tab, page);
      return tab;
    },
    setAnnotation: (site, on) =>
      withOptions(
        (options) => options.getByRole("checkbox", { name: site === "gmail" ? "Gmail" : "Outlook" }).setChecked(on),
        (stored) => storedAnnotation(stored, site) === on,
      ),
    setBadgeStyle: (style) =>
      withOptions(
        (options) => options.getByRole("radio", { name: style === "compact" ? /^Compact/ : /^Detailed/ }).check(),
        (stored) => storedBadgeStyle(stored) === style,
      ),
    async workCosts(tab) {
      const page = pageOf.get(tab);
      if (page === undefined) return null;
      const session = await browser.context.newCDPSession(page);
      const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
      session.on("Runtime.executionContextCreated", (event) => contexts.push(event.context));
      await session.send("Runtime.enable");
      const world = contexts.find(
        (context) => context.auxData?.type === "isolated" && context.origin.startsWith(browser.extensionOrigin),
      );
      if (world === undefined) return null;
      const { result } = await session.send("Runtime.evaluate", {
        expression: "JSON.stringify(globalThis.bounceLensWorkCosts ?? null)",
        contextId: world.id,
        returnByValue: true,
      });
      await session.detach();
      return JSON.parse(String(result.value)) as WorkCosts | null;
    },
    async stopBackground(tab) {
      const page = pageOf.get(tab);
      if (page === undefined) return false;
      const session = await browser.context.newCDPSession(page);
      await session.send("ServiceWorker.enable");
      await session.send("ServiceWorker.stopAllWorkers");
      await session.detach();
      return true;
    },
    async close() {
      const network = await browser.close();
      const webmailOrigins = WEBMAIL_HOSTS.map((host) => `https://${host}`);
      // The pages load nothing, so any request they started would be the content script's.
      const fromPages = network.all.filter(
        (request) => webmailOrigins.includes(request.initiator) && !isFavicon(request.url),
      );
      return {
        unexpected: [...network.byExtension, ...fromPages.map((r) => `${r.initiator} -> ${r.url}`)],
        seen: network.all.length,
      };
    },
  };
}

export async function launchFirefoxMail(executablePath: string, serverPort: number): Promise<MailBrowser> {
  const manifest = builtManifest(FIREFOX_BUILD) as { browser_specific_settings: { gecko: { id: string } } };
  const firefox = await launchFirefoxWithExtension({
    executablePath,
    extensionDir: FIREFOX_BUILD,
    addonId: manifest.browser_specific_settings.gecko.id,
    acceptInsecureCerts: true,
    extraPrefs: { "network.dns.forceResolve": "127.0.0.1" },
  });
  const navigated = new Set<string>();
  const requests: string[] = [];

  // One options page for the whole run, as a user keeps it open in a tab.
  let optionsPage: PuppeteerPage | null = null;
  // The mail tab in front: a tab behind others has its timers slowed to a second (the content
  // script's too), so after a visit to the options the mail tab comes back to the front.
  let front: PuppeteerPage | null = null;
  const withOptions = async (
    change: (options: PuppeteerPage) => Promise<void>,
    saved: (stored: unknown) => boolean,
  ) => {
    optionsPage ??= await firefox.openExtensionPage("/options.html", 'input[name="annotate-gmail"]');
    const page = optionsPage;
    await page.bringToFront();
    await change(page);
    await until(() => page.evaluate(`browser.storage.sync.get("settings")`).then(saved));
    await front?.bringToFront();
  };
  const setChecked = async (options: PuppeteerPage, selector: string, on: boolean) => {
    const checked = await options.$eval(selector, (input) => (input as HTMLInputElement).checked);
    if (checked !== on) await options.click(selector);
  };

  return {
    name: "Firefox",
    url: (site, fixture, options) => webmailUrl(site, fixture, { ...options, port: serverPort }),
    async newTab() {
      const page = await firefox.browser.newPage();
      await page.evaluateOnNewDocument(RECORD_VIOLATIONS);
      const incidents: PageIncidents = { dialogs: [], errors: [] };
      page.on("dialog", (dialog) => {
        incidents.dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on("pageerror", (error) => incidents.errors.push(String(error)));
      page.on("console", (message) => {
        if (message.type() === "error") incidents.errors.push(message.text());
      });
      page.on("request", (request) => requests.push(request.url()));
      return {
        incidents,
        async goto(url) {
          navigated.add(url.replace(/#.*$/, ""));
          await page.goto(url);
          front = page;
          await page.bringToFront();
        },
        probe: <T>(call: string) => page.evaluate(probe(call)) as Promise<T>,
        async screenshot(path) {
          await page.screenshot({ path });
        },
        press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage["keyboard"]["press"]>[0]),
        async bringToFront() {
          front = page;
          await page.bringToFront();
        },
        setViewport: (width, height) => page.setViewport({ width, height }),
        close: () => page.close(),
      };
    },
    setAnnotation: (site, on) =>
      withOptions(
        (options) => setChecked(options, `input[name="annotate-${site}"]`, on),
        (stored) => storedAnnotation(stored, site) === on,
      ),
    setBadgeStyle: (style) =>
      withOptions(
        (options) => options.click(`input[type="radio"][value="${style}"]`),
        (stored) => storedBadgeStyle(stored) === style,
      ),
    workCosts: async () => null,
    stopBackground: async () => false,
    async close() {
      await firefox.browser.close();
      // The tests' own navigations are the only requests a webmail page may see.
      const unexpected = requests.filter(
        (url) => !navigated.has(url.replace(/#.*$/, "")) && !isFavicon(url) && !/^(data|moz-extension):/.test(url),
      );
      return { unexpected, seen: requests.length };
    },
  };
}

/** The browser asks every site for its icon by itself (Chromium names the page as initiator). */
function isFavicon(url: string): boolean {
  return new URL(url).pathname === "/favicon.ico";
}

/** What `storage.sync.get("settings")` says, read as the extension reads it (missing means the default). */
function storedAnnotation(stored: unknown, site: Site): boolean {
  const settings = (stored as { settings?: { annotate?: Record<string, unknown> } } | undefined)?.settings;
  return settings?.annotate?.[site] !== false;
}

function storedBadgeStyle(stored: unknown): BadgeStyle {
  const settings = (stored as { settings?: { badgeStyle?: unknown } } | undefined)?.settings;
  return settings?.badgeStyle === "detailed" ? "detailed" : "compact";
}

/** Polls until `check` is true (a stored setting arriving); fails after a few seconds. */
async function until(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("the options were not saved in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
