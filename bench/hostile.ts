/**
 * `npm run bench:hostile`: how long the engine takes for big and hostile inputs of 1 MB and 10 MB
 * (the figures behind the hang bounds of tests/engine/hardening). Prints min / median / max over
 * several runs of explainBounce after one warm-up, and writes them to bench/results/hostile.md;
 * asserts nothing.
 *
 * Run twice: with Node's own Blob (what the tests use) and with the command line's in-memory
 * Blob (src/cli/fast-blob.ts), because postal-mime joins every decoded part through a Blob and
 * Node's is slow at that; browsers bring their own.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../scripts/lib/shared-corpus";
import { installInMemoryBlob } from "../src/cli/fast-blob";
import type { BounceInput } from "../src/engine/index";
import { explainBounce } from "../src/engine/index";

const RUNS = Number(process.env.BENCH_ROUNDS ?? 7);
const MB = 1024 * 1024;
const encode = (text: string) => new TextEncoder().encode(text);

const POSTFIX = readFileSync(join(REPO_ROOT, "tests", "fixtures", "corpus", "lhost-postfix-01.eml"), "utf8");
const PASTED = `This is the mail system at host mx.example.net.\n\n<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n`;
const HEADER = "From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n";

/** A text of about `bytes` bytes: `unit` repeated. */
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));

function dsnWith(recipients: number): Uint8Array {
  const blocks = Array.from(
    { length: recipients },
    (_, i) => `Final-Recipient: rfc822; user${i}@example.com\nAction: failed\nStatus: 5.1.1\n`,
  );
  return encode(
    `${HEADER}Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n--B\nContent-Type: text/plain\n\nDelivery failed.\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n${blocks.join("\n")}\n--B--\n`,
  );
}

function inputs(size: number): Array<[string, BounceInput]> {
  return [
    ["raw Postfix bounce + body", encode(POSTFIX + fill("returned message body line\n", size))],
    [
      "raw, header lines + Postfix bounce",
      encode(fill("X-Relay: from relay.example.net by mx.example.net\n", size) + POSTFIX),
    ],
    ["pasted Postfix text + filler", PASTED + fill("filler line of the returned message\n", size)],
    ["pasted, one line", `550 5.1.1 <bob@example.com>: user unknown ${fill("x", size)}`],
    ["pasted, RTL marks and zero-width", fill("\u202e\u200d", size / 2)],
    // What made the address pattern slow before its local part had to start a run (e0c6862).
    [
      "pasted, NDR heading + address characters",
      `Delivery has failed to these recipients or groups:\n${fill("a", size)}`,
    ],
    ["bytes, all NUL", new Uint8Array(size)],
  ];
}

function stats(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const f = (ms: number) => ms.toFixed(1).padStart(7);
  return `${f(sorted[0] ?? 0)} ${f(median)} ${f(sorted[sorted.length - 1] ?? 0)}`;
}

async function timeOne(input: BounceInput): Promise<number[]> {
  await explainBounce(input);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await explainBounce(input);
    times.push(performance.now() - start);
  }
  return times;
}

async function table(): Promise<string[]> {
  const rows: string[] = [];
  for (const [label, size] of [
    ["1 MB", MB],
    ["10 MB", 10 * MB],
  ] as const) {
    for (const [name, input] of inputs(size))
      rows.push(`  ${label.padEnd(6)} ${name.padEnd(42)} ${stats(await timeOne(input))}`);
  }
  const dsn = dsnWith(10_000);
  rows.push(
    `  ${`${(dsn.byteLength / MB).toFixed(2)} MB`.padEnd(6)} ${"DSN, 10,000 recipients".padEnd(42)} ${stats(await timeOne(dsn))}`,
  );
  return rows;
}

async function main(): Promise<void> {
  const heading = `  size   input                                      ms: min  median    max  (${RUNS} runs after a warm-up)`;
  const report = [
    `explainBounce on big and hostile inputs; ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load average ${loadavg()[0]?.toFixed(1)} at the start`,
    "",
    "With Node's own Blob (as the tests run):",
    heading,
    ...(await table()),
  ];
  installInMemoryBlob();
  report.push("", "With the command line's in-memory Blob (src/cli/fast-blob.ts):", heading, ...(await table()));
  console.log(report.join("\n"));
  mkdirSync(join(REPO_ROOT, "bench", "results"), { recursive: true });
  writeFileSync(
    join(REPO_ROOT, "bench", "results", "hostile.md"),
    `# Big and hostile inputs\n\nWritten by \`npm run bench:hostile\`; reproduce with the same command.\n\n\`\`\`\n${report.join("\n")}\n\`\`\`\n`,
  );
}

await main();
