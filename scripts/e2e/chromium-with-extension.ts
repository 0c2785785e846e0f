/**
 * Chromium with the built extension loaded, through playwright-core (recipe: RECIPES.md), with
 * every network request recorded so that tests can prove the extension made none.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Worker } from "playwright-core";
import { type LoggedRequest, readNetLog } from "./net-log";

export interface ChromiumOptions {
  executablePath: string;
  /** The unpacked build, e.g. `.output/chrome-mv3`. */
  extensionDir: string;
  /** false opens a window (needs a display). */
  headless: boolean;
  /** Size of new pages' viewport. */
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  /** More Chromium flags, e.g. --host-resolver-rules to serve webmail fixture pages locally. */
  extraArgs?: readonly string[];
}

export interface NetworkReport {
  /** Requests the extension (its pages or its service worker) made outside itself. Must be empty. */
  byExtension: string[];
  /** Requests Chromium made on its own (update checks and the like), for information. */
  byBrowser: LoggedRequest[];
  /** All requests the net log saw, for debugging. */
  all: LoggedRequest[];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://ID */
  extensionOrigin: string;
  serviceWorker: Worker;
  /** Closes the browser, deletes its profile and reports the requests made meanwhile. */
  close(): Promise<NetworkReport>;
}

/** Flags that stop Chromium from calling Google's services, which a machine without internet refuses. */
const QUIET_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-domain-reliability",
  "--disable-client-side-phishing-detection",
  "--no-pings",
];

export async function launchChromiumWithExtension(options: ChromiumOptions): Promise<ExtensionBrowser> {
  const profileDir = mkdtempSync(join(tmpdir(), "bounce-lens-chromium-"));
  const netLogPath = join(profileDir, "net-log.json");
  const context = await chromium.launchPersistentContext(join(profileDir, "profile"), {
    executablePath: options.executablePath,
    // Extensions need Chromium's "new" headless mode, asked for by flag rather than by Playwright.
    headless: false,
    viewport: options.viewport ?? { width: 1100, height: 800 },
    colorScheme: options.colorScheme ?? "light",
    args: [
      ...(options.headless ? ["--headless=new"] : []),
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      `--log-net-log=${netLogPath}`,
      ...QUIET_FLAGS,
      ...(options.extraArgs ?? []),
    ],
  });
  const observed: { url: string; fromExtension: boolean }[] = [];
  let extensionOrigin = "";
  context.on("request", (request) => {
    const worker = request.serviceWorker();
    const maker = worker !== null ? worker.url() : safeFrameUrl(request);
    observed.push({ url: request.url(), fromExtension: extensionOrigin !== "" && maker.startsWith(extensionOrigin) });
  });

  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  const extensionId = new URL(serviceWorker.url()).host;
  extensionOrigin = `chrome-extension://${extensionId}`;

  return {
    context,
    extensionId,
    extensionOrigin,
    serviceWorker,
    async close() {
      await context.close();
      const all = readNetLog(netLogPath);
      rmSync(profileDir, { recursive: true, force: true });
      const outside = (url: string) => !url.startsWith(extensionOrigin) && !/^(data|blob):/.test(url);
      const byExtension = new Set([
        ...observed.filter((r) => r.fromExtension && outside(r.url)).map((r) => r.url),
        ...all.filter((r) => r.initiator.startsWith(extensionOrigin) && outside(r.url)).map((r) => r.url),
      ]);
      return {
        byExtension: [...byExtension],
        // Loopback navigations are the tests' own pages, opened by the browser on their behalf.
        byBrowser: all.filter((r) => r.initiator === "not an origin" && !/^https?:\/\/127\.0\.0\.1[:/]/.test(r.url)),
        all,
      };
    },
  };
}

function safeFrameUrl(request: { frame(): { url(): string } }): string {
  try {
    return request.frame().url();
  } catch {
    // Navigation requests of pages not yet attached have no frame.
    return "";
  }
}
