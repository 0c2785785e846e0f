import { render, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import { ResultView } from "../../src/ui/components/result-view";
import {
  authFailure,
  autoReplyResult,
  bounceResult,
  delayResult,
  deliveredResult,
  errorResult,
  failure,
  feedbackResult,
  mailboxFull,
  notBounceResult,
  spamhausBlock,
} from "./fixtures";

/** The result's own live region (each card also has one, for its copy button). */
const liveRegion = () => document.querySelector(".bl-result > [role=status]") as HTMLElement;

describe("ResultView", () => {
  it("says there is nothing yet when there is no input, with the live region already in place", () => {
    render(<ResultView result={null} />);
    expect(screen.getByText("Nothing to explain yet.")).toBeTruthy();
    expect(liveRegion().getAttribute("aria-live")).toBe("polite");
    expect(liveRegion().textContent).toBe("");
  });

  it("shows one card per recipient, most severe first, and announces the count and worst severity", () => {
    render(<ResultView result={bounceResult(failure(), spamhausBlock, mailboxFull, authFailure)} />);
    expect(screen.getByRole("heading", { level: 2, name: "4 recipients did not get your message" })).toBeTruthy();
    const titles = screen.getAllByRole("article").map((card) => card.querySelector("h3")?.textContent);
    expect(titles).toEqual([
      "Your server is on a blocklist",
      "Your domain's authentication (SPF, DKIM, DMARC) failed",
      "The recipient's mailbox is full",
      "The address does not exist",
    ]);
    expect(liveRegion().textContent).toBe("4 recipients did not get your message Most severe: Critical.");
  });

  it("says 1 recipient in the singular", () => {
    render(<ResultView result={bounceResult(failure())} />);
    expect(screen.getByRole("heading", { name: "1 recipient did not get your message" })).toBeTruthy();
  });

  it("tells a delay from a bounce", () => {
    render(<ResultView result={delayResult} />);
    expect(screen.getByRole("heading", { name: "Delivery is delayed, not failed" })).toBeTruthy();
    expect(screen.getAllByRole("article")).toHaveLength(1);
  });

  it("says what an input is when it is not a bounce", () => {
    const { rerender } = render(<ResultView result={notBounceResult} />);
    expect(screen.getByRole("heading", { name: "This does not look like a bounce" })).toBeTruthy();
    expect(liveRegion().textContent).toBe("This does not look like a bounce");

    rerender(<ResultView result={autoReplyResult} />);
    expect(screen.getByRole("heading", { name: "This is an automatic reply, not a bounce" })).toBeTruthy();
    expect(screen.getByText("Replied automatically: \u2068alice@example.com\u2069")).toBeTruthy();

    rerender(<ResultView result={feedbackResult} />);
    expect(screen.getByRole("heading", { name: "This is a complaint report, not a bounce" })).toBeTruthy();
    expect(screen.getByText("Complaint about: \u2068frank@example.com\u2069")).toBeTruthy();
    expect(screen.getByText("Report type: \u2068abuse\u2069")).toBeTruthy();

    rerender(<ResultView result={deliveredResult} />);
    expect(screen.getByRole("heading", { name: "This is a delivery notice, not a bounce" })).toBeTruthy();
    expect(screen.getByText("Delivered to: \u2068gina@example.com\u2069, \u2068hal@example.com\u2069")).toBeTruthy();
    expect(screen.queryByRole("article")).toBeNull();
  });

  it("shows the engine's message when the input could not be read", () => {
    render(<ResultView result={errorResult} />);
    expect(screen.getByRole("heading", { name: "This could not be read" })).toBeTruthy();
    expect(screen.getByText("The input could not be read: bad bytes")).toBeTruthy();
  });

  it("says when only the beginning of a long input was read", () => {
    render(<ResultView result={{ ...bounceResult(failure()), truncated: true }} />);
    expect(screen.getByText("This message is long: only its first part was read.")).toBeTruthy();
  });

  it("passes the compact variant down to the cards", () => {
    render(<ResultView result={bounceResult(failure())} variant="compact" />);
    expect(screen.getByText("Details").tagName).toBe("SUMMARY");
  });
});
