import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { PopupApp } from "../../src/ui/apps/popup-app";
import type { Explain } from "../../src/ui/use-explanation";
import { bounceResult, failure } from "./fixtures";

describe("PopupApp", () => {
  it("brings back the last input and explains it at once", async () => {
    await fakeBrowser.storage.session.set({ lastInput: { kind: "text", text: "550 5.1.1 kept" } });
    const explain = vi.fn<Explain>().mockResolvedValue(bounceResult(failure()));
    render(<PopupApp explain={explain} />);
    expect(await screen.findByRole("article")).toBeTruthy();
    expect((screen.getByRole("textbox") as HTMLTextAreaElement).value).toBe("550 5.1.1 kept");
    expect(explain).toHaveBeenCalledWith("550 5.1.1 kept");
  });

  it("keeps what is typed for the next time the popup opens, and puts the focus in the box", async () => {
    render(<PopupApp explain={vi.fn<Explain>().mockResolvedValue(bounceResult(failure()))} />);
    const box = (await screen.findByRole("textbox")) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(box));
    box.value = "421 4.7.0 try again later";
    fireEvent.input(box);
    await waitFor(async () =>
      expect(await fakeBrowser.storage.session.get("lastInput")).toEqual({
        lastInput: { kind: "text", text: "421 4.7.0 try again later" },
      }),
    );
  });

  it("has a first-level heading and buttons to open a tab and the options", async () => {
    render(<PopupApp explain={vi.fn<Explain>()} />);
    expect(screen.getByRole("heading", { level: 1, name: "Bounce Lens" })).toBeTruthy();
    const openOptionsPage = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser.runtime, { openOptionsPage });
    const close = vi.spyOn(window, "close").mockImplementation(() => {});
    fireEvent.click(screen.getByRole("button", { name: "Options" }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(openOptionsPage).toHaveBeenCalled();
    const create = vi.spyOn(fakeBrowser.tabs, "create");
    fireEvent.click(screen.getByRole("button", { name: "Open in a tab" }));
    await waitFor(() =>
      expect(create).toHaveBeenCalledWith({ url: "chrome-extension://test-extension-id/explain.html" }),
    );
  });
});
