/**
 * `npm run eval`: runs the engine over the Sisimai corpus in `../shared/corpus/sisimai/` and
 * compares with `manifest.json` (expected status, reply code and reason per recipient) and with
 * the addresses Sisimai itself reports (`sisimai-output.json`). Also checks the seed catalogue.
 * Prints figures and every disagreement; exits 0 whatever they are (it measures, it does not
 * gate). Options: --only SUBSTRING (files whose path contains it), --quiet (figures only).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { installInMemoryBlob } from "../src/cli/fast-blob";
import type { ExplainedFailure, ExplainResult, ReadResult } from "../src/engine/index";
import { explainResult, readBounce } from "../src/engine/index";
import { parseSeedCatalogue } from "./lib/seed-catalogue";
import { REPO_ROOT, sharedDir } from "./lib/shared-corpus";

interface Expected {
  file: string;
  module: string;
  recipientIndex: number;
  status: string;
  replycode: string | number;
  reasonNormalized: string;
  statusIsSisimaiInternal: boolean;
}
interface SisimaiRow {
  recipient: string;
  deliverystatus: string;
  replycode: string;
  reason: string;
}

const args = process.argv.slice(2);
const only = args.includes("--only") ? (args[args.indexOf("--only") + 1] ?? "") : "";
const quiet = args.includes("--quiet");

async function main(): Promise<void> {
  const shared = sharedDir();
  if (shared === null) {
    console.log("npm run eval: ../shared/corpus/sisimai is not here, so there is nothing to measure against. Skipped.");
    return;
  }
  installInMemoryBlob();
  const corpus = join(shared, "corpus", "sisimai");
  const manifest = JSON.parse(readFileSync(join(corpus, "manifest.json"), "utf8")) as Expected[];
  const sisimai = JSON.parse(readFileSync(join(corpus, "sisimai-output.json"), "utf8")) as Record<string, SisimaiRow[]>;
  const maildir = join(corpus, "emails", "maildir");

  const results = new Map<string, ReadResult>();
  for (const sub of ["bsd", "dos", "mac", "not"]) {
    for (const name of readdirSync(join(maildir, sub)).sort()) {
      const key = `maildir/${sub}/${name}`;
      if (only !== "" && !key.includes(only)) continue;
      results.set(key, await readBounce(readFileSync(join(maildir, sub, name))));
    }
  }

  const problems: string[] = [];
  const bsd = manifest.filter((e) => e.file.startsWith("maildir/bsd/") && results.has(e.file));
  let found = 0;
  let statusCompared = 0;
  let statusAgreed = 0;
  let replyCompared = 0;
  let replyAgreed = 0;
  let reasonAgreed = 0;
  const explained = new Map<string, ExplainResult>();
  const reasonMisses = new Map<string, number>();
  for (const expected of bsd) {
    const result = results.get(expected.file) as ReadResult;
    const reference = sisimai[expected.file]?.[expected.recipientIndex - 1]?.recipient?.toLowerCase() ?? null;
    const where = `${expected.file} #${expected.recipientIndex}`;
    const failure =
      reference === null
        ? result.failures[expected.recipientIndex - 1]
        : result.failures.find((f) => f.recipient?.toLowerCase() === reference);
    const otherAddresses = [...(result.feedback?.recipients ?? []), result.autoReply?.from, ...result.deliveredTo].map(
      (a) => a?.toLowerCase(),
    );
    const isFound =
      failure !== undefined ||
      (reference !== null && otherAddresses.includes(reference)) ||
      (reference === null &&
        (result.kind === "auto-reply" || result.kind === "feedback") &&
        expected.reasonNormalized !== "");
    let explainedResult = explained.get(expected.file);
    if (explainedResult === undefined) {
      explainedResult = explainResult(result);
      explained.set(expected.file, explainedResult);
    }
    const explainedFailure =
      failure === undefined ? undefined : explainedResult.failures[result.failures.indexOf(failure)];
    const givenReason = reasonGiven(explainedResult, explainedFailure);
    if (givenReason === expected.reasonNormalized) reasonAgreed++;
    else {
      const key = `${expected.reasonNormalized} -> ${givenReason}`;
      reasonMisses.set(key, (reasonMisses.get(key) ?? 0) + 1);
      problems.push(
        `${where}: reason ${givenReason}, expected ${expected.reasonNormalized} [${explainedFailure?.ruleId ?? "-"}] ${explainedFailure?.diagnostic.slice(0, 100) ?? ""}`,
      );
    }
    if (isFound) found++;
    else
      problems.push(
        `${where}: recipient ${reference ?? "(no reference address)"} not found; got [${result.failures.map((f) => f.recipient).join(", ")}] kind=${result.kind} format=${result.format}`,
      );
    if (failure === undefined) continue;
    if (expected.status !== "" && !expected.statusIsSisimaiInternal) {
      statusCompared++;
      if (failure.status === expected.status) statusAgreed++;
      else
        problems.push(
          `${where}: status ${failure.status ?? "none"}, expected ${expected.status} [${failure.format}] ${failure.diagnostic.slice(0, 100)}`,
        );
    }
    const expectedReply = String(expected.replycode ?? "");
    if (expectedReply !== "" && expectedReply !== "0") {
      replyCompared++;
      if (failure.replyCode === expectedReply) replyAgreed++;
      else
        problems.push(
          `${where}: reply code ${failure.replyCode ?? "none"}, expected ${expectedReply} [${failure.format}]`,
        );
    }
  }

  const notBounces = [...results.entries()].filter(([file]) => file.startsWith("maildir/not/"));
  const wronglyBounces = notBounces.filter(([, r]) => r.bounce);
  for (const [file, r] of wronglyBounces) problems.push(`${file}: reported as a bounce (${r.format}) but is not one`);

  let variants = 0;
  let variantsSame = 0;
  for (const [file, r] of results) {
    const m = /^maildir\/(dos|mac)\/(.+)$/.exec(file);
    if (m === null) continue;
    const twin = results.get(`maildir/bsd/${m[2]}`);
    if (twin === undefined) continue;
    variants++;
    if (sameAnswer(r, twin)) variantsSame++;
    else problems.push(`${file}: differs from maildir/bsd/${m[2]}`);
  }

  const seeds = parseSeedCatalogue(
    readFileSync(join(REPO_ROOT, "tests", "fixtures", "seeds", "catalogue.txt"), "utf8"),
  );
  let seedsRight = 0;
  for (const seed of seeds) {
    const r = await readBounce(seed.original);
    const expectedStatus = /\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(seed.original)?.[0] ?? null;
    const f = r.failures[0];
    if (r.failures.length === 1 && f !== undefined && f.status === expectedStatus && f.replyCode === "550")
      seedsRight++;
    else
      problems.push(
        `seed (${seed.provider}): ${r.failures.length} failures, status ${f?.status ?? "none"} (expected ${expectedStatus ?? "none"}), reply ${f?.replyCode ?? "none"}: ${seed.original.slice(0, 90)}`,
      );
  }

  if (!quiet) for (const p of problems) console.log(p);
  console.log("");
  console.log(`files read:                 ${results.size}${only !== "" ? ` (only "${only}")` : ""}`);
  console.log(`recipients found (bsd):     ${found}/${bsd.length} ${pct(found, bsd.length)}   target ≥ 98%`);
  console.log(
    `status agreement:           ${statusAgreed}/${statusCompared} ${pct(statusAgreed, statusCompared)}   target ≥ 98% (Sisimai-internal codes left out)`,
  );
  console.log(`reply-code agreement:       ${replyAgreed}/${replyCompared} ${pct(replyAgreed, replyCompared)}`);
  console.log(`not/ reported as bounce:    ${wronglyBounces.length}/${notBounces.length}   target 0`);
  console.log(`dos/ and mac/ same as bsd/: ${variantsSame}/${variants}`);
  console.log(`seed lines, one failure with status and reply code: ${seedsRight}/${seeds.length}`);
  console.log(
    `reason agreement (bsd):     ${reasonAgreed}/${bsd.length} ${pct(reasonAgreed, bsd.length)}   target ≥ 95% (Sisimai 5.1: 93%)`,
  );
  if (reasonMisses.size > 0) {
    console.log("reason disagreements, expected -> given:");
    for (const [key, n] of [...reasonMisses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
      console.log(`  ${String(n).padStart(4)}  ${key}`);
  }
}

/** The reason the engine gives for an expected recipient, in the manifest's vocabulary. */
function reasonGiven(result: ExplainResult, failure: ExplainedFailure | undefined): string {
  if (result.kind === "feedback") return "feedback";
  if (result.kind === "auto-reply") return "vacation";
  if (failure === undefined) return result.kind === "delivered" ? "delivered" : "(not found)";
  if (result.kind === "delivered" || failure.status?.startsWith("2") === true) return "delivered";
  return failure.reason;
}

function sameAnswer(a: ReadResult, b: ReadResult): boolean {
  const key = (r: ReadResult) =>
    JSON.stringify([r.kind, r.format, r.failures.map((f) => [f.recipient, f.status, f.replyCode, f.diagnostic])]);
  return key(a) === key(b);
}

function pct(a: number, b: number): string {
  return b === 0 ? "(n/a)" : `(${((100 * a) / b).toFixed(1)}%)`;
}

await main();
