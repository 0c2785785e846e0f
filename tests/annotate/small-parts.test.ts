/** The annotator's small parts: colour reading, the raw-message hint, the answer cache. */
import { describe, expect, it, vi } from "vitest";
import { cachedExplain } from "../../src/annotate/explain-cache";
import { parseRgb } from "../../src/annotate/page-theme";
import { rawMessageLooksLikeBounce } from "../../src/annotate/raw-message-hint";
import type { ExplainResult } from "../../src/engine/types";
import { bounceResult, failure } from "../ui/fixtures";

describe("parseRgb", () => {
  it.each([
    ["rgb(32, 33, 36)", { red: 32, green: 33, blue: 36, alpha: 1 }],
    ["rgba(0, 0, 0, 0)", { red: 0, green: 0, blue: 0, alpha: 0 }],
    ["rgb(32 33 36 / 50%)", { red: 32, green: 33, blue: 36, alpha: 0.5 }],
    ["#202124", { red: 32, green: 33, blue: 36, alpha: 1 }],
    ["#fff", { red: 255, green: 255, blue: 255, alpha: 1 }],
  ])("%s", (text, colour) => {
    expect(parseRgb(text)).toEqual(colour);
  });

  it.each(["", "transparent", "color(srgb 1 1 1)", "rgb(1, 2)"])("%s: unknown", (text) => {
    expect(parseRgb(text)).toBeNull();
  });
});

describe("rawMessageLooksLikeBounce", () => {
  const raw = (headers: string[]) => [...headers, "", "550 5.1.1 <x@example.org>: User unknown"].join("\r\n");

  it("knows a bounce by its sender, its subject or its delivery-status report", () => {
    expect(rawMessageLooksLikeBounce(raw(["From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>"]))).toBe(true);
    expect(rawMessageLooksLikeBounce(raw(["From: someone@example.org", "Subject: Undeliverable: Invoice"]))).toBe(true);
    expect(
      rawMessageLooksLikeBounce(
        raw([
          "From: relay@example.org",
          'Content-Type: multipart/report;\r\n\treport-type="delivery-status";',
          " boundary=x",
        ]),
      ),
    ).toBe(true);
  });

  it("says no to an ordinary message that talks about 550 and to text without headers", () => {
    expect(rawMessageLooksLikeBounce(raw(["From: Tom <tom@example.net>", "Subject: Re: error 550 5.1.1"]))).toBe(false);
    expect(rawMessageLooksLikeBounce("550 5.1.1 User unknown")).toBe(false);
  });

  it("reads a subject folded over two lines", () => {
    expect(
      rawMessageLooksLikeBounce(raw(["From: x@example.org", "Subject: Delivery Status\r\n Notification (Failure)"])),
    ).toBe(true);
  });
});

describe("cachedExplain", () => {
  const answer: ExplainResult = bounceResult(failure());

  it("reads a text once per key, and again after it was pushed out", async () => {
    const explain = vi.fn(async () => answer);
    const cached = cachedExplain(explain, 2);
    await cached("a", "text a");
    await cached("a", "text a");
    await cached("b", "text b");
    expect(explain).toHaveBeenCalledTimes(2);
    await cached("a", "text a");
    await cached("c", "text c");
    // "b" was the least recently used.
    await cached("b", "text b");
    expect(explain).toHaveBeenCalledTimes(4);
    await cached("a", "text a");
    expect(explain).toHaveBeenCalledTimes(5);
  });

  it("answers null for a failed reading and forgets it, synchronous throws included", async () => {
    const explain = vi
      .fn<(text: string) => Promise<ExplainResult>>()
      .mockImplementationOnce(() => {
        throw new Error("Extension context invalidated.");
      })
      .mockResolvedValue(answer);
    const cached = cachedExplain(explain);
    await expect(cached("a", "text")).resolves.toBeNull();
    await expect(cached("a", "text")).resolves.toBe(answer);
  });
});
