import { describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normalizeSettings,
  saveSettings,
  watchSettings,
} from "../../src/extension/settings";

describe("settings", () => {
  it("starts with every site on and compact badges", async () => {
    expect(await loadSettings()).toEqual({ annotate: { gmail: true, outlook: true }, badgeStyle: "compact" });
  });

  it("saves a change in storage.sync and keeps what the change leaves out", async () => {
    await saveSettings({ annotate: { outlook: false } });
    const saved = await saveSettings({ badgeStyle: "detailed" });
    expect(saved).toEqual({ annotate: { gmail: true, outlook: false }, badgeStyle: "detailed" });
    expect(await fakeBrowser.storage.sync.get("settings")).toEqual({ settings: saved });
    expect(await loadSettings()).toEqual(saved);
  });

  it("reads whatever is stored, however old or broken, as complete settings", () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings("yes")).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ annotate: { gmail: false } })).toEqual({
      annotate: { gmail: false, outlook: true },
      badgeStyle: "compact",
    });
    expect(normalizeSettings({ annotate: { gmail: "no", yahoo: true }, badgeStyle: "huge" })).toEqual(DEFAULT_SETTINGS);
  });

  it("tells watchers about changes made elsewhere", async () => {
    const onChange = vi.fn();
    const unwatch = watchSettings(onChange);
    await fakeBrowser.storage.sync.set({ settings: { annotate: { gmail: false }, badgeStyle: "detailed" } });
    expect(onChange).toHaveBeenLastCalledWith({ annotate: { gmail: false, outlook: true }, badgeStyle: "detailed" });
    unwatch();
  });
});
