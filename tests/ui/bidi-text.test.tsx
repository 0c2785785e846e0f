import { render, screen } from "@testing-library/preact";
import { describe, expect, it } from "vitest";
import type { ExplainResult } from "../../src/engine/types";
import { isolatedText, revealBidiControls } from "../../src/ui/bidi-text";
import { FailureCard } from "../../src/ui/components/failure-card";
import { ResultView } from "../../src/ui/components/result-view";
import { summaryText } from "../../src/ui/summary-text";
import { autoReplyResult, deliveredResult, failure, feedbackResult } from "./fixtures";

/** "bob@" then an override that makes "moc.liamg" display as "gmail.com". */
const SPOOFED = "bob@\u202Emoc.liamg";
const HEBREW_REPLY =
  "550 5.1.1 \u05EA\u05D9\u05D1\u05EA \u05D4\u05D3\u05D5\u05D0\u05E8 \u05D0\u05D9\u05E0\u05D4 \u05E7\u05D9\u05D9\u05DE\u05EA";

describe("bounce text with bidirectional controls", () => {
  it("shows every reordering control as its code and leaves other text alone", () => {
    expect(revealBidiControls(SPOOFED)).toBe("bob@⟦U+202E⟧moc.liamg");
    expect(revealBidiControls("a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069")).toBe(
      "a⟦U+202A⟧b⟦U+202B⟧c⟦U+202C⟧d⟦U+202D⟧e⟦U+2066⟧f⟦U+2067⟧g⟦U+2068⟧h⟦U+2069⟧",
    );
    // Right-to-left letters and the single-character marks are legitimate text, kept as they are.
    expect(revealBidiControls(HEBREW_REPLY)).toBe(HEBREW_REPLY);
    expect(revealBidiControls("a\u200Fb\u200Ec\u061C")).toBe("a\u200Fb\u200Ec\u061C");
  });

  it("wraps a string for a sentence of ours in an isolate of its own", () => {
    expect(isolatedText(SPOOFED)).toBe("\u2068bob@⟦U+202E⟧moc.liamg\u2069");
  });

  it("isolates the recipient, the suggestion and the remote server in the card, controls shown", () => {
    render(
      <FailureCard
        failure={failure({ recipient: SPOOFED, suggestion: "x@\u202Eevil", remoteMta: "\u202Bmx.example" })}
      />,
    );
    const card = screen.getByRole("article");
    const isolated = [...card.querySelectorAll("bdi")].map((element) => element.textContent);
    expect(isolated).toEqual(["bob@⟦U+202E⟧moc.liamg", "x@⟦U+202E⟧evil", "⟦U+202B⟧mx.example"]);
    expect(card.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it("gives the raw reply its own direction, so a right-to-left reply reads right to left", () => {
    render(<FailureCard failure={failure({ diagnostic: `${HEBREW_REPLY}\u202E` })} />);
    const pre = screen.getByRole("article").querySelector(".bl-raw pre");
    expect(pre?.getAttribute("dir")).toBe("auto");
    expect(pre?.textContent).toBe(`${HEBREW_REPLY}⟦U+202E⟧`);
  });

  it("copies the summary with the controls shown, so the pasted text cannot be reordered", () => {
    const copied = summaryText(failure({ recipient: SPOOFED, diagnostic: `550 ${SPOOFED}` }));
    expect(copied).toContain("An email did not reach bob@⟦U+202E⟧moc.liamg.");
    expect(copied).toContain("550 bob@⟦U+202E⟧moc.liamg");
    expect(copied).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it("isolates addresses named in a complaint report, a delivery notice and an auto-reply", () => {
    const results = [
      { ...feedbackResult, feedback: { ...feedbackResult.feedback, recipient: SPOOFED, recipients: [SPOOFED] } },
      { ...deliveredResult, deliveredTo: [SPOOFED] },
      { ...autoReplyResult, autoReply: { from: SPOOFED, subject: "Away" } },
    ] as ExplainResult[];
    for (const result of results) {
      const { container, unmount } = render(<ResultView result={result} />);
      expect(container.textContent).toContain("\u2068bob@⟦U+202E⟧moc.liamg\u2069");
      unmount();
    }
  });
});
