/**
 * Our hosts' style sheets (issue 7): one constructed sheet per kind, adopted by every shadow root,
 * and a `<style>` per root where adopting fails (older Firefox refused it from content scripts).
 */
import { afterEach, describe, expect, it, vi } from "vitest";

/** Style texts of their own: the bundled sheets are empty strings under Vitest (their CSS is not loaded). */
const CHIP_CSS = ".bl-chip { border-radius: 999px; }";
const BADGE_CSS = ".bl-card { padding: 8px; }";

/** A fresh copy of the module: it remembers, per style text, whether adopting worked. */
async function freshShadowMount() {
  vi.resetModules();
  return import("../../src/annotate/shadow-mount");
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a host's style sheet", () => {
  it("is one shared constructed sheet per kind, adopted by each shadow root, with no <style>", async () => {
    const { createShadowMount } = await freshShadowMount();
    const signal = new AbortController().signal;
    const [first, second] = [
      createShadowMount(document, "chip", CHIP_CSS, signal),
      createShadowMount(document, "chip", CHIP_CSS, signal),
    ];
    const badge = createShadowMount(document, "badge", BADGE_CSS, signal);
    const sheetOf = (host: HTMLElement) => host.shadowRoot?.adoptedStyleSheets ?? [];
    expect(sheetOf(first.host)).toHaveLength(1);
    expect(sheetOf(second.host)[0]).toBe(sheetOf(first.host)[0]);
    expect(sheetOf(badge.host)).toHaveLength(1);
    expect(sheetOf(badge.host)[0]).not.toBe(sheetOf(first.host)[0]);
    for (const mount of [first, second, badge]) expect(mount.host.shadowRoot?.querySelector("style")).toBeNull();
    const rules = [...(sheetOf(first.host)[0]?.cssRules ?? [])].map((rule) => rule.cssText).join("\n");
    expect(rules).toContain(".bl-chip");
  });

  it("is a <style> with the same text in each root where adopting fails, and adopting is not tried again", async () => {
    const { createShadowMount } = await freshShadowMount();
    const adopt = vi.spyOn(ShadowRoot.prototype, "adoptedStyleSheets", "set").mockImplementation(() => {
      throw new Error("Accessing from Xray wrapper is not supported.");
    });
    const signal = new AbortController().signal;
    const first = createShadowMount(document, "chip", CHIP_CSS, signal);
    const second = createShadowMount(document, "chip", CHIP_CSS, signal);
    for (const mount of [first, second]) {
      const styles = mount.host.shadowRoot?.querySelectorAll("style") ?? [];
      expect(styles).toHaveLength(1);
      expect(styles[0]?.textContent).toBe(CHIP_CSS);
      expect(mount.host.shadowRoot?.adoptedStyleSheets).toHaveLength(0);
      // The container still comes after the style, where the component renders.
      expect(mount.host.shadowRoot?.lastElementChild).toBe(mount.container);
    }
    expect(adopt).toHaveBeenCalledTimes(1);
  });
});
