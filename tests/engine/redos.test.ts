/**
 * No regular expression of the engine can backtrack catastrophically: every pattern of the
 * knowledge tables and every regular-expression literal in src/engine is checked with recheck
 * (its pure-JavaScript backend, which runs offline). A vulnerable one fails the test.
 *
 * Checking ~300 expressions takes minutes on the pure backend, so verdicts are kept in
 * `redos-verdicts.json`, keyed by the expression itself and recheck's version: only new or
 * changed expressions are checked again. `REDOS_RECHECK=1` checks everything and rewrites the file.
 * A vulnerable verdict is never stored.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { check } from "recheck";
import { afterAll, describe, expect, it } from "vitest";
import { allRows } from "./explain/rows";
import { regexLiterals } from "./regex-literals";

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

const literals = sourceFiles(ENGINE).flatMap((file) =>
  regexLiterals(readFileSync(file, "utf8")).map(
    (r) => [`${relative(ENGINE, file)}: /${r.source}/${r.flags}`, r] as const,
  ),
);
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

describe("ReDoS", () => {
  afterAll(() => {
    const keys = Object.keys(fresh.verdicts).sort();
    const sorted = Object.fromEntries(keys.map((k) => [k, fresh.verdicts[k]]));
    const changed = JSON.stringify(sorted) !== JSON.stringify(known.verdicts);
    if (changed)
      writeFileSync(VERDICTS, `${JSON.stringify({ recheck: RECHECK_VERSION, verdicts: sorted }, null, 1)}\n`);
  });

  it("finds the regular expressions to check", () => {
    expect(literals.length).toBeGreaterThan(20);
    expect(tablePatterns.length).toBeGreaterThan(5);
    expect(regexLiterals("const a = /x+y/g; // /not/ \n const b = '/no/'; return /z/i")).toEqual([
      { source: "x+y", flags: "g" },
      { source: "z", flags: "i" },
    ]);
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
