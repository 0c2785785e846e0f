import { beforeEach, describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { createExplainMenu, EXPLAIN_MENU_ID, onExplainMenuClicked } from "../../src/extension/context-menu";
import { receiveSelection, selectionIdFromHash } from "../../src/extension/selection-handoff";

describe("Explain this bounce (context menu)", () => {
  beforeEach(() => {
    // The fake browser has no context menus: record what is asked of them.
    Object.assign(fakeBrowser.contextMenus, { create: vi.fn(), removeAll: vi.fn().mockResolvedValue(undefined) });
  });

  it("offers the item on selected text only", async () => {
    await createExplainMenu();
    expect(fakeBrowser.contextMenus.removeAll).toHaveBeenCalledBefore(vi.mocked(fakeBrowser.contextMenus.create));
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith({
      id: EXPLAIN_MENU_ID,
      title: "Explain this bounce",
      contexts: ["selection"],
    });
  });

  it("opens the explain page next to the tab, with the selection", async () => {
    const tab = await fakeBrowser.tabs.create({ url: "https://webmail.example.net/inbox" });
    const create = vi.spyOn(fakeBrowser.tabs, "create");
    await onExplainMenuClicked(
      { menuItemId: EXPLAIN_MENU_ID, selectionText: "550 5.7.1 blocked using zen.spamhaus.org", editable: false },
      tab,
    );
    const opened = create.mock.calls[0]?.[0];
    expect(opened).toMatchObject({ index: tab.index + 1, openerTabId: tab.id });
    const id = selectionIdFromHash(new URL(opened?.url ?? "").hash);
    expect(await receiveSelection(id ?? "")).toBe("550 5.7.1 blocked using zen.spamhaus.org");
  });

  it("ignores other items and empty selections", async () => {
    const create = vi.spyOn(fakeBrowser.tabs, "create");
    await onExplainMenuClicked({ menuItemId: "something-else", selectionText: "550", editable: false });
    await onExplainMenuClicked({ menuItemId: EXPLAIN_MENU_ID, selectionText: "   ", editable: false });
    expect(create).not.toHaveBeenCalled();
  });
});
