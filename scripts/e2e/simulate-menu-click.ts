/**
 * Clicks on "Explain this bounce" for browser automation, which cannot open a native context menu.
 *
 * `handOffLikeTheBackground` is the background's hand-off written out: it runs inside the
 * extension's service worker through `worker.evaluate`, so it must stay self-contained (no
 * imports, no closures). A unit test (tests/extension/simulate-menu-click.test.ts) checks that the
 * explain page's own code reads what it stores, so the two cannot drift apart.
 *
 * `dispatchExplainMenuClick` (Chromium) and `clickExplainMenuInFirefox` run the built
 * background's own handler instead, with the page access a real click grants: for the tests of
 * its reading the selection from the page.
 */
import type { BrowserContext, Page } from "playwright-core";
import type { Browser } from "puppeteer-core";

/** The slice of the extension API the hand-off uses. */
export interface HandOffApi {
  storage: {
    session: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  runtime: { getURL(path: string): string };
  tabs: { create(properties: { url: string }): Promise<unknown> };
}

/** Stores `text` as a handed-over selection and opens the explain page for it; returns its URL. */
export async function handOffLikeTheBackground(api: HandOffApi, text: string): Promise<string> {
  const id = crypto.randomUUID();
  const stored = (await api.storage.session.get("selections")).selections;
  const selections = typeof stored === "object" && stored !== null ? stored : {};
  await api.storage.session.set({ selections: { ...selections, [id]: { text, at: Date.now() } } });
  const url = `${api.runtime.getURL("/explain.html")}#${id}`;
  await api.tabs.create({ url });
  return url;
}

/** Runs the hand-off in the extension's service worker, as a click on the menu item would. */
export async function clickExplainMenu(worker: { evaluate(expression: string): Promise<unknown> }, text: string) {
  return (await worker.evaluate(`(${handOffLikeTheBackground.toString()})(chrome, ${JSON.stringify(text)})`)) as string;
}

/**
 * The selection as Chromium hands it to `contextMenus.onClicked`: every line break becomes a
 * space (https://crbug.com/116429, open since 2012). Firefox keeps the line breaks.
 */
export function asChromiumSelectionText(selection: string): string {
  return selection.replace(/\r?\n/g, " ");
}

/** What automation can reach of a Chromium launched by chromium-with-extension.ts. */
interface ChromiumHandles {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: { evaluate(expression: string): Promise<unknown> };
}

/**
 * Gives the extension `activeTab` on `page`'s tab, the access a real click on the menu item
 * grants. Automation cannot click the menu, but it can run the toolbar action, which grants the
 * same access (CDP `Extensions.triggerAction`; Chromium allows it only with
 * `--enable-unsafe-extension-debugging` and a pipe connection, which Playwright uses).
 */
export async function grantActiveTabLikeAClick(browser: ChromiumHandles, page: Page): Promise<void> {
  const cdpBrowser = browser.context.browser();
  if (cdpBrowser === null) throw new Error("No browser-level CDP session: cannot run the extension's action.");
  const cdp = await cdpBrowser.newBrowserCDPSession();
  try {
    // The action runs on a tab target, which getTargets lists only when asked for.
    const { targetInfos } = (await cdp.send("Target.getTargets", { filter: [{ type: "tab" }] })) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.filter((target) => target.url === page.url());
    if (tab.length !== 1) throw new Error(`Expected one tab showing ${page.url()}, found ${tab.length}.`);
    await cdp.send(
      "Extensions.triggerAction" as never,
      { id: browser.extensionId, targetId: tab[0]?.targetId } as never,
    );
  } finally {
    await cdp.detach();
  }
}

/**
 * Fires the background's own `contextMenus.onClicked` listeners for a click on "Explain this
 * bounce" in `page`, with what Chromium passes: the selection on one line and the frame. Unlike
 * `clickExplainMenu`, this runs the built background's code. `dispatch` belongs to Chromium's
 * extension event bindings, undocumented, hence the check.
 */
export async function dispatchExplainMenuClick(
  browser: ChromiumHandles,
  page: Page,
  info: { selectionText: string; frameId: number },
): Promise<void> {
  // The page's tab is the active one once in front; without access to it, its URL is not shown.
  await page.bringToFront();
  const outcome = await browser.serviceWorker.evaluate(`(async () => {
    if (typeof chrome.contextMenus.onClicked.dispatch !== "function") return "no dispatch";
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    chrome.contextMenus.onClicked.dispatch({ menuItemId: "explain-bounce", editable: false, ...${JSON.stringify(info)} }, tab);
    return "dispatched";
  })()`);
  if (outcome !== "dispatched") throw new Error(`Cannot fire contextMenus.onClicked in this Chromium: ${outcome}.`);
}

/** The WebDriver BiDi connection under a puppeteer-core Firefox (not in puppeteer's typings). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/**
 * A click on "Explain this bounce" in Firefox's selected tab, as Firefox's own menu code makes
 * it (browser/components/extensions/parent/ext-menus.js): `activeTab` on that tab, then the
 * extension's `webext-menu-menuitem-click` event, which wakes the background and fires its
 * `menus.onClicked` listeners. Run in Firefox's privileged browser window, which WebDriver BiDi
 * reaches only with `--remote-allow-system-access`. `grantActiveTab: false` is a page where the
 * click gives no access. Returns the URL of the explain page the background opens.
 */
export async function clickExplainMenuInFirefox(
  browser: Browser,
  options: {
    addonId: string;
    extensionOrigin: string;
    /** The page clicked on, which must be the selected tab's. */
    pageUrl: string;
    info: { selectionText: string; frameId: number };
    grantActiveTab: boolean;
  },
): Promise<string> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const { result: tree } = (await connection.send("browsingContext.getTree", { "moz:scope": "chrome" })) as {
    result: { contexts: { context: string; url: string }[] };
  };
  const window = tree.contexts.find((context) => context.url === "chrome://browser/content/browser.xhtml");
  if (window === undefined)
    throw new Error("Firefox's browser window is not reachable: is --remote-allow-system-access set?");
  const click = async (addonId: string, origin: string, pageUrl: string, info: object, grant: boolean) => {
    const global = globalThis as unknown as FirefoxBrowserWindow;
    const { ExtensionParent } = global.ChromeUtils.importESModule("resource://gre/modules/ExtensionParent.sys.mjs");
    const extension = ExtensionParent.GlobalManager.getExtension(addonId);
    const explainUrls = () =>
      global.gBrowser.tabs
        .map((tab) => tab.linkedBrowser.currentURI.spec)
        .filter((url) => url.startsWith(`${origin}/explain.html#`));
    const before = new Set(explainUrls());
    const tab = global.gBrowser.selectedTab;
    const shown = tab.linkedBrowser.currentURI.spec;
    if (shown !== pageUrl) throw new Error(`The selected tab shows ${shown}, not ${pageUrl}.`);
    if (grant) extension.tabManager.addActiveTabPermission(tab);
    extension.emit("webext-menu-menuitem-click", { menuItemId: "explain-bounce", editable: false, ...info }, tab);
    for (let waited = 0; waited < 10_000; waited += 50) {
      const opened = explainUrls().find((url) => !before.has(url));
      if (opened !== undefined) return opened;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return "";
  };
  const args = [options.addonId, options.extensionOrigin, options.pageUrl, options.info, options.grantActiveTab];
  const { result } = (await connection.send("script.evaluate", {
    expression: `(${click.toString()})(...${JSON.stringify(args)})`,
    target: { context: window.context },
    awaitPromise: true,
  })) as { result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } } };
  if (result.type !== "success") throw new Error(`The simulated click failed: ${result.exceptionDetails?.text}`);
  const url = result.result?.value;
  if (typeof url !== "string" || url === "") throw new Error("The background opened no explain page.");
  return url;
}

/** What the click above uses of Firefox's privileged browser window. */
interface FirefoxBrowserWindow {
  ChromeUtils: {
    importESModule(url: string): {
      ExtensionParent: {
        GlobalManager: {
          getExtension(id: string): {
            tabManager: { addActiveTabPermission(tab: unknown): void };
            emit(event: string, ...args: unknown[]): void;
          };
        };
      };
    };
  };
  gBrowser: { selectedTab: FirefoxTab; tabs: FirefoxTab[] };
}

interface FirefoxTab {
  linkedBrowser: { currentURI: { spec: string } };
}
