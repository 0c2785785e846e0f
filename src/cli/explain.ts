/**
 * `npm run -s explain -- [--json] [FILE ...]`: explains bounces from files, or from standard
 * input when no file is given. One process for any number of files.
 */
import { readFile } from "node:fs/promises";
import type { ExplainResult } from "../engine/index";
import { explainBounce } from "../engine/index";
import { installInMemoryBlob } from "./fast-blob";
import { formatReport } from "./format-report";

const USAGE = `Usage: npm run -s explain -- [--json] [FILE ...]

Explains why an email bounced. Reads each FILE (a raw .eml message, a bounce's text, or one
diagnostic line), or standard input when no FILE is given.

  --json    one JSON object per input (one line per file when several are given)
  --help    this text`;

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes("--json");
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.filter((a) => a.startsWith("-") && a !== "--json" && a !== "-");
  if (unknown.length > 0) {
    process.stderr.write(`Unknown option ${unknown.join(", ")}\n\n${USAGE}\n`);
    return 2;
  }
  installInMemoryBlob();
  const files = argv.filter((a) => !a.startsWith("-"));
  if (files.length === 0) {
    const result = await explainBounce(await readStdin());
    process.stdout.write(json ? `${JSON.stringify(result)}\n` : formatReport(result));
    return 0;
  }
  let failedFiles = 0;
  const out: string[] = [];
  for (const file of files) {
    let result: ExplainResult;
    try {
      result = await explainBounce(await readFile(file));
    } catch (error) {
      failedFiles++;
      process.stderr.write(`${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      continue;
    }
    if (json) out.push(JSON.stringify(files.length === 1 ? result : { file, ...result }));
    else out.push(files.length === 1 ? formatReport(result) : `== ${file}\n${formatReport(result)}`);
    if (out.length >= 256) process.stdout.write(`${out.splice(0).join(json ? "\n" : "\n")}\n`);
  }
  if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`);
  return failedFiles > 0 ? 1 : 0;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`explain: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
