/**
 * The literal matcher finds exactly the literals a plain search finds, in the order the rules
 * rely on: by where they end, then longest first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LiteralMatcher } from "../../../src/engine/explain/literal-matcher";
import { normalizeText } from "../../../src/engine/explain/normalize";
import { REGISTRY } from "../../../src/engine/knowledge/registry";
import { allRows } from "./rows";

/** What scan() must find: each literal once, by the position of its first end, longest first. */
function naive(literals: readonly string[], text: string): number[] {
  const byLength = literals.map((l, id) => ({ l, id })).sort((a, b) => b.l.length - a.l.length);
  const found: number[] = [];
  const seen = new Set<number>();
  for (let end = 1; end <= text.length; end++)
    for (const { l, id } of byLength)
      if (!seen.has(id) && l.length <= end && text.startsWith(l, end - l.length)) {
        seen.add(id);
        found.push(id);
      }
  return found;
}

function matcherFor(literals: readonly string[]): { matcher: LiteralMatcher; ids: number[] } {
  const matcher = new LiteralMatcher();
  const ids = literals.map((l) => matcher.add(l));
  matcher.build();
  return { matcher, ids };
}

describe("LiteralMatcher", () => {
  it("finds what a plain search finds, in order (random literals and texts)", () => {
    // A small alphabet makes literals overlap and share prefixes; "é" and "😀" are not ASCII.
    const char = fc.constantFrom("a", "b", "c", " ", ".", "é", "😀", "Z");
    const word = fc.array(char, { minLength: 1, maxLength: 7 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 40 }),
        fc.array(word, { maxLength: 30 }),
        (literals, parts) => {
          const text = parts.join("");
          const { matcher, ids } = matcherFor(literals);
          matcher.scan(text);
          expect(matcher.found).toEqual(naive(literals, text).map((i) => ids[i]));
          for (const [i, id] of ids.entries()) expect(matcher.has(id)).toBe(text.includes(literals[i] as string));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it("finds the knowledge base's literals in real replies as a plain search does", () => {
    // The classifier's literal set: every row's words and every provider's and list's markers.
    const literals = [
      ...new Set([
        ...allRows().flatMap((row) => row.literals),
        ...REGISTRY.providers.flatMap((p) => p.detect),
        ...REGISTRY.blocklists.flatMap((b) => b.detect),
      ]),
    ];
    expect(literals.length).toBeGreaterThan(500);
    const seeds = readFileSync(join(__dirname, "..", "..", "fixtures", "seeds", "catalogue.txt"), "utf8").split("\n");
    const texts = [...seeds, ...allRows().flatMap((row) => row.examples)].map(normalizeText);
    const { matcher, ids } = matcherFor(literals);
    for (const text of texts) {
      matcher.scan(text);
      expect(matcher.found).toEqual(naive(literals, text).map((i) => ids[i]));
    }
  });
});
