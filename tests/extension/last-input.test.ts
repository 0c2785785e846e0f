import { describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { loadLastInput, saveLastInput } from "../../src/extension/last-input";

describe("last input", () => {
  it("keeps text in session storage, which the browser clears when it quits", async () => {
    await saveLastInput({ kind: "text", text: "550 5.1.1" });
    expect(await fakeBrowser.storage.session.get("lastInput")).toEqual({
      lastInput: { kind: "text", text: "550 5.1.1" },
    });
    expect(await loadLastInput()).toEqual({ kind: "text", text: "550 5.1.1" });
    expect(await fakeBrowser.storage.local.get()).toEqual({});
  });

  it("keeps a file's bytes exactly, whatever they are", async () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    await saveLastInput({ kind: "file", name: "b.eml", size: 90_000, bytes });
    const loaded = await loadLastInput();
    expect(loaded?.kind === "file" && [loaded.name, loaded.size, Array.from(loaded.bytes)]).toEqual([
      "b.eml",
      90_000,
      Array.from(bytes),
    ]);
  });

  it("forgets an emptied input", async () => {
    await saveLastInput({ kind: "text", text: "x" });
    await saveLastInput({ kind: "text", text: "" });
    expect(await loadLastInput()).toBeNull();
    await saveLastInput({ kind: "text", text: "x" });
    await saveLastInput(null);
    expect(await loadLastInput()).toBeNull();
  });
});
