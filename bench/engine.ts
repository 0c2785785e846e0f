/**
 * `npm run bench`: how fast the engine reads. Prints figures; asserts nothing.
 * - emails/s over ../shared/corpus/sisimai/emails/maildir/bsd, read from memory in one process,
 *   with p50 and p99 per email and peak memory;
 * - diagnostic lines/s: single pasted lines through the whole engine;
 * - with classification on: emails/s read and explained, and lines/s classified alone
 *   (explainFailure on failures already read).
 * Where ../shared is absent, the repository's own fixtures are used instead and it says so.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { parseSeedCatalogue } from "../scripts/lib/seed-catalogue";
import { REPO_ROOT, sharedDir } from "../scripts/lib/shared-corpus";
import { installInMemoryBlob } from "../src/cli/fast-blob";
import type { Failure } from "../src/engine/index";
import { explainBounce, explainFailure, readBounce } from "../src/engine/index";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

installInMemoryBlob();

function loadEmails(): { source: string; emails: Uint8Array[] } {
  const shared = sharedDir();
  const dir =
    shared === null
      ? join(REPO_ROOT, "tests", "fixtures", "corpus")
      : join(shared, "corpus", "sisimai", "emails", "maildir", "bsd");
  const emails = readdirSync(dir)
    .filter((name) => name.endsWith(".eml") && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => new Uint8Array(readFileSync(join(dir, name))));
  return { source: shared === null ? `${dir} (../shared absent)` : dir, emails };
}

function loadLines(): string[] {
  const seeds = parseSeedCatalogue(
    readFileSync(join(REPO_ROOT, "tests", "fixtures", "seeds", "catalogue.txt"), "utf8"),
  );
  const lines = seeds.map((s) => s.original);
  const shared = sharedDir();
  if (shared !== null) {
    const output = JSON.parse(readFileSync(join(shared, "corpus", "sisimai", "sisimai-output.json"), "utf8")) as Record<
      string,
      Array<{ diagnosticcode: string }>
    >;
    for (const rows of Object.values(output)) {
      for (const row of rows) if (row.diagnosticcode.trim() !== "") lines.push(row.diagnosticcode);
    }
  }
  return lines;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const { source, emails } = loadEmails();
  const bytes = emails.reduce((sum, e) => sum + e.byteLength, 0);
  let peakRss = process.memoryUsage().rss;
  // Warm-up: the first pass compiles the hot paths.
  for (const email of emails) await readBounce(email);

  const rates: number[] = [];
  const perEmail: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (const email of emails) {
      const t = performance.now();
      await readBounce(email);
      perEmail.push(performance.now() - t);
    }
    rates.push(emails.length / ((performance.now() - start) / 1000));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  perEmail.sort((a, b) => a - b);

  const lines = loadLines();
  for (const line of lines) await readBounce(line);
  const lineRates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (const line of lines) await readBounce(line);
    lineRates.push(lines.length / ((performance.now() - start) / 1000));
  }

  // With classification on: the same emails read and explained.
  for (const email of emails) await explainBounce(email);
  const explainRates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (const email of emails) await explainBounce(email);
    explainRates.push(emails.length / ((performance.now() - start) / 1000));
  }

  // Classification alone: the failures of every line and email, read once, then explained.
  const failures: Failure[] = [];
  for (const line of lines) failures.push(...(await readBounce(line)).failures);
  for (const email of emails) failures.push(...(await readBounce(email)).failures);
  for (const f of failures) explainFailure(f);
  const classifyRates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    for (let k = 0; k < 4; k++) for (const f of failures) explainFailure(f);
    classifyRates.push((4 * failures.length) / ((performance.now() - start) / 1000));
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  console.log(
    `Bounce Lens engine benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`,
  );
  console.log(`emails: ${emails.length} files, ${(bytes / 1024).toFixed(0)} KiB, from ${source}`);
  console.log(
    `  read: ${median(rates).toFixed(0)} emails/s (median of ${ROUNDS} rounds; best ${Math.max(...rates).toFixed(0)})   target ≥ 7,000`,
  );
  console.log(
    `  per email: p50 ${(percentile(perEmail, 50) * 1000).toFixed(0)} µs, p99 ${(percentile(perEmail, 99) * 1000).toFixed(0)} µs`,
  );
  console.log(`  peak memory (RSS): ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
  console.log(`diagnostic lines: ${lines.length} (seed catalogue + Sisimai's diagnostics)`);
  console.log(`  read as pasted lines: ${median(lineRates).toFixed(0)} lines/s`);
  console.log("with classification (explainBounce):");
  console.log(`  read and explained: ${median(explainRates).toFixed(0)} emails/s   target ≥ 7,000`);
  console.log(
    `  classified alone (explainFailure): ${median(classifyRates).toFixed(0)} lines/s over ${failures.length} failures   target ≥ 100,000`,
  );
}

await main();
