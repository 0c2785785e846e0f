import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Browser } from "wxt/browser";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { createExplainMenu, EXPLAIN_MENU_ID, onExplainMenuClicked } from "../../src/extension/context-menu";
import { receiveSelection, selectionIdFromHash } from "../../src/extension/selection-handoff";

/** A bounce with two recipients as the page has it, and as Chromium's menu hands it over. */
const ON_THE_PAGE =
  "Delivery has failed to these recipients or groups:\n\ntom@example.net\nNot found.\n\nsales@example.net\nMailbox full.";
const FLATTENED = ON_THE_PAGE.replace(/\n/g, " ");

/** Clicks the item on a selection in `tab` and returns what the opened explain page receives. */
async function explainedAfterClick(info: { selectionText?: string; frameId?: number }, tab?: { id?: number }) {
  const create = vi.spyOn(fakeBrowser.tabs, "create");
  await onExplainMenuClicked({ menuItemId: EXPLAIN_MENU_ID, editable: false, ...info }, tab as Browser.tabs.Tab);
  const url = create.mock.calls.at(-1)?.[0]?.url;
  return url === undefined ? undefined : receiveSelection(selectionIdFromHash(new URL(url).hash) ?? "");
}

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

describe("Explain this bounce reads the selection from the page", () => {
  /** The fake browser has no scripting: `answer` stands in for the browser's injection into the page. */
  const pageAnswers = (answer: () => unknown) =>
    vi.spyOn(fakeBrowser.scripting, "executeScript").mockImplementation(answer as never);

  afterEach(() => {
    vi.useRealTimers();
  });

  it("uses the page's selection, line breaks and all, from the frame it was made in", async () => {
    const inject = pageAnswers(async () => [{ frameId: 3, documentId: "d", result: ON_THE_PAGE }]);
    expect(await explainedAfterClick({ selectionText: FLATTENED, frameId: 3 }, { id: 7 })).toBe(ON_THE_PAGE);
    expect(inject).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 7, frameIds: [3] }, injectImmediately: true }),
    );
  });

  it("reads the top frame when the click names none", async () => {
    const inject = pageAnswers(async () => [{ frameId: 0, documentId: "d", result: ON_THE_PAGE }]);
    await explainedAfterClick({ selectionText: FLATTENED }, { id: 7 });
    expect(inject).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7, frameIds: [0] } }));
  });

  it("injects a function that returns the selected text and nothing else", async () => {
    const inject = pageAnswers(async () => []);
    await explainedAfterClick({ selectionText: FLATTENED }, { id: 7 });
    const func = (inject.mock.lastCall?.[0] as unknown as { func: () => unknown } | undefined)?.func ?? (() => null);
    document.body.append(Object.assign(document.createElement("p"), { textContent: "before" }));
    const bounce = Object.assign(document.createElement("pre"), { textContent: ON_THE_PAGE });
    document.body.append(bounce);
    getSelection()?.selectAllChildren(bounce);
    expect(func()).toBe(ON_THE_PAGE);
    getSelection()?.removeAllRanges();
    expect(func()).toBe("");
  });

  it.each([
    ["the page refuses the script (a browser page, a store, a PDF)", () => Promise.reject(new Error("Cannot access"))],
    ["the selection is gone or in a text field", () => Promise.resolve([{ frameId: 0, documentId: "d", result: "" }])],
    ["only blank text is selected", () => Promise.resolve([{ frameId: 0, documentId: "d", result: " \n " }])],
    ["the frame answered with an error (Firefox)", () => Promise.resolve([{ frameId: 0, error: new Error("x") }])],
    ["no frame answered", () => Promise.resolve([])],
  ])("falls back to the menu's text when %s", async (_case, answer) => {
    pageAnswers(answer);
    expect(await explainedAfterClick({ selectionText: FLATTENED }, { id: 7 })).toBe(FLATTENED);
  });

  it("falls back without throwing when the scripting call itself throws", async () => {
    pageAnswers(() => {
      throw new Error("Missing host permission for the tab");
    });
    expect(await explainedAfterClick({ selectionText: FLATTENED }, { id: 7 })).toBe(FLATTENED);
  });

  it("does not try to read a page when the click came from no tab", async () => {
    const inject = pageAnswers(async () => [{ frameId: 0, documentId: "d", result: ON_THE_PAGE }]);
    expect(await explainedAfterClick({ selectionText: FLATTENED })).toBe(FLATTENED);
    expect(await explainedAfterClick({ selectionText: FLATTENED }, { id: -1 })).toBe(FLATTENED);
    expect(inject).not.toHaveBeenCalled();
  });

  it("does not wait for a page that never answers", async () => {
    vi.useFakeTimers();
    pageAnswers(() => new Promise(() => {}));
    const explained = explainedAfterClick({ selectionText: FLATTENED }, { id: 7 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(await explained).toBe(FLATTENED);
  });
});
