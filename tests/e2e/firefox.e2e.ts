/**
 * The Firefox build in Firefox ESR: it installs, its popup and explain pages work, and a click on
 * "Explain this bounce" reads the selection from the page. (Lint of the Firefox build:
 * built-extension.e2e.ts.)
 */
import { readFileSync } from "node:fs";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DemoServer, startDemoServer } from "../../scripts/demo/demo-server";
import { type FirefoxWithExtension, launchFirefoxWithExtension } from "../../scripts/e2e/firefox-with-extension";
import { clickExplainMenuInFirefox, handOffLikeTheBackground } from "../../scripts/e2e/simulate-menu-click";
import { explainBounce } from "../../src/engine/index";
import { builtManifest, FIREFOX_BUILD, firefox, fixture, ROOT } from "./support";

const browserPath = firefox();
const LINE = "550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table";

describe.skipIf(browserPath.path === null)("Bounce Lens in Firefox ESR", () => {
  let firefoxWithExtension: FirefoxWithExtension;
  let server: DemoServer;
  const requests: string[] = [];
  const geckoId = (builtManifest(FIREFOX_BUILD) as { browser_specific_settings: { gecko: { id: string } } })
    .browser_specific_settings.gecko.id;

  beforeAll(async () => {
    server = await startDemoServer(ROOT);
    firefoxWithExtension = await launchFirefoxWithExtension({
      executablePath: browserPath.path ?? "",
      extensionDir: FIREFOX_BUILD,
      addonId: geckoId,
    });
  });

  afterAll(async () => {
    await firefoxWithExtension?.browser.close();
    await server?.close();
  });

  function recordRequests(page: Page): Page {
    page.on("request", (request) => requests.push(request.url()));
    return page;
  }

  const cardTitles = (page: Page) =>
    page.$$eval(".bl-card .bl-card-title", (titles) => titles.map((title) => title.textContent));

  it("installs, under its gecko id", () => {
    expect(firefoxWithExtension.addonId).toBe(geckoId);
  });

  it("registers the Explain this bounce menu item", async () => {
    const popup = await firefoxWithExtension.openExtensionPage("/popup.html", "textarea");
    // update() rejects for an id that does not exist, so resolving proves the item is there.
    const outcome = await popup.evaluate(
      `browser.contextMenus.update("explain-bounce", {}).then(() => "exists", (e) => e.message)`,
    );
    expect(outcome).toBe("exists");
    await popup.close();
  });

  it("runs the popup page: a typed diagnostic line is explained", async () => {
    const popup = recordRequests(await firefoxWithExtension.openExtensionPage("/popup.html", "textarea"));
    const expected = await explainBounce(LINE);
    await popup.type("textarea", LINE);
    await popup.waitForSelector('.bl-answer[aria-busy="false"] .bl-card');
    expect(await cardTitles(popup)).toEqual(expected.failures.map((failure) => failure.reasonLabel));
    expect(await popup.$eval(".bl-chip", (chip) => chip.getAttribute("data-severity"))).toBe(
      expected.failures[0]?.severity,
    );
    await popup.close();
  });

  it("opens an .eml with the file input", async () => {
    const popup = recordRequests(await firefoxWithExtension.openExtensionPage("/popup.html", "textarea"));
    const path = fixture("tests/fixtures/corpus/lhost-x2-02.eml");
    const expected = await explainBounce(new Uint8Array(readFileSync(path)));
    const input = await popup.$("input[type=file]");
    await input?.uploadFile(path);
    await popup.waitForFunction(() => document.querySelector(".bl-file")?.textContent?.includes("lhost-x2-02.eml"));
    await popup.waitForSelector('.bl-answer[aria-busy="false"] .bl-card');
    expect((await cardTitles(popup)).sort()).toEqual(expected.failures.map((f) => f.reasonLabel).sort());
    await popup.close();
  });

  it("shows a selection handed over by the context menu on the explain page", async () => {
    const popup = recordRequests(await firefoxWithExtension.openExtensionPage("/popup.html", "textarea"));
    const url = (await popup.evaluate(
      `(${handOffLikeTheBackground.toString()})(browser, ${JSON.stringify(LINE)})`,
    )) as string;
    expect(url).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/explain\.html#[0-9a-f-]{36}$/);
    // The explain page is also opened in a tab of its own, which BiDi does not report; opening
    // the same URL here, from an extension page, is the same page with the same selection.
    await popup.evaluate((target: string) => {
      location.href = target;
    }, url);
    await popup.waitForSelector('.bl-answer[aria-busy="false"] .bl-card', { timeout: 15_000 });
    expect(await popup.$eval(".bl-notice", (notice) => notice.textContent)).toBe("Explaining the text you selected.");
    expect(await cardTitles(popup)).toEqual((await explainBounce(LINE)).failures.map((f) => f.reasonLabel));
    await popup.close();
  });

  /**
   * Selects the two-recipient Outlook report of the demo mailbox, clicks "Explain this bounce"
   * on it with `selectionText` as the menu's text, and returns the page's selection and the
   * explain page the background opened (reopened in a tab automation can see).
   */
  async function explainTwoRecipientReport(selectionText: (selection: string) => string, grantActiveTab: boolean) {
    const mailbox = await firefoxWithExtension.browser.newPage();
    await mailbox.goto(`${server.origin}/outlook.html`);
    await mailbox.bringToFront();
    const selection = await mailbox.evaluate(() => {
      const body = document.querySelector('[data-sample="outlook-two-recipients"]');
      const range = window.getSelection();
      if (body === null || range === null) return "";
      range.selectAllChildren(body);
      return range.toString();
    });
    const url = new URL(
      await clickExplainMenuInFirefox(firefoxWithExtension.browser, {
        addonId: firefoxWithExtension.addonId,
        extensionOrigin: firefoxWithExtension.extensionOrigin,
        pageUrl: mailbox.url(),
        info: { selectionText: selectionText(selection), frameId: 0 },
        grantActiveTab,
      }),
    );
    await mailbox.close();
    const explainPage = recordRequests(
      await firefoxWithExtension.openExtensionPage(
        `${url.pathname}${url.hash}`,
        '.bl-answer[aria-busy="false"] .bl-result h2',
      ),
    );
    // What the background handed over: the text kept in session storage under the page's id.
    const id = decodeURIComponent(url.hash.slice(1));
    const handedOver = await explainPage.evaluate(
      `browser.storage.session.get("selections").then(({ selections }) => selections[${JSON.stringify(id)}]?.text)`,
    );
    return { selection, explainPage, handedOver };
  }

  const cardRecipients = (page: Page) =>
    page.$$eval(".bl-card .bl-recipient", (recipients) => recipients.map((recipient) => recipient.textContent));

  it("Explain this bounce reads the selection from the page: both recipients of an Outlook report", async () => {
    // Some Firefox versions cut the menu's selectionText short; the page has all of it.
    const { selection, explainPage, handedOver } = await explainTwoRecipientReport((text) => text.slice(0, 80), true);
    expect(handedOver).toBe(selection);
    expect(await explainPage.$eval(".bl-result h2", (heading) => heading.textContent)).toBe(
      "2 recipients did not get your message",
    );
    expect((await cardRecipients(explainPage)).sort()).toEqual([
      "Recipient: sales@fabrikam.example",
      "Recipient: tom.baker@fabrikam.example",
    ]);
    await explainPage.close();
  });

  it("Explain this bounce uses the menu's text where the click gives no access to the page", async () => {
    // The script is refused, as on Firefox's own pages and in reader view, so the menu's text
    // (here cut short, to tell it from the page's) is what the explain page gets.
    const cut = (text: string) => text.slice(0, 80);
    const { selection, explainPage, handedOver } = await explainTwoRecipientReport(cut, false);
    expect(handedOver).toBe(cut(selection));
    await explainPage.close();
  });

  it("made no network request from its pages", () => {
    const outside = requests.filter((url) => !url.startsWith("moz-extension://") && url !== "about:blank");
    expect(outside).toEqual([]);
  });
});
