/**
 * A headless walk through the extension for `npm start` without a display: the popup with a
 * pasted bounce, several recipients, an opened .eml, dark mode, the demo mailbox, the page
 * opened by "Explain this bounce", and the options. Saves a screenshot of each and returns what
 * each screen said, for the terminal.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { ExtensionBrowser } from "../e2e/chromium-with-extension";
import { asChromiumSelectionText, clickExplainMenu } from "../e2e/simulate-menu-click";
import { availableEmls, loadMessages } from "./samples";

export interface TourStop {
  name: string;
  screenshot: string;
  /** What the screen says: the heading, then one line per card. */
  found: string[];
}

const POPUP_VIEWPORT = { width: 400, height: 600 };

export async function takeTour(
  browser: ExtensionBrowser,
  demoOrigin: string,
  root: string,
  screenshotDir: string,
): Promise<TourStop[]> {
  mkdirSync(screenshotDir, { recursive: true });
  const stops: TourStop[] = [];
  const shot = (name: string) => join(screenshotDir, `${name}.png`);
  const { context, extensionOrigin } = browser;

  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`${extensionOrigin}/popup.html`);
  const box = popup.getByRole("textbox", { name: "Bounce or error line" });

  for (const message of loadMessages(root).filter((m) => m.id !== "gmail-address-not-found")) {
    await box.fill(message.body);
    await waitForAnswer(popup);
    // Show the start of the pasted text, as right after a paste into an empty box.
    await box.evaluate((textarea: HTMLTextAreaElement) => {
      textarea.setSelectionRange(0, 0);
      textarea.scrollTop = 0;
    });
    const name = `popup-${message.id}`;
    await popup.screenshot({ path: shot(name), fullPage: true });
    stops.push({ name: `Popup, pasted ${message.file}`, screenshot: shot(name), found: await describeScreen(popup) });
  }

  const emls = availableEmls(root);
  const manyRecipients = emls.find((eml) => eml.name === "lhost-x2-02.eml") ?? emls[0];
  if (manyRecipients !== undefined) {
    await popup
      .getByRole("button", { name: "Clear" })
      .click()
      .catch(() => {});
    await popup.locator("input[type=file]").setInputFiles(join(root, manyRecipients.file));
    await waitForAnswer(popup);
    await popup.screenshot({ path: shot("popup-eml"), fullPage: true });
    stops.push({
      name: `Popup, opened ${manyRecipients.file}`,
      screenshot: shot("popup-eml"),
      found: await describeScreen(popup),
    });

    await popup.emulateMedia({ colorScheme: "dark" });
    await popup.screenshot({ path: shot("popup-dark"), fullPage: true });
    stops.push({ name: "Popup in dark mode", screenshot: shot("popup-dark"), found: [] });
    await popup.emulateMedia({ colorScheme: "light" });
  }

  const mailbox = await context.newPage();
  await mailbox.goto(`${demoOrigin}/gmail.html`);
  await mailbox.screenshot({ path: shot("demo-mailbox") });
  stops.push({ name: "Demo mailbox (Gmail-like)", screenshot: shot("demo-mailbox"), found: [] });

  const selection = await selectFirstBounce(mailbox);
  if (selection !== "") {
    const opened = context.waitForEvent("page");
    await clickExplainMenu(browser.serviceWorker, asChromiumSelectionText(selection));
    const explainPage = await opened;
    await explainPage.setViewportSize({ width: 800, height: 900 });
    await waitForAnswer(explainPage);
    await explainPage.screenshot({ path: shot("explain-selection"), fullPage: true });
    stops.push({
      name: "Explain this bounce, on the selected Gmail bounce",
      screenshot: shot("explain-selection"),
      found: await describeScreen(explainPage),
    });
  }

  const options = await context.newPage();
  await options.setViewportSize({ width: 600, height: 420 });
  await options.goto(`${extensionOrigin}/options.html`);
  await options.getByRole("checkbox").first().waitFor();
  await options.screenshot({ path: shot("options") });
  stops.push({ name: "Options", screenshot: shot("options"), found: [] });
  return stops;
}

/** Waits until the panel shows the answer to its current input (a heading in every state but the empty one). */
export async function waitForAnswer(page: Page): Promise<void> {
  await page.locator('.bl-answer[aria-busy="false"] .bl-result h2').first().waitFor({ timeout: 15_000 });
}

/** The answer's heading, then "SEVERITY  cause: recipient (who acts)" for each card. */
export async function describeScreen(page: Page): Promise<string[]> {
  // Locators rather than one page.evaluate: tsx wraps inner functions in a helper the page lacks.
  const text = async (locator: ReturnType<Page["locator"]>) => ((await locator.first().textContent()) ?? "").trim();
  const afterLabel = (line: string) => line.replace(/^[^:]*:\s*/, "");
  const lines = [await text(page.locator(".bl-result h2"))];
  for (const card of await page.locator(".bl-card").all()) {
    const severity = (await card.locator(".bl-chip").getAttribute("data-severity")) ?? "";
    const title = await text(card.locator(".bl-card-title"));
    const recipient = afterLabel(await text(card.locator(".bl-recipient")));
    const actor = afterLabel(await text(card.locator(".bl-actor")));
    lines.push(`${severity.toUpperCase().padEnd(8)} ${title}: ${recipient} (who acts: ${actor})`);
  }
  return lines;
}

/** Selects the first bounce's text on a demo mailbox page, as a user would, and returns it. */
async function selectFirstBounce(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = document.querySelector(".message .body");
    const selection = window.getSelection();
    if (body === null || selection === null) return "";
    selection.selectAllChildren(body);
    return selection.toString();
  });
}
