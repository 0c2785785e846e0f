import { render, screen } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { handOffSelection } from "../../src/extension/selection-handoff";
import { ExplainPageApp } from "../../src/ui/apps/explain-page-app";
import type { Explain } from "../../src/ui/use-explanation";
import { bounceResult, spamhausBlock } from "./fixtures";

describe("ExplainPageApp", () => {
  it("explains the selection handed over by the context menu", async () => {
    const id = await handOffSelection("554 5.7.1 blocked using zen.spamhaus.org");
    const explain = vi.fn<Explain>().mockResolvedValue(bounceResult(spamhausBlock));
    render(<ExplainPageApp explain={explain} selectionId={id} />);
    expect(await screen.findByText("Explaining the text you selected.")).toBeTruthy();
    expect(await screen.findByRole("article", { name: "Your server is on a blocklist" })).toBeTruthy();
    expect(explain).toHaveBeenCalledWith("554 5.7.1 blocked using zen.spamhaus.org");
    // The selection is not written over the popup's own last input.
    expect(await fakeBrowser.storage.session.get("lastInput")).toEqual({});
  });

  it("says when the selection is gone, and offers the empty box", async () => {
    render(<ExplainPageApp explain={vi.fn<Explain>()} selectionId="forgotten" />);
    expect(await screen.findByText(/selected text is no longer available/)).toBeTruthy();
    expect((screen.getByRole("textbox") as HTMLTextAreaElement).value).toBe("");
  });

  it("continues with the popup's input when opened without a selection", async () => {
    await fakeBrowser.storage.session.set({ lastInput: { kind: "text", text: "from the popup" } });
    render(
      <ExplainPageApp explain={vi.fn<Explain>().mockResolvedValue(bounceResult(spamhausBlock))} selectionId={null} />,
    );
    expect(await screen.findByDisplayValue("from the popup")).toBeTruthy();
  });
});
