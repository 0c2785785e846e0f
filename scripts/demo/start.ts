/**
 * `npm start`: builds the extension, serves the demo mailbox on 127.0.0.1 and opens Chromium with
 * Bounce Lens loaded.
 * - With a display: a browser window on the demo mailbox, a Gmail fixture page with its badge and
 *   the popup page, until it is closed.
 * - Without one (or with --headless): a headless tour that saves screenshots and prints what
 *   each screen showed, then exits.
 * The Gmail and Outlook fixture pages are served over HTTPS under their real host names, which
 * this browser (and only it) resolves to the local server.
 * Without Chromium it still builds, and says how to install one.
 *
 * Options: --headless, --screenshots DIR (default .output/demo-screenshots), --port N, --no-build
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchChromiumWithExtension } from "../e2e/chromium-with-extension";
import { findChromium, INSTALL_HINTS } from "../e2e/find-browsers";
import { chromiumHostRules } from "../webmail-pages/webmail-hosts";
import { startWebmailServer, webmailUrl } from "../webmail-pages/webmail-server";
import { startDemoServer } from "./demo-server";
import { takeTour } from "./tour";
import { takeWebmailTour } from "./webmail-tour";

const ROOT = resolve(import.meta.dirname, "../..");
const EXTENSION_DIR = resolve(ROOT, ".output/chrome-mv3");

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      headless: { type: "boolean", default: false },
      screenshots: { type: "string", default: ".output/demo-screenshots" },
      port: { type: "string", default: "0" },
      "no-build": { type: "boolean", default: false },
    },
  });

  if (!values["no-build"]) {
    console.log("== Building the extension (wxt build)");
    const build = spawnSync(resolve(ROOT, "node_modules/.bin/wxt"), ["build"], { cwd: ROOT, stdio: "inherit" });
    if (build.status !== 0) return build.status ?? 1;
  }
  console.log(`Built: ${EXTENSION_DIR} (load it unpacked from chrome://extensions, developer mode).`);

  const chromiumPath = findChromium();
  if (chromiumPath === null) {
    console.log(`\nNo Chromium found, so the demo browser cannot open. ${INSTALL_HINTS.chromium}`);
    return 0;
  }

  const server = await startDemoServer(ROOT, Number(values.port));
  console.log(`== Demo mailbox: ${server.origin}/ (Gmail-like: ${server.origin}/gmail.html)`);
  const webmail = await startWebmailServer();
  console.log(`== Gmail and Outlook fixture pages: ${webmailUrl("gmail", "conversation-bounce-second")} (local)`);
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === "darwin";
  const headless = values.headless || !hasDisplay;
  console.log(`== Chromium: ${chromiumPath} (${headless ? "headless: no display" : "window"})`);

  const browser = await launchChromiumWithExtension({
    executablePath: chromiumPath,
    extensionDir: EXTENSION_DIR,
    headless,
    // The real webmail names lead to the local fixture server, whose certificate is self-signed.
    extraArgs: [chromiumHostRules(webmail.port), "--ignore-certificate-errors"],
  });
  console.log(`Bounce Lens loaded, extension id ${browser.extensionId}`);
  try {
    if (!headless) {
      await showWindow(browser.context, server.origin, browser.extensionOrigin);
      return 0;
    }
    const screenshotDir = resolve(ROOT, values.screenshots);
    const stops = [
      ...(await takeTour(browser, server.origin, ROOT, screenshotDir)),
      ...(await takeWebmailTour(browser, screenshotDir)),
    ];
    for (const stop of stops) {
      console.log(`\n${stop.name}\n  screenshot: ${stop.screenshot}`);
      for (const line of stop.found) console.log(`  ${line}`);
    }
    console.log(`\nScreenshots saved in ${screenshotDir}`);
  } finally {
    const network = await browser.close();
    await server.close();
    await webmail.close();
    console.log(
      network.byExtension.length === 0
        ? "Network requests made by the extension: none."
        : `Network requests made by the extension (there should be none): ${network.byExtension.join(", ")}`,
    );
  }
  return 0;
}

async function showWindow(
  context: Awaited<ReturnType<typeof launchChromiumWithExtension>>["context"],
  demoOrigin: string,
  extensionOrigin: string,
): Promise<void> {
  const mailbox = context.pages()[0] ?? (await context.newPage());
  await mailbox.goto(`${demoOrigin}/gmail.html`);
  const gmail = await context.newPage();
  await gmail.goto(webmailUrl("gmail", "conversation-bounce-second"));
  const popup = await context.newPage();
  await popup.goto(`${extensionOrigin}/popup.html`);
  await mailbox.bringToFront();
  console.log("Select a bounce on the demo page and right-click: Explain this bounce. Or use the toolbar button.");
  console.log("The Gmail tab shows a fixture page at mail.google.com, served locally, with Bounce Lens's badge.");
  console.log("Close the browser window (or press Ctrl+C) to stop.");
  await new Promise<void>((done) => {
    context.on("close", () => done());
    process.once("SIGINT", () => done());
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
