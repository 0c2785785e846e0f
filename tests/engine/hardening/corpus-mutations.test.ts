/**
 * Real bounces, damaged: every corpus file with bytes flipped, cut, duplicated, line endings
 * mixed, charsets lied about, MIME boundaries broken, controls inserted, addresses spoofed with
 * lookalike and bidi characters, and header blocks grown. Whatever comes in, the engine answers
 * in time with a well-formed result and never rejects.
 */
import { describe, expect, it } from "vitest";
import { CORPUS, mutatedFixture } from "./mutate";
import { explainWithin, fc, params } from "./params";
import { assertWellFormed } from "./well-formed";

describe("the corpus, mutated", () => {
  it("every corpus file as it is gives a well-formed result", async () => {
    expect(CORPUS.length).toBeGreaterThan(100);
    const malformed: string[] = [];
    for (const { name, bytes } of CORPUS) {
      try {
        assertWellFormed(await explainWithin(bytes), bytes);
      } catch (error) {
        malformed.push(`${name}: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    expect(malformed).toEqual([]);
  });

  it("any mutation of any corpus file gives a well-formed result", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFixture, async (c) => {
        const input = c.input();
        assertWellFormed(await explainWithin(input), input);
      }),
      params(1000),
    );
  }, 60_000);
});
