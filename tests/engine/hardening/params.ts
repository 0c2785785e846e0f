/**
 * Settings shared by the hostile-input properties: a fixed seed, so that every run checks the same
 * cases and a failure can be replayed, and safety bounds that only catch hangs (speed itself is
 * measured by `npm run bench:hostile`, never asserted).
 *
 * On failure fast-check prints the seed and the path of the shrunk counterexample; replay it with
 * `FC_SEED=<seed> FC_PATH=<path> npx vitest run tests/engine/hardening`. `FC_SEED=random` tries
 * new cases, `FC_RUNS=<factor>` more of them.
 */
import fc from "fast-check";
import { expect } from "vitest";
import type { BounceInput, ExplainResult } from "../../../src/engine/index";
import { explainBounce } from "../../../src/engine/index";

const FIXED_SEED = 20_240_808;

function seed(): number {
  const wanted = process.env.FC_SEED;
  if (wanted === undefined || wanted === "") return FIXED_SEED;
  if (wanted === "random") return Date.now() ^ (Math.random() * 0x7fffffff);
  return Number(wanted);
}

export function params(numRuns: number): fc.Parameters<unknown> {
  const path = process.env.FC_PATH;
  // FC_RUNS=20 looks twenty times as far (a deeper search than every test run can afford).
  const factor = Number(process.env.FC_RUNS ?? 1);
  return { seed: seed(), numRuns: Math.round(numRuns * factor), ...(path ? { path } : {}) };
}

/**
 * Generous, to catch hangs only. The engine reads at most MAX_RAW_BYTES (2 MB) of any input, so
 * one bound fits every size. Measured here (bench/results/hostile.md): milliseconds for most
 * 1 MB and 10 MB inputs; the slowest, a 10,000-recipient DSN (0.75 MB), about 1-1.7 s, most of
 * it in Node's Blob, which postal-mime joins decoded parts with.
 */
export const HANG_BOUND_MS = 5_000;

/** Explains the input, failing when it rejects or takes longer than the bound. */
export async function explainWithin(input: BounceInput): Promise<ExplainResult> {
  const size = typeof input === "string" ? input.length : input.byteLength;
  const start = performance.now();
  const result = await explainBounce(input);
  const took = performance.now() - start;
  expect(took, `${size} characters or bytes read in ${took.toFixed(0)} ms`).toBeLessThan(HANG_BOUND_MS);
  return result;
}

export { fc };
