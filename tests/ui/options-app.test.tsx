import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import { loadSettings } from "../../src/extension/settings";
import { OptionsApp } from "../../src/ui/apps/options-app";

describe("OptionsApp", () => {
  it("shows the stored settings as labelled controls", async () => {
    await fakeBrowser.storage.sync.set({
      settings: { annotate: { gmail: true, outlook: false }, badgeStyle: "detailed" },
    });
    render(<OptionsApp />);
    const gmail = (await screen.findByRole("checkbox", { name: "Gmail" })) as HTMLInputElement;
    expect(gmail.checked).toBe(true);
    expect((screen.getByRole("checkbox", { name: /Outlook on the web/ }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole("radio", { name: /^Detailed/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole("group", { name: "Explain bounces automatically while reading mail in" })).toBeTruthy();
  });

  it("saves each change at once and says so", async () => {
    render(<OptionsApp />);
    fireEvent.click(await screen.findByRole("checkbox", { name: "Gmail" }));
    await waitFor(async () => expect((await loadSettings()).annotate.gmail).toBe(false));
    fireEvent.click(screen.getByRole("radio", { name: /^Detailed/ }));
    await waitFor(async () => expect((await loadSettings()).badgeStyle).toBe("detailed"));
    expect(screen.getByText("Saved.")).toBeTruthy();
  });

  it("follows changes made in another window", async () => {
    render(<OptionsApp />);
    const outlook = (await screen.findByRole("checkbox", { name: /Outlook on the web/ })) as HTMLInputElement;
    await fakeBrowser.storage.sync.set({ settings: { annotate: { outlook: false } } });
    await waitFor(() => expect(outlook.checked).toBe(false));
  });
});
