/**
 * No regular expression of the engine can backtrack catastrophically: every pattern of the
 * knowledge tables, and every regular expression src/engine (read/**, knowledge/** and the rest)
 * writes or builds, is checked with recheck (its pure-JavaScript backend, which runs offline). A
 * vulnerable one fails the test. The expressions are found with a parser (./regex-literals.ts):
 * literals, also inside template literals, `new RegExp(...)` worked out from constants, and
 * strings given to `.match`/`.search`; one it cannot work out fails the test too.
 *
 * Checking ~300 expressions takes minutes on the pure backend, so verdicts are kept in
 * `redos-verdicts.json`, keyed by the expression itself and recheck's version: a new or changed
 * expression is a new key and always checked. `REDOS_RECHECK=1` checks everything and rewrites the
 * file. A vulnerable verdict is never stored; a run of some tests only (`-t`) keeps the others'.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { check } from "recheck";
import { afterAll, describe, expect, it } from "vitest";
import { allRows } from "./explain/rows";
import { findRegexes } from "./regex-literals";

process.env.RECHECK_BACKEND = "pure";

const ENGINE = join(__dirname, "..", "..", "src", "engine");
const VERDICTS = join(__dirname, "redos-verdicts.json");
const RECHECK_VERSION: string = createRequire(import.meta.url)("recheck/package.json").version;

interface VerdictFile {
  recheck: string;
  /** "flags/source" → "safe" or "unknown" (recheck could not decide within the time limit). */
  verdicts: Record<string, "safe" | "unknown">;
}

function loadVerdicts(): VerdictFile {
  try {
    const file = JSON.parse(readFileSync(VERDICTS, "utf8")) as VerdictFile;
    if (file.recheck === RECHECK_VERSION && process.env.REDOS_RECHECK !== "1") return file;
  } catch {
    // No verdicts yet: everything is checked.
  }
  return { recheck: RECHECK_VERSION, verdicts: {} };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const scanned = sourceFiles(ENGINE).map((file) => ({
  file: relative(ENGINE, file),
  ...findRegexes(readFileSync(file, "utf8")),
}));
const literals = scanned.flatMap(({ file, found }) =>
  found.map(
    (r) => [`${file}: /${r.source}/${r.flags}${r.how === "literal" ? "" : ` (${r.how}, line ${r.line})`}`, r] as const,
  ),
);
const unresolved = scanned.flatMap(({ file, unresolved }) => unresolved.map((u) => `${file}:${u.line}: ${u.code}`));
const tablePatterns = allRows()
  .filter((row) => row.pattern !== null)
  .map(
    (row) =>
      [
        `${row.id}: ${String(row.pattern)}`,
        { source: (row.pattern as RegExp).source, flags: (row.pattern as RegExp).flags },
      ] as const,
  );

const known = loadVerdicts();
const fresh: VerdictFile = { recheck: RECHECK_VERSION, verdicts: {} };

/** Every key of the expressions in the sources now, so that stored verdicts of old ones are dropped. */
const currentKeys = new Set([...tablePatterns, ...literals].map(([, r]) => `${r.flags}/${r.source}`));

describe("ReDoS", () => {
  afterAll(() => {
    // Verdicts of this run, and stored ones of current expressions this run did not reach.
    const merged = { ...known.verdicts, ...fresh.verdicts };
    const keys = Object.keys(merged)
      .filter((k) => currentKeys.has(k))
      .sort();
    const sorted = Object.fromEntries(keys.map((k) => [k, merged[k]]));
    const changed = JSON.stringify(sorted) !== JSON.stringify(known.verdicts) || known.recheck !== RECHECK_VERSION;
    if (changed)
      writeFileSync(VERDICTS, `${JSON.stringify({ recheck: RECHECK_VERSION, verdicts: sorted }, null, 1)}\n`);
  });

  it("finds the regular expressions to check, and can work out every one", () => {
    expect(literals.length).toBeGreaterThan(20);
    expect(tablePatterns.length).toBeGreaterThan(5);
    expect(literals.some(([, r]) => r.how === "RegExp")).toBe(true);
    expect(unresolved, "build these from constants so that the check can see them").toEqual([]);
  });

  it("the finder sees literals anywhere, RegExp constructions and strings given to match", () => {
    const code = [
      "const a = /x+y/g; // /not/",
      "const b = '/no/';",
      "const C = 'c+';",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source, for the finder.
      "const t = `${s.replace(/in-template/, '')}`;",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: TypeScript source, for the finder.
      "const r = new RegExp(`^${C}d`, 'i');",
      "const q = RegExp(C + 'e');",
      "s.match('f+');",
      "s.matchAll(r);",
      "function f(p: string) { return s.search(p) ?? new RegExp(p); }",
    ].join("\n");
    const { found, unresolved: open } = findRegexes(code);
    expect(found.map((r) => [r.how, r.source, r.flags])).toEqual([
      ["literal", "x+y", "g"],
      ["literal", "in-template", ""],
      ["RegExp", "^c+d", "i"],
      ["RegExp", "c+e", ""],
      ["string method", "f+", ""],
    ]);
    expect(open.map((u) => u.code)).toEqual(["s.search(p)", "new RegExp(p)"]);
  });

  it("recheck's backend detects a vulnerable expression", async () => {
    expect((await check("^(a+)+$", "")).status).toBe("vulnerable");
  });

  it.each([...tablePatterns, ...literals])(
    "%s is safe",
    async (_name, regex) => {
      // A literal must compile as JavaScript wrote it.
      expect(() => new RegExp(regex.source, regex.flags)).not.toThrow();
      const key = `${regex.flags}/${regex.source}`;
      const stored = known.verdicts[key];
      if (stored !== undefined) {
        fresh.verdicts[key] = stored;
        return;
      }
      // recheck's default ("auto") checker, its fuzzer seeded so that a verdict can be reproduced; a
      // check that runs out of time is "unknown", not a failure.
      const result = await check(regex.source, regex.flags.replace(/[gy]/g, ""), { timeout: 10_000, randomSeed: 0 });
      if (result.status === "safe" || result.status === "unknown") fresh.verdicts[key] = result.status;
      const verdict =
        result.status === "vulnerable"
          ? `vulnerable (${result.complexity.summary}), e.g. ${result.attack.pattern.slice(0, 120)}`
          : "not vulnerable";
      expect(verdict).toBe("not vulnerable");
    },
    60_000,
  );
});
