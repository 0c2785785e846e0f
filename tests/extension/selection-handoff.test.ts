import { describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import {
  explainPageUrl,
  handOffSelection,
  MAX_SELECTION_CHARS,
  receiveSelection,
  selectionIdFromHash,
} from "../../src/extension/selection-handoff";

describe("selection hand-off", () => {
  it("hands a selection to the explain page through session storage, not the URL", async () => {
    const id = await handOffSelection("550 5.1.1 <bob@example.com> User unknown");
    const url = explainPageUrl(id);
    expect(url).toMatch(/\/explain\.html#[0-9a-f-]{36}$/);
    expect(url).not.toContain("bob");
    expect(selectionIdFromHash(new URL(url).hash)).toBe(id);
    expect(await receiveSelection(id)).toBe("550 5.1.1 <bob@example.com> User unknown");
    expect(Object.keys(await fakeBrowser.storage.session.get())).toEqual(["selections"]);
  });

  it("answers null for an id the browser has forgotten", async () => {
    expect(await receiveSelection("not-there")).toBeNull();
    expect(await receiveSelection("__proto__")).toBeNull();
    expect(selectionIdFromHash("")).toBeNull();
  });

  it("keeps the five latest selections only", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await handOffSelection(`text ${i}`, 1000 + i));
    expect(await receiveSelection(ids[0] as string)).toBeNull();
    expect(await receiveSelection(ids[1] as string)).toBeNull();
    expect(await receiveSelection(ids[2] as string)).toBe("text 2");
    expect(await receiveSelection(ids[6] as string)).toBe("text 6");
  });

  it("cuts a selection longer than the engine reads", async () => {
    const id = await handOffSelection("y".repeat(MAX_SELECTION_CHARS + 10));
    expect((await receiveSelection(id))?.length).toBe(MAX_SELECTION_CHARS);
  });
});
