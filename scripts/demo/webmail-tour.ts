/**
 * The tour's webmail stops: Bounce Lens's badge on the Gmail and Outlook fixture pages, reached
 * at their real host names (the browser resolves them to the local HTTPS fixture server), in the
 * light themes and in Gmail's dark one. Saves a screenshot of each message with its badge, for the
 * README, and returns what each badge said.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import type { WebmailSite } from "../../src/webmail/adapter";
import type { ExtensionBrowser } from "../e2e/chromium-with-extension";
import { webmailUrl } from "../webmail-pages/webmail-server";
import type { TourStop } from "./tour";

interface WebmailStop {
  file: string;
  title: string;
  site: WebmailSite;
  fixture: string;
  /** The element the screenshot starts at (the conversation's subject, the reading pane). */
  from: string;
  /** Whether the first card's details are opened, to show the steps and links. */
  openDetails: boolean;
}

export const WEBMAIL_STOPS: readonly WebmailStop[] = [
  {
    file: "gmail-badge",
    title: "Gmail, a conversation whose second message is a bounce",
    site: "gmail",
    fixture: "conversation-bounce-second",
    from: "h2.hP",
    openDetails: false,
  },
  {
    file: "outlook-badge",
    title: "Outlook on the web, a Microsoft 365 report, details open",
    site: "outlook",
    fixture: "reading-pane-classic-ndr",
    from: '#ReadingPaneContainerId [role="heading"]',
    openDetails: true,
  },
  {
    file: "gmail-badge-dark",
    title: "Gmail in its dark theme",
    site: "gmail",
    fixture: "dark-theme",
    from: "h2.hP",
    openDetails: false,
  },
];

/** Space kept below the badge, so the message it explains shows too. */
const BELOW_BADGE_PX = 140;

export async function takeWebmailTour(browser: ExtensionBrowser, screenshotDir: string): Promise<TourStop[]> {
  mkdirSync(screenshotDir, { recursive: true });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 1000 });
  const stops: TourStop[] = [];
  for (const stop of WEBMAIL_STOPS) {
    await page.goto(webmailUrl(stop.site, stop.fixture));
    const badge = page.locator('[data-bounce-lens="badge"]').first();
    await badge.locator(".bl-card").first().waitFor({ timeout: 15_000 });
    if (stop.openDetails) await badge.locator("summary").first().click();
    const screenshot = join(screenshotDir, `${stop.file}.png`);
    await page.screenshot({ path: screenshot, fullPage: true, clip: await clipAround(page, stop.from) });
    stops.push({ name: stop.title, screenshot, found: await describeBadge(page) });
  }
  await page.close();
  return stops;
}

/** From the top of `from` to a little below the badge, the page's full width, in page coordinates. */
async function clipAround(page: Page, from: string) {
  // Bounding boxes are measured from the viewport, which clicking may have scrolled.
  const scrolled = Number(await page.evaluate("scrollY"));
  const top = ((await page.locator(from).first().boundingBox())?.y ?? 0) + scrolled;
  const badgeBox = await page.locator('[data-bounce-lens="badge"]').first().boundingBox();
  const bottom = (badgeBox?.y ?? 0) + scrolled + (badgeBox?.height ?? 0) + BELOW_BADGE_PX;
  const y = Math.max(0, top);
  return { x: 0, y, width: page.viewportSize()?.width ?? 1000, height: bottom - y };
}

/** "SEVERITY  cause: recipient (who acts: ...)" per card, read through the open shadow root. */
async function describeBadge(page: Page): Promise<string[]> {
  const lines: string[] = [];
  for (const card of await page.locator('[data-bounce-lens="badge"] .bl-card').all()) {
    const text = async (selector: string) => ((await card.locator(selector).first().textContent()) ?? "").trim();
    const afterLabel = (line: string) => line.replace(/^[^:]*:\s*/, "");
    const severity = (await card.locator(".bl-chip").getAttribute("data-severity")) ?? "";
    lines.push(
      `${severity.toUpperCase().padEnd(8)} ${await text(".bl-card-title")}: ${afterLabel(await text(".bl-recipient"))} (who acts: ${afterLabel(await text(".bl-actor"))})`,
    );
  }
  return lines;
}
