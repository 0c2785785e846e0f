import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEntities, htmlToText } from "../../../src/engine/message/html-to-text";

describe("htmlToText", () => {
  it("keeps text, breaks lines at block elements and drops tags", () => {
    const html = "<h2>Address not found</h2><p>Your message wasn't delivered to <b>bob@example.com</b>.</p>";
    expect(htmlToText(html)).toBe("Address not found\n\nYour message wasn't delivered to bob@example.com.");
  });
  it("drops scripts, styles and comments", () => {
    const html = "<style>p{color:red}</style><script>alert(1)</script><!-- hidden --><p>shown</p>";
    expect(htmlToText(html)).toBe("shown");
  });
  it("decodes character references", () => {
    expect(decodeEntities("&lt;a@b.example&gt; &amp; &#39;x&#x27; &nbsp;")).toBe(
      "<a@b.example> & 'x' \u00a0".replace("\u00a0", " "),
    );
    expect(decodeEntities("&unknown; &#0; &#99999999;")).toBe("&unknown; &#0; &#99999999;");
  });
  it("shows markup written as text as text, never as HTML", () => {
    expect(htmlToText("<p>&lt;img src=x onerror=alert(1)&gt;</p>")).toBe("<img src=x onerror=alert(1)>");
  });
  it("stops at an unterminated tag without looping", () => {
    expect(htmlToText("before <div class='x")).toBe("before");
    expect(htmlToText("<!-- never closed")).toBe("");
  });
  it("is linear on hostile nesting", () => {
    const html = `${"<div>".repeat(100_000)}x${"</div>".repeat(100_000)}`;
    const start = performance.now();
    expect(htmlToText(html)).toBe("x");
    // Generous bound: a quadratic scan would take minutes here.
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe("htmlToText's tidying of text", () => {
  /** The tidying as first written: each run of SP, HTAB, CR, NBSP as one space; blank-line runs as one. */
  function reference(text: string): string {
    const lines = text.split("\n").map((line) => line.replace(/[ \t\r\u00a0]+/g, " ").trim());
    const kept: string[] = [];
    for (const line of lines) {
      if (line === "" && (kept.length === 0 || kept[kept.length - 1] === "")) continue;
      kept.push(line);
    }
    return kept.join("\n").trim();
  }

  it("collapses spaces and blank lines as the regular expression did", () => {
    const piece = fc.constantFrom("a", "bc", " ", "  ", "\t", "\r", "\u00a0", "\n", "\u2003", "\u3042", " x ");
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join("")),
        (text) => {
          expect(htmlToText(text)).toBe(reference(text));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
