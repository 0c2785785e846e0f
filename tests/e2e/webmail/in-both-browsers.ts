/**
 * Runs a webmail suite once in Chromium and once in Firefox ESR, each with the built extension,
 * the HTTPS fixture server, and a record of everything the pages did wrong (dialogs, errors,
 * Trusted Types violations) and every request made. The last test of each run closes the browser
 * and fails if the extension, or a page (which loads nothing by itself), made any request.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebmailServer, type WebmailServer } from "../../../scripts/webmail-pages/webmail-server";
import { CHROME_BUILD, chromium, FIREFOX_BUILD, firefox } from "../support";
import { launchChromiumMail, launchFirefoxMail, type MailBrowser, type MailTab } from "./mail-browsers";

export interface SuiteEnv {
  browser: MailBrowser;
  /** The run's main tab, navigated to a fixture page (a new tab per page would cost time). */
  visit(url: string): Promise<MailTab>;
  /** A new tab on a fixture page; its incidents are checked at the end of the run. */
  open(url: string): Promise<MailTab>;
  /** Notes the tab's Trusted Types violations, then closes it. */
  done(tab: MailTab): Promise<void>;
}

const BROWSERS = [
  { name: "Chromium", availability: chromium, launch: launchChromiumMail, build: CHROME_BUILD },
  { name: "Firefox ESR", availability: firefox, launch: launchFirefoxMail, build: FIREFOX_BUILD },
] as const;

export type BrowserName = (typeof BROWSERS)[number]["name"];

export interface SuiteOptions {
  /**
   * Loads a private copy of the build, which the suite may rewrite (an update) and which the
   * browser's extension controls (`browser.extension`) act on; other suites keep the build.
   */
  privateExtensionCopy?: boolean;
}

export function inBothBrowsers(
  title: string,
  suite: (env: () => SuiteEnv, browserName: BrowserName) => void,
  options: SuiteOptions = {},
): void {
  for (const { name, availability, launch, build } of BROWSERS) {
    const path = availability().path;
    describe.skipIf(path === null)(`${title}, in ${name}`, () => {
      let server: WebmailServer;
      let browser: MailBrowser | undefined;
      let closed = false;
      const tabs: MailTab[] = [];
      const violations: string[] = [];
      const closedIncidents: MailTab["incidents"][] = [];
      let mainTab: MailTab | null = null;
      let copyDir: string | null = null;

      beforeAll(async () => {
        server = await startWebmailServer();
        if (options.privateExtensionCopy) {
          copyDir = mkdtempSync(join(tmpdir(), "bounce-lens-extension-"));
          const extensionDir = join(copyDir, "extension");
          cpSync(build, extensionDir, { recursive: true });
          browser = await launch(path ?? "", server.port, { extensionDir });
        } else {
          browser = await launch(path ?? "", server.port);
        }
      });

      afterAll(async () => {
        if (!closed) await browser?.close();
        await server?.close();
        if (copyDir !== null) rmSync(copyDir, { recursive: true, force: true });
      });

      suite(
        () => ({
          browser: browser as MailBrowser,
          async visit(url) {
            if (mainTab === null) {
              mainTab = await (browser as MailBrowser).newTab();
              tabs.push(mainTab);
            } else {
              // The page about to be left: what it recorded goes with it.
              violations.push(...(await mainTab.probe<string[]>("violations()")));
            }
            await mainTab.goto(url);
            return mainTab;
          },
          async open(url) {
            const tab = await (browser as MailBrowser).newTab();
            tabs.push(tab);
            await tab.goto(url);
            return tab;
          },
          async done(tab) {
            violations.push(...(await tab.probe<string[]>("violations()")));
            await tab.close();
            tabs.splice(tabs.indexOf(tab), 1);
            closedIncidents.push(tab.incidents);
          },
        }),
        name,
      );

      it("raised no dialog, no error and no Trusted Types violation in any page", async () => {
        for (const tab of tabs) {
          violations.push(...(await tab.probe<string[]>("violations()").catch(() => [])));
        }
        const incidents = [...closedIncidents, ...tabs.map((tab) => tab.incidents)];
        expect(incidents.flatMap((incident) => incident.dialogs)).toEqual([]);
        expect(incidents.flatMap((incident) => incident.errors)).toEqual([]);
        expect(violations).toEqual([]);
      });

      it("made no network request: not from the extension, not from the pages", async () => {
        closed = true;
        const network = await (browser as MailBrowser).close();
        console.log(`${name}: ${network.seen} requests seen, ${network.unexpected.length} unexpected`);
        expect(network.unexpected).toEqual([]);
      });
    });
  }
}
