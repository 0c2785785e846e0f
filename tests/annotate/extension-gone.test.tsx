/**
 * When the extension goes away under an open mailbox (disabled, reloaded, updated, removed), as
 * each browser does it (issue 8): Chromium leaves the old content script running, orphaned, and
 * its context ends only when asked; Firefox ends it without running any of its code and takes
 * its content-script style sheet out of the page, then starts the new copy in the open page.
 * The real-browser side of this is tests/e2e/resilience.e2e.ts. Also: the annotator's cheap
 * question whether the extension is still there (asked of the runtime at most every LIVE_ASK_MS).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { ContentScriptContext } from "wxt/utils/content-script-context";
import { annotateSite, cheapLiveness, LIVE_ASK_MS, onInvalidatedQuietly } from "../../src/annotate/annotate-site";
import { LIVENESS_MS } from "../../src/annotate/page-watch";
import { createShadowMount, removeLeftoverHosts } from "../../src/annotate/shadow-mount";
import { GMAIL, OUTLOOK } from "../../src/annotate/site";
import { BADGE_CSS, CHIP_CSS } from "../../src/annotate/styles";
import { explainBounce } from "../../src/engine/index";
import { badgeHosts, showPage } from "./harness";

vi.mock("../../src/extension/explain-channel", () => ({
  explainInBackground: (text: string) => explainBounce(text),
  warmUpBackground: async () => {},
}));

const contexts: ContentScriptContext[] = [];
const runtime = fakeBrowser.runtime as { id?: string };
const extensionId = runtime.id;

function startContentScript(site = GMAIL): ContentScriptContext {
  const ctx = new ContentScriptContext(`${site.id}-test`);
  contexts.push(ctx);
  void annotateSite(ctx, site);
  return ctx;
}

/** A host as an earlier copy of the script left it: same markup, not made by this copy. */
function leftoverHost(kind: "badge" | "chip"): HTMLElement {
  const host = document.createElement(kind === "badge" ? "bounce-lens-badge" : "bounce-lens-chip");
  host.setAttribute("data-bounce-lens", kind);
  host.attachShadow({ mode: "open" }).append(document.createElement("div"));
  return host;
}

afterEach(() => {
  runtime.id = extensionId;
  for (const ctx of contexts.splice(0)) ctx.abort();
});

describe("the extension gone (Chromium: the content script orphaned, still running)", () => {
  it("takes its badges and chips away by itself, without waiting for the page to change", async () => {
    showPage("gmail", "preview-pane");
    const ctx = startContentScript();
    // The list's chips may come in the tasks after the badge's look (looks are sliced).
    await vi.waitFor(
      () => {
        expect(badgeHosts()).toHaveLength(1);
        expect(document.querySelectorAll('[data-bounce-lens="chip"]')).toHaveLength(3);
      },
      { timeout: 1000, interval: 5 },
    );

    // What Chromium does to an orphaned content script: its extension's id is gone.
    runtime.id = undefined;
    await vi.waitFor(() => expect(document.querySelectorAll("[data-bounce-lens]")).toHaveLength(0), {
      timeout: LIVENESS_MS * 4,
      interval: 10,
    });
    expect(ctx.isValid).toBe(false);
  });

  it("adds nothing once gone, whatever the page does next", async () => {
    showPage("gmail", "single-address-not-found");
    startContentScript();
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(1), { timeout: 1000, interval: 5 });
    runtime.id = undefined;
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(0), { timeout: LIVENESS_MS * 4, interval: 10 });

    // The mailbox shows another bounce: nobody is there to badge it.
    showPage("gmail", "conversation-bounce-second");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(badgeHosts()).toEqual([]);
  });

  it("a clean-up that throws (an extension API of a dead context) reaches neither the page nor the other clean-ups", () => {
    const ctx = new ContentScriptContext("gmail-test");
    contexts.push(ctx);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener("error", onError);
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const after = vi.fn();
    try {
      onInvalidatedQuietly(ctx, () => {
        throw new Error("Extension context invalidated.");
      });
      onInvalidatedQuietly(ctx, after);
      ctx.notifyInvalidated();
    } finally {
      window.removeEventListener("error", onError);
    }
    expect(after).toHaveBeenCalledTimes(1);
    expect(errors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });
});

describe("hosts left by an earlier copy (Firefox: the old script ended without cleaning up)", () => {
  it("removeLeftoverHosts takes out hosts it did not make, and keeps its own", () => {
    showPage("gmail", "preview-pane");
    const body = document.querySelector(".ii.gt") as Element;
    const row = document.querySelector("tr.zA td") as Element;
    body.prepend(leftoverHost("badge"));
    row.prepend(leftoverHost("chip"));
    const own = createShadowMount(document, "badge", BADGE_CSS, new AbortController().signal);
    document.body.append(own.host);

    expect(removeLeftoverHosts(document)).toBe(2);
    expect([...document.querySelectorAll("[data-bounce-lens]")]).toEqual([own.host]);
  });

  it.each([
    ["gmail", GMAIL, "single-address-not-found", ".ii.gt"],
    ["outlook", OUTLOOK, "reading-pane-classic-ndr", '[role="document"]'],
  ] as const)("%s: the new copy clears them, then badges the open bounce once", async (site, annotated, page, body) => {
    showPage(site, page);
    const anchor = document.querySelector(body) as Element;
    const left = leftoverHost("badge");
    if (site === "gmail") anchor.prepend(left);
    else anchor.before(left);
    // One elsewhere too, on no bounce (Outlook reused its reading pane for another message).
    const elsewhere = leftoverHost("badge");
    document.body.append(elsewhere);

    startContentScript(annotated);
    expect(left.isConnected).toBe(false);
    expect(elsewhere.isConnected).toBe(false);
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(1), { timeout: 1000, interval: 5 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.querySelectorAll("[data-bounce-lens]")).toHaveLength(1);
  });
});

describe("visibility tied to the content-script style sheet", () => {
  const source = (name: string) => readFileSync(join(import.meta.dirname, "../../src/annotate", name), "utf8");
  const visibilityCss = source("visibility.css");

  it("badge and chip hosts are hidden by their own styles unless the page-level sheet says otherwise", () => {
    for (const css of [source("badge.css"), source("chip.css")]) {
      const host = /:host\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
      expect(host).toContain("display: var(--bounce-lens-display, none) !important");
      // Nothing else in the host's rule may decide its display.
      expect(host.match(/display/g)).toHaveLength(2);
    }
  });

  it("the sheet shows both kinds of host, by the names and attribute createShadowMount gives them", () => {
    const signal = new AbortController().signal;
    const badge = createShadowMount(document, "badge", BADGE_CSS, signal).host;
    const chip = createShadowMount(document, "chip", CHIP_CSS, signal).host;
    const rules = [...visibilityCss.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selector, body]) => ({
      selector: (selector ?? "").replace(/\/\*[\s\S]*?\*\//g, "").trim(),
      body: body ?? "",
    }));
    const valueFor = (host: Element) =>
      rules.find((rule) => host.matches(rule.selector))?.body.match(/--bounce-lens-display:\s*([^;]+);/)?.[1];
    expect(valueFor(badge)).toBe("block");
    expect(valueFor(chip)).toBe("inline-block");
    // Nothing else: the sheet says nothing about the page's own elements.
    expect(rules).toHaveLength(2);
  });
});

describe("asking whether the extension is still there, cheaply (issue 7)", () => {
  it("asks the runtime at most every LIVE_ASK_MS, and trusts an ended context at once", () => {
    const ctx = new ContentScriptContext("liveness-test");
    let now = 1000;
    const isLive = cheapLiveness(ctx, () => now);
    expect(isLive()).toBe(true);
    runtime.id = undefined;
    // Asked a moment ago: not asked again yet, so the extension's going is not seen yet.
    now += LIVE_ASK_MS / 2;
    expect(isLive()).toBe(true);
    expect(ctx.signal.aborted).toBe(false);
    // An ended context is believed without asking.
    ctx.abort();
    expect(isLive()).toBe(false);
  });

  it("finds the extension gone at the next question", () => {
    const ctx = new ContentScriptContext("liveness-test-2");
    let now = 1000;
    const isLive = cheapLiveness(ctx, () => now);
    expect(isLive()).toBe(true);
    runtime.id = undefined;
    now += LIVE_ASK_MS;
    expect(isLive()).toBe(false);
    // Ended: no question needed any more.
    runtime.id = extensionId;
    now += 1;
    expect(isLive()).toBe(false);
  });
});
