/**
 * Chromium (Playwright) and Firefox ESR (puppeteer over WebDriver BiDi) behind one small interface,
 * so that the Gmail and Outlook end-to-end tests run the very same steps in both browsers. Both
 * load the built extension and reach the real webmail host names at the loopback fixture server:
 * Chromium through host-resolver rules (the URLs keep no port), Firefox by resolving every name
 * to 127.0.0.1 (the URLs carry the server's port; match patterns ignore ports).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
import { probe, RECORD_PAGE_AT_LOAD, RECORD_VIOLATIONS } from "./page-probe";

/** What a page did that it should not have: dialogs opened, uncaught errors, console errors. */
export interface PageIncidents {
  dialogs: string[];
  errors: string[];
}

export interface MailTab {
  goto(url: string): Promise<void>;
  /** Loads the page again, as the browser's Reload button does (a new document, unlike a goto that changes only the fragment). */
  reload(): Promise<void>;
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
  /** Turns the extension off and on again; only with a private copy of the build (`MailBrowserOptions`). */
  extension?: ExtensionControls;
}

/**
 * What a user (or the browser's updater) does to the extension while a mailbox is open. Each call
 * returns once the browser reports the extension in its new state.
 */
export interface ExtensionControls {
  /** Chromium: chrome://extensions' switch; Firefox: about:addons' Disable (AddonManager). */
  disable(): Promise<void>;
  enable(): Promise<void>;
  /** Loads the extension again from its directory: the Reload button of chrome://extensions or about:debugging. */
  reload(): Promise<void>;
  /** A newer build over the old one: `version` written into the loaded copy's manifest, then loaded. */
  update(version: string): Promise<void>;
  /** The version the browser runs. */
  version(): Promise<string>;
}

export interface MailBrowserOptions {
  /**
   * Loads the extension from this directory (a private copy of the build, which `update` rewrites)
   * instead of the shared build, and adds `extension` controls.
   */
  extensionDir?: string;
}

export async function launchChromiumMail(
  executablePath: string,
  serverPort: number,
  options: MailBrowserOptions = {},
): Promise<MailBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD;
  builtManifest(extensionDir);
  const browser = await launchChromiumWithExtension({
    executablePath,
    extensionDir,
    headless: true,
    extraArgs: [chromiumHostRules(serverPort), "--ignore-certificate-errors"],
  });
  await browser.context.addInitScript(RECORD_VIOLATIONS);
  await browser.context.addInitScript(RECORD_PAGE_AT_LOAD);
  const pageOf = new WeakMap<MailTab, PlaywrightPage>();
  const reloaded = new Set<string>();

  // One options page for the whole run, as a user keeps it open in a tab.
  let optionsPage: PlaywrightPage | null = null;
  // The mail tab in front: a tab behind others has its timers slowed to a second (the content
  // script's too), so after a visit to the options the mail tab comes back to the front.
  let front: PlaywrightPage | null = null;
  const withOptions = async (
    change: (options: PlaywrightPage) => Promise<void>,
    saved: (stored: unknown) => boolean,
  ) => {
    // Chromium closes the extension's pages when it is disabled or reloaded.
    if (optionsPage === null || optionsPage.isClosed()) {
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

  // chrome://extensions, in developer mode (without it Chromium disables an unpacked extension
  // loaded from the command line when it is reloaded: "unsupportedDeveloperExtension").
  let extensionsPage: PlaywrightPage | null = null;
  const onExtensionsPage = async <T>(expression: string): Promise<T> => {
    if (extensionsPage === null || extensionsPage.isClosed()) {
      extensionsPage = await browser.context.newPage();
      await extensionsPage.goto("chrome://extensions");
      await extensionsPage.evaluate("chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true })");
    }
    const result = (await extensionsPage.evaluate(expression)) as T;
    await front?.bringToFront();
    return result;
  };
  const id = JSON.stringify(browser.extensionId);
  const installed = () =>
    onExtensionsPage<{ enabled: boolean; version: string }>(
      `new Promise((resolve) => chrome.management.get(${id}, (info) => resolve({ enabled: info.enabled, version: info.version })))`,
    );
  const extension: ExtensionControls = {
    async disable() {
      await onExtensionsPage(`chrome.management.setEnabled(${id}, false)`);
      await until(async () => !(await installed()).enabled, "the extension was not disabled in time");
    },
    async enable() {
      await onExtensionsPage(`chrome.management.setEnabled(${id}, true)`);
      await until(async () => (await installed()).enabled, "the extension was not enabled in time");
    },
    async reload() {
      await onExtensionsPage(`chrome.developerPrivate.reload(${id}, { failQuietly: false })`);
      await until(async () => (await installed()).enabled, "the extension was not reloaded in time");
    },
    async update(version) {
      setManifestVersion(extensionDir, version);
      await extension.reload();
      await until(async () => (await installed()).version === version, "the extension was not updated in time");
    },
    version: async () => (await installed()).version,
  };

  return {
    name: "Chromium",
    ...(options.extensionDir === undefined ? {} : { extension }),
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
        async reload() {
          // Chromium names the page as the initiator of its own reload: the test's, not the page's.
          reloaded.add(page.url().replace(/#.*$/, ""));
          await page.reload();
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
        async close() {
          // A closed tab is no longer the one to bring back to the front.
          if (front === page) front = null;
          await page.close();
        },
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
        (request) =>
          webmailOrigins.includes(request.initiator) &&
          !isFavicon(request.url) &&
          !reloaded.has(request.url.replace(/#.*$/, "")),
      );
      return {
        unexpected: [...network.byExtension, ...fromPages.map((r) => `${r.initiator} -> ${r.url}`)],
        seen: network.all.length,
      };
    },
  };
}

export async function launchFirefoxMail(
  executablePath: string,
  serverPort: number,
  options: MailBrowserOptions = {},
): Promise<MailBrowser> {
  const extensionDir = options.extensionDir ?? FIREFOX_BUILD;
  const manifest = builtManifest(extensionDir) as { browser_specific_settings: { gecko: { id: string } } };
  const firefox = await launchFirefoxWithExtension({
    executablePath,
    extensionDir,
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
    // Firefox closes the extension's pages when it is disabled or reloaded.
    if (optionsPage === null || optionsPage.isClosed()) {
      optionsPage = await firefox.openExtensionPage("/options.html", 'input[name="annotate-gmail"]');
    }
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

  // The add-on manager, reached in Firefox's own (chrome) scope over WebDriver BiDi, which the
  // remote agent allows with --remote-allow-system-access: the same calls as about:addons makes.
  const connection = (firefox.browser as unknown as { connection: BidiConnection }).connection;
  const onAddon = async <T>(body: string): Promise<T> => {
    const tree = (await connection.send("browsingContext.getTree", { "moz:scope": "chrome", maxDepth: 0 })) as {
      result: { contexts: { context: string }[] };
    };
    const context = tree.result.contexts[0]?.context;
    if (context === undefined) throw new Error("Firefox showed no chrome window");
    const expression = `(async () => {
      const { AddonManager } = ChromeUtils.importESModule("resource://gre/modules/AddonManager.sys.mjs");
      const addon = await AddonManager.getAddonByID(${JSON.stringify(firefox.addonId)});
      ${body}
    })()`;
    const evaluated = (await connection.send("script.evaluate", {
      expression,
      target: { context },
      awaitPromise: true,
    })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } };
    if (evaluated.result.type !== "success")
      throw new Error(`add-on manager: ${evaluated.result.exceptionDetails?.text}`);
    return evaluated.result.result?.value as T;
  };
  const afterControl = async () => {
    await front?.bringToFront();
  };
  const extension: ExtensionControls = {
    async disable() {
      await onAddon("await addon.disable();");
      await until(
        async () => !(await onAddon<boolean>("return addon.isActive;")),
        "the add-on was not disabled in time",
      );
      await afterControl();
    },
    async enable() {
      await onAddon("await addon.enable();");
      await until(async () => onAddon<boolean>("return addon.isActive;"), "the add-on was not enabled in time");
      await afterControl();
    },
    async reload() {
      await onAddon("await addon.reload();");
      await until(async () => onAddon<boolean>("return addon.isActive;"), "the add-on was not reloaded in time");
      await afterControl();
    },
    async update(version) {
      setManifestVersion(extensionDir, version);
      // A temporary add-on installed again over itself is Firefox's update (ADDON_UPGRADE).
      await firefox.browser.installExtension(extensionDir);
      await until(
        async () => (await onAddon<string>("return addon.isActive ? addon.version : '';")) === version,
        "the add-on was not updated in time",
      );
      await afterControl();
    },
    version: () => onAddon<string>("return addon.version;"),
  };

  return {
    name: "Firefox",
    ...(options.extensionDir === undefined ? {} : { extension }),
    url: (site, fixture, options) => webmailUrl(site, fixture, { ...options, port: serverPort }),
    async newTab() {
      const page = await firefox.browser.newPage();
      await page.evaluateOnNewDocument(RECORD_VIOLATIONS);
      await page.evaluateOnNewDocument(RECORD_PAGE_AT_LOAD);
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
        async reload() {
          await page.reload();
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
        async close() {
          // A closed tab is no longer the one to bring back to the front.
          if (front === page) front = null;
          await page.close();
        },
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

/** WebDriver BiDi as puppeteer's Firefox browser speaks it (not part of puppeteer's typed API). */
interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

function setManifestVersion(extensionDir: string, version: string): void {
  const path = join(extensionDir, "manifest.json");
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  writeFileSync(path, JSON.stringify({ ...manifest, version }));
}

/** Polls until `check` is true (a stored setting arriving); fails after a few seconds. */
async function until(
  check: () => Promise<boolean>,
  failure = "the options were not saved in time",
  timeoutMs = 5_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
