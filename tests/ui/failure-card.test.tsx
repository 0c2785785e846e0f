import { fireEvent, render, screen, within } from "@testing-library/preact";
import { describe, expect, it, vi } from "vitest";
import { FailureCard } from "../../src/ui/components/failure-card";
import { failure, HOSTILE_TEXT, spamhausBlock } from "./fixtures";

describe("FailureCard", () => {
  it("names the cause, the severity in words, the recipient and who acts", () => {
    render(<FailureCard failure={failure()} />);
    const card = screen.getByRole("article", { name: "The address does not exist" });
    expect(within(card).getByText("Low")).toBeTruthy();
    expect(card.querySelector(".bl-chip")?.textContent).toBe("Severity: Low");
    expect(within(card).getByText("bob@gmial.com")).toBeTruthy();
    expect(card.textContent).toContain("Who acts: You, the sender");
  });

  it("lists the steps in order, the provider, the codes and the suggested address", () => {
    render(<FailureCard failure={failure()} />);
    const steps = within(screen.getByRole("list", { name: "What to do" }));
    expect(steps.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "Check the address for a typo.",
      "Ask the recipient for a current address.",
    ]);
    expect(screen.getByText("Google (Gmail)")).toBeTruthy();
    expect(screen.getByText("550 5.1.1")).toBeTruthy();
    expect(screen.getByText("bob@gmail.com").closest("dd")?.previousElementSibling?.textContent).toBe("Did you mean");
  });

  it("opens official links in a new tab without giving them a handle on the page", () => {
    render(<FailureCard failure={failure()} />);
    const link = screen.getByRole("link", { name: /Gmail SMTP error reference/ });
    expect(link.getAttribute("href")).toBe("https://support.google.com/a/answer/3726730");
    expect(link.getAttribute("target")).toBe("_blank");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(link.textContent).toContain("(opens in a new tab)");
  });

  it("links the blocklist to its lookup page", () => {
    render(<FailureCard failure={spamhausBlock} />);
    expect(screen.getByText("Critical")).toBeTruthy();
    const listed = screen.getByText("Spamhaus ZEN").closest("a");
    expect(listed?.getAttribute("href")).toBe("https://check.spamhaus.org/");
    expect(screen.getByText("Your IT team or email service")).toBeTruthy();
  });

  it("keeps the raw diagnostic in a closed disclosure", () => {
    render(<FailureCard failure={failure()} />);
    const raw = screen.getByText("Server’s reply, as written").closest("details");
    expect(raw?.open).toBe(false);
    expect(raw?.querySelector("pre")?.textContent).toContain("550-5.1.1 The email account");
  });

  it("shows only the headline in the compact variant, the rest behind Details", () => {
    render(<FailureCard failure={failure()} variant="compact" />);
    const more = screen.getByText("Details").closest("details");
    expect(more?.open).toBe(false);
    expect(more?.textContent).toContain("Check the address for a typo.");
    expect(screen.getByRole("heading", { name: "The address does not exist" }).closest("details")).toBeNull();
  });

  it("renders bounce text as text: markup in it creates no element", () => {
    render(
      <FailureCard
        failure={failure({ recipient: HOSTILE_TEXT, diagnostic: HOSTILE_TEXT, reasonLabel: HOSTILE_TEXT })}
      />,
    );
    expect(document.querySelector("img, script")).toBeNull();
    expect(screen.getByRole("article").textContent).toContain("<img src=x onerror=");
  });

  it("never turns a non-web address into a link", () => {
    const links = [
      { title: "Script", url: "javascript:alert(1)" },
      { title: "Data", url: "data:text/html,<b>x</b>" },
      { title: "Fine", url: "https://example.com/help" },
    ];
    render(<FailureCard failure={failure({ links })} />);
    expect(screen.getAllByRole("link").map((link) => link.getAttribute("href"))).toEqual(["https://example.com/help"]);
  });

  it("uses the heading level it is given, to fit the page around it", () => {
    render(<FailureCard failure={failure()} headingLevel={4} />);
    expect(screen.getByRole("heading", { level: 4, name: "The address does not exist" })).toBeTruthy();
  });

  it("copies a plain-text summary and says so", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<FailureCard failure={failure()} />);
    fireEvent.click(screen.getByRole("button", { name: "Copy summary" }));
    expect(await screen.findByText("Summary copied to the clipboard.")).toBeTruthy();
    const copied = writeText.mock.calls[0]?.[0] as string;
    expect(copied).toContain("An email did not reach bob@gmial.com.");
    expect(copied).toContain("1. Check the address for a typo.");
  });

  it("says when the clipboard refuses", async () => {
    const writeText = vi.fn().mockRejectedValue(new DOMException("denied", "NotAllowedError"));
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<FailureCard failure={failure()} />);
    fireEvent.click(screen.getByRole("button", { name: "Copy summary" }));
    expect(await screen.findByText(/clipboard is not available/)).toBeTruthy();
  });
});
