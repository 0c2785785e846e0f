/**
 * Issue 5 in real browsers: the built extension on Gmail's fixture pages, served over HTTPS as
 * mail.google.com with Trusted Types enforced, in Chromium and in Firefox ESR. The badge appears
 * with the engine's answer on the right message, follows a single-page app's changes without
 * duplicates or stale badges, stays off ordinary mail, shows hostile text as text, follows the
 * options and the dark theme, keeps the keyboard, and the extension makes no network request.
 * Prints the badge's latency and (Chromium) the observer's work per mutation on a busy page.
 */
import { describe, expect, it } from "vitest";
import { GMAIL_PAGES } from "../webmail/expected-pages";
import { chipContrast } from "./webmail/colour-contrast";
import { inBothBrowsers } from "./webmail/in-both-browsers";
import type { ProbedBadge, ProbedChip } from "./webmail/page-probe";

const BADGE_TIMEOUT_MS = 5_000;
/** Long enough for a badge that should not come to have come: several looks and a reading. */
const QUIET_MS = 200;
/** Latency must stay well within this in tests (a loaded 2-core machine); the figures are printed. */
const LATENCY_CEILING_MS = 1_000;

/** Pages with a bounce, but those the tests below open anyway. */
const bouncePages = Object.entries(GMAIL_PAGES).filter(
  ([name, page]) =>
    !["conversation-bounce-second", "hostile", "dark-theme", "preview-pane", "single-address-not-found"].includes(
      name,
    ) &&
    (page.messages.some((m) => m.recipients.length > 0) || (page.rawRecipients?.length ?? 0) > 0),
);

inBothBrowsers("Gmail", (env) => {
  it("conversation: one badge, on the bounce only, at the top of its body, with the engine's answer", async () => {
    const { browser, visit } = env();
    const tab = await visit(browser.url("gmail", "conversation-bounce-second"));
    await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
    const [badge] = await tab.probe<ProbedBadge[]>("badges()");
    expect(badge?.messageId).toBe("#msg-f:1792638100000000002");
    expect(badge?.firstInBody).toBe(true);
    expect(badge?.title).toBe("Bounce Lens1 recipient did not get your message");
    expect(badge?.cards.map((card) => card.recipient)).toEqual(["kim.lee@example.net"]);
    const [card] = badge?.cards ?? [];
    expect(card?.severity).toMatch(/^(low|medium|high|critical)$/);
    expect(card?.cause).not.toBe("");
    expect(card?.actor).not.toBe("");
    expect(card?.links.length).toBeGreaterThan(0);
    for (const link of card?.links ?? []) expect(link).toMatch(/^https:\/\//);
    expect(badge?.variant).toBe("compact");
  });

  it.each(bouncePages)("%s: a badge naming each failed recipient", async (name, page) => {
    const { browser, visit } = env();
    const showOriginal = name.startsWith("show-original");
    const tab = await visit(browser.url("gmail", name, { showOriginal }));
    const bounces = page.messages.filter((m) => m.looksLikeBounce && m.recipients.length > 0);
    const expected = showOriginal ? [page.rawRecipients ?? []] : bounces.map((m) => m.recipients);
    await tab.probe(`waitForBadges(${expected.length}, ${BADGE_TIMEOUT_MS})`);
    const badges = await tab.probe<ProbedBadge[]>("badges()");
    expect(badges.map((b) => b.cards.map((card) => card.recipient).sort())).toEqual(
      expected.map((recipients) => [...recipients].sort()),
    );
    for (const badge of badges) expect(showOriginal ? badge.beforePre : badge.ready).toBe(true);
  });

  it.each(["ordinary-550", "changed-structure"])("%s: no badge", async (name) => {
    const { browser, visit } = env();
    const tab = await visit(browser.url("gmail", name));
    expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(0);
  });

  it("single-page navigation: pages rendered anew, no duplicate and no stale badge", async () => {
    const { browser, visit } = env();
    const tab = await visit(
      browser.url("gmail", "conversation-bounce-second", { with: ["ordinary-550", "single-address-not-found"] }),
    );
    await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
    await tab.probe(`hashTo("#inbox/FMfcgzQZTMordinary")`);
    await tab.probe(`showTemplate("ordinary-550")`);
    await tab.probe(`waitForBadges(0, ${BADGE_TIMEOUT_MS})`);
    expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(0);
    await tab.probe(`hashTo("#inbox/FMfcgzQZTMbounce")`);
    await tab.probe(`showTemplate("single-address-not-found")`);
    await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
    expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(1);
    const [badge] = await tab.probe<ProbedBadge[]>("badges()");
    expect(badge?.cards.map((card) => card.recipient)).toEqual(["maria.lopez@example.org"]);
  });

  it("a message closed and opened again: its badge goes and comes back once (latency printed)", async () => {
    const { browser, visit } = env();
    const tab = await visit(browser.url("gmail", "conversation-bounce-second"));
    await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
    const samples: number[] = [];
    for (const id of [null, "1792638100000000101", "1792638100000000102", "1792638100000000103", null]) {
      await tab.probe("closeGmailMessage(1)");
      await tab.probe(`waitForBadges(0, ${BADGE_TIMEOUT_MS})`);
      samples.push(
        Math.round(await tab.probe<number>(`reopenGmailMessage(${JSON.stringify(id)}, ${BADGE_TIMEOUT_MS})`)),
      );
    }
    console.log(
      `${browser.name}, Gmail: body to badge ${samples.join(", ")} ms (message seen before, then three new texts, then seen again)`,
    );
    expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(1);
    const [badge] = await tab.probe<ProbedBadge[]>("badges()");
    expect(badge?.messageId).toBe("#msg-f:1792638100000000103");
    // Speed is measured and printed, not asserted (issue 7's benchmark holds the 100 ms target);
    // the ceiling only tells a badge that never comes from a slow one.
    for (const sample of samples) expect(sample).toBeLessThan(LATENCY_CEILING_MS);

    if (await browser.stopBackground(tab)) {
      // The background asleep, as after 30 s idle: first without warning, then after a navigation.
      await tab.probe("closeGmailMessage(1)");
      const cold = Math.round(
        await tab.probe<number>(`reopenGmailMessage("1792638100000000104", ${BADGE_TIMEOUT_MS})`),
      );
      await browser.stopBackground(tab);
      await tab.probe("closeGmailMessage(1)");
      await tab.probe(`hashTo("#inbox/FMfcgzQZTMwarm")`);
      // Gmail fetches the message after the address changes; 150 ms is a fast fetch.
      await new Promise((resolve) => setTimeout(resolve, 150));
      const warmed = Math.round(
        await tab.probe<number>(`reopenGmailMessage("1792638100000000105", ${BADGE_TIMEOUT_MS})`),
      );
      console.log(
        `${browser.name}, Gmail: background stopped: ${cold} ms; stopped, then woken by the navigation: ${warmed} ms`,
      );
      expect(warmed).toBeLessThan(LATENCY_CEILING_MS);
    }
  });

  it("hostile bounce: its markup shows as text, nothing runs, links only to official pages", async () => {
    const { browser, visit } = env();
    await browser.setBadgeStyle("detailed");
    const tab = await visit(browser.url("gmail", "hostile"));
    await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
    const [badge] = await tab.probe<ProbedBadge[]>("badges()");
    expect(badge?.variant).toBe("detailed");
    expect(badge?.cards.map((card) => card.recipient)).toEqual(["lee@example.org"]);
    expect(badge?.cards[0]?.raw).toContain("<img src=x onerror=alert(1)><script>alert(2)</script>");
    // The right-to-left override never acts in the badge, so the reversed text cannot pass for a
    // link: Chromium's innerText keeps it and the card shows its code; Firefox's leaves it out.
    const raw = badge?.cards[0]?.raw ?? "";
    expect(raw).not.toContain("\u202E");
    expect(raw).toContain(
      browser.name === "Chromium"
        ? "help at ⟦U+202E⟧0277/rewsna/liam/moc.elgoog.troppus//:sptth"
        : "help at 0277/rewsna/liam/moc.elgoog.troppus//:sptth",
    );
    expect(badge?.elements.filter((tag) => ["img", "script", "iframe", "object", "embed"].includes(tag))).toEqual([]);
    for (const link of badge?.cards.flatMap((card) => card.links) ?? []) {
      expect(link).toMatch(/^https:\/\//);
      expect(link).not.toContain("account-check.example");
    }
    expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(1);
    expect(tab.incidents.dialogs).toEqual([]);
    await browser.setBadgeStyle("compact");
  });

  it("dark theme: the badge is dark too", async () => {
    const { browser, visit } = env();
    const tab = await visit(browser.url("gmail", "dark-theme"));
    await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
    const [badge] = await tab.probe<ProbedBadge[]>("badges()");
    expect(badge?.theme).toBe("dark");
    expect(badge?.cards.map((card) => card.recipient)).toEqual(GMAIL_PAGES["dark-theme"]?.messages[0]?.recipients);
    const [red, green, blue] = (badge?.background?.match(/\d+/g) ?? []).map(Number);
    expect((red ?? 255) + (green ?? 255) + (blue ?? 255)).toBeLessThan(3 * 80);
  });

  it("message list: a chip on each bounce row, with the severity once its bounce is open", async () => {
    const { browser, visit } = env();
    const tab = await visit(browser.url("gmail", "preview-pane"));
    await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
    const [badge] = await tab.probe<ProbedBadge[]>("badges()");
    expect(badge?.cards.map((card) => card.recipient)).toEqual(["sam.taylor@mail.example.invalid"]);
    const severity = badge?.cards[0]?.severity ?? "";
    await tab.probe(`waitForChips(${JSON.stringify([severity, "unknown", "unknown"])}, ${BADGE_TIMEOUT_MS})`);
    const chips = await tab.probe<ProbedChip[]>("chips()");
    expect(chips.map((chip) => chip.subject)).toEqual(GMAIL_PAGES["preview-pane"]?.bounceRows);
    expect(chips[0]?.title).toBe(`Bounce Lens: ${badge?.cards[0]?.cause}`);
    expect(chips.map((chip) => chip.styled)).toEqual(chips.map(() => true));
    // The chips share one adopted sheet, in Firefox ESR 153 too (older Firefox refused a content script's; see shadow-mount.ts).
    expect(chips.map((chip) => chip.sheet)).toEqual(chips.map(() => "adopted"));
    // Their colours follow the row's through CSS alone: dark words on the light list, light words
    // once it turns dark (a critical chip is solid, the same on any row); readable on both.
    const tinted = (list: ProbedChip[]) => list.filter((chip) => chip.severity !== "critical");
    expect(tinted(chips).length).toBeGreaterThanOrEqual(2);
    for (const chip of chips) expect(chipContrast(chip.colours).ratio, chip.colours.word).toBeGreaterThanOrEqual(4.5);
    for (const chip of tinted(chips)) expect(chipContrast(chip.colours).lightWord, chip.colours.word).toBe(false);
    await tab.probe("darkenList()");
    const dark = await tab.probe<ProbedChip[]>("chips()");
    expect(dark.map((chip) => chip.severity)).toEqual(chips.map((chip) => chip.severity));
    for (const chip of dark) expect(chipContrast(chip.colours).ratio, chip.colours.word).toBeGreaterThanOrEqual(4.5);
    for (const chip of tinted(dark)) expect(chipContrast(chip.colours).lightWord, chip.colours.word).toBe(true);
  });

  it("keyboard: the badge's controls take focus, and their keys do not reach Gmail's shortcuts", async () => {
    const { browser, visit } = env();
    const tab = await visit(browser.url("gmail", "single-address-not-found"));
    await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
    await tab.bringToFront();
    expect(await tab.probe("focusBadgeSummary()")).toBe(true);
    await tab.press("Enter");
    await tab.press("c");
    await tab.press("Tab");
    const focus = await tab.probe<{ inBadge: boolean; focused: string | null; open: boolean; pageKeys: string[] }>(
      "badgeFocus()",
    );
    expect(focus.open).toBe(true);
    expect(focus.inBadge).toBe(true);
    expect(focus.focused).not.toBe("summary");
    expect(focus.pageKeys).toEqual([]);
  });

  it("options: Gmail switched off takes the badges away and adds none; switched on brings them back", async () => {
    const { browser, visit, open, done } = env();
    const tab = await visit(browser.url("gmail", "single-address-not-found"));
    await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
    await browser.setAnnotation("gmail", false);
    await tab.probe(`waitForBadges(0, ${BADGE_TIMEOUT_MS})`);
    const other = await open(browser.url("gmail", "conversation-bounce-second"));
    expect(await other.probe(`settle(${QUIET_MS})`)).toBe(0);
    await browser.setAnnotation("gmail", true);
    await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
    await other.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
    await done(other);
  });

  describe("on a busy page", () => {
    it("does little work per mutation (measured in Chromium, from the content script's own counters)", async () => {
      const { browser, visit } = env();
      const tab = await visit(browser.url("gmail", "preview-pane"));
      await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
      await tab.probe(`settle(200)`);
      const before = await browser.workCosts(tab);
      const rounds = 400;
      // Background tabs get their timers slowed down to a second; the churn needs the tab in front.
      await tab.bringToFront();
      const started = Date.now();
      await tab.probe(`churn(${rounds})`);
      const elapsed = Date.now() - started;
      const after = await browser.workCosts(tab);
      expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(1);
      if (before === null || after === null) {
        console.log(
          `${browser.name}: ${rounds} rounds of page changes in ${elapsed} ms (work counters not readable here)`,
        );
      } else {
        const records = after.records - before.records;
        const callbacks = after.callbacks - before.callbacks;
        const scans = after.scans - before.scans;
        const callbackUs = ((after.callbackMs - before.callbackMs) * 1000) / Math.max(1, records);
        const scanMs = (after.scanMs - before.scanMs) / Math.max(1, scans);
        console.log(
          `${browser.name}, Gmail busy page: ${records} mutation records in ${callbacks} observer callbacks over ${elapsed} ms; ` +
            `observer ${callbackUs.toFixed(2)} µs per record; ${scans} looks (${scanMs.toFixed(2)} ms each, longest ever ${after.longestScanMs.toFixed(1)} ms)`,
        );
        expect(records).toBeGreaterThanOrEqual(rounds);
        // Throttled: far fewer looks than changes.
        expect(scans).toBeLessThan(records / 4);
      }
    });
  });
});
