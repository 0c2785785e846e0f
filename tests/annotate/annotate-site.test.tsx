/**
 * The content script's whole run, with WXT's real ContentScriptContext and fake browser: it
 * follows the page by itself (observer, throttle), follows the options, and leaves nothing behind
 * when its context ends (an extension update, reload or disable).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { ContentScriptContext } from "wxt/utils/content-script-context";
import { annotateSite, WORK_COSTS_GLOBAL } from "../../src/annotate/annotate-site";
import { GMAIL, OUTLOOK } from "../../src/annotate/site";
import type { WorkCosts } from "../../src/annotate/work-costs";
import { explainBounce } from "../../src/engine/index";
import { saveSettings } from "../../src/extension/settings";
import { gmailAdapter } from "../../src/webmail/gmail/adapter";
import { badgeHosts, showPage } from "./harness";

// The background's part, in the same process: the engine reads what the content script sends.
const { warmUpBackground } = vi.hoisted(() => ({ warmUpBackground: vi.fn(async () => {}) }));
vi.mock("../../src/extension/explain-channel", () => ({
  explainInBackground: (text: string) => explainBounce(text),
  warmUpBackground,
}));

const contexts: ContentScriptContext[] = [];

function startContentScript(site = GMAIL): ContentScriptContext {
  const ctx = new ContentScriptContext(`${site.id}-test`);
  contexts.push(ctx);
  void annotateSite(ctx, site);
  return ctx;
}

const costs = () => (globalThis as unknown as Record<string, WorkCosts>)[WORK_COSTS_GLOBAL] as WorkCosts;

afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort();
});

describe("the content script", () => {
  it("badges the bounce already on the page, and one that opens later", async () => {
    showPage("gmail", "conversation-bounce-second");
    const bounce = gmailAdapter.findMessages(document)[1]?.element as Element;
    const list = bounce.closest('[role="list"]') as Element;
    const item = bounce.closest('[role="listitem"]') as Element;
    item.remove();
    startContentScript();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(badgeHosts()).toEqual([]);

    list.append(item);
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(1), { timeout: 1000, interval: 5 });
    expect(badgeHosts()[0]?.closest('[role="listitem"]')).toBe(item);
  });

  it("is not set off by its own badges: the page settles after one look", async () => {
    showPage("gmail", "single-address-not-found");
    startContentScript();
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(1), { timeout: 1000, interval: 5 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const looks = costs().scans;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(costs().scans).toBe(looks);
    expect(costs().callbacks).toBeGreaterThan(0);
  });

  it("follows the options: a site switched off loses its badges, switched on gets them back", async () => {
    showPage("gmail", "single-address-not-found");
    startContentScript();
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(1), { timeout: 1000, interval: 5 });

    await saveSettings({ annotate: { gmail: false } });
    await vi.waitFor(() => expect(badgeHosts()).toEqual([]), { timeout: 1000, interval: 5 });
    // Switched off, it no longer watches the page.
    const looks = costs().scans;
    document.body.append(document.createElement("div"));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(costs().scans).toBe(looks);

    await saveSettings({ annotate: { gmail: true }, badgeStyle: "detailed" });
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(1), { timeout: 1000, interval: 5 });
    expect(badgeHosts()[0]?.shadowRoot?.querySelector(".bl-badge")?.getAttribute("data-variant")).toBe("detailed");
  });

  it("switching off one site leaves the other alone", async () => {
    await saveSettings({ annotate: { gmail: false } });
    showPage("outlook", "reading-pane-classic-ndr");
    startContentScript(OUTLOOK);
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(1), { timeout: 1000, interval: 5 });
  });

  it("does nothing on a page whose site is switched off from the start", async () => {
    await saveSettings({ annotate: { gmail: false } });
    showPage("gmail", "single-address-not-found");
    startContentScript();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(badgeHosts()).toEqual([]);
  });

  it("leaves nothing behind when its context ends", async () => {
    showPage("gmail", "preview-pane");
    const ctx = startContentScript();
    // The list's chips may come in the tasks after the badge's look (looks are sliced).
    await vi.waitFor(
      () => {
        expect(badgeHosts()).toHaveLength(1);
        expect(document.querySelectorAll('[data-bounce-lens="chip"]').length).toBe(3);
      },
      { timeout: 1000, interval: 5 },
    );
    ctx.notifyInvalidated();
    expect(document.querySelectorAll("[data-bounce-lens]")).toHaveLength(0);
    // Nothing watches any more, and a change to the options starts nothing.
    const looks = costs().scans;
    document.body.append(document.createElement("div"));
    await saveSettings({ badgeStyle: "detailed" });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(costs().scans).toBe(looks);
    expect(document.querySelectorAll("[data-bounce-lens]")).toHaveLength(0);
  });

  it("a newer copy of the script takes over from the older one without a second badge", async () => {
    showPage("gmail", "single-address-not-found");
    startContentScript();
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(1), { timeout: 1000, interval: 5 });
    // WXT's context tells the older copy to stop when a new one starts (an extension update).
    startContentScript();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(badgeHosts()).toHaveLength(1);
  });

  it("wakes the background when the mailbox opens and when its address changes, not when switched off", async () => {
    warmUpBackground.mockClear();
    showPage("gmail", "ordinary-550");
    startContentScript();
    await vi.waitFor(() => expect(warmUpBackground).toHaveBeenCalledTimes(1), { timeout: 1000, interval: 5 });
    history.pushState(null, "", "#inbox/FMfcgzQZTMopened");
    // Without the Navigation API, WXT notices an address change within a second.
    await vi.waitFor(() => expect(warmUpBackground).toHaveBeenCalledTimes(2), { timeout: 2500, interval: 20 });
    await saveSettings({ annotate: { gmail: false } });
    history.pushState(null, "", "#inbox/FMfcgzQZTMother");
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(warmUpBackground).toHaveBeenCalledTimes(2);
  });

  it("throws nothing into the page when the options cannot be read", async () => {
    vi.spyOn(fakeBrowser.storage.sync, "get").mockRejectedValue(new Error("storage gone"));
    showPage("gmail", "single-address-not-found");
    const ctx = new ContentScriptContext("gmail-test");
    contexts.push(ctx);
    await expect(annotateSite(ctx, GMAIL)).resolves.toBeUndefined();
    expect(badgeHosts()).toEqual([]);
  });
});
