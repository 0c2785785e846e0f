import { describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { type HandOffApi, handOffLikeTheBackground } from "../../scripts/e2e/simulate-menu-click";
import { receiveSelection, selectionIdFromHash } from "../../src/extension/selection-handoff";

describe("the end-to-end tests' stand-in for a context-menu click", () => {
  it("stores the selection the way the explain page reads it", async () => {
    const create = vi.spyOn(fakeBrowser.tabs, "create");
    const url = await handOffLikeTheBackground(fakeBrowser as unknown as HandOffApi, "550 5.1.1 unknown");
    expect(create).toHaveBeenCalledWith({ url });
    expect(await receiveSelection(selectionIdFromHash(new URL(url).hash) ?? "")).toBe("550 5.1.1 unknown");
  });
});
