/**
 * A notice that names the failed address in a sentence and has no DSN fields and no reply code:
 * "Did not reach the following recipient: bob@example.com", "User's mailbox is full:
 * <bob@example.com>", or a list under "Failed addresses follow:". A last resort after the DSN
 * readers, for old or home-made mail systems.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress } from "../text-tools";

/** Phrases (lower-case) after which, on the same line or the next ones, the failed address stands. */
const INTRODUCTIONS = [
  "did not reach the following recipient",
  "mailbox is full:",
  "failed addresses follow",
  "could not be delivered to:",
  "unable to deliver mail to the following recipient",
  "the following recipients returned permanent errors",
  "undeliverable address:",
  "failed recipient:",
];

/** Words (lower-case) of a delivery notice, in its subject or its text. */
const NOTICE_WORDS = [
  "undeliverable",
  "undelivered",
  "returned mail",
  "returning to sender",
  "unable to deliver",
  "could not be delivered",
  "not delivered",
  "did not reach",
  "delivery failed",
  "delivery failure",
];

/** Where the returned message starts: addresses after it are the original message's. */
const RETURNED_MESSAGE = /^(?:Received|Return-Path):|message text follows|original message/i;

const HEAD_CHARS = 8000;
/** Lines after an introduction that may still hold its address. */
const LOOKAHEAD = 3;

export const failedRecipientProse: FormatReader = {
  id: "failed-recipient-prose",
  name: "Failed recipient named in a sentence",
  matches({ message, dsn }) {
    if (dsn !== null) return false;
    const head = message.text.slice(0, HEAD_CHARS).toLowerCase();
    if (!INTRODUCTIONS.some((p) => head.includes(p))) return false;
    // "My mailbox is full:" in a letter is not a notice; the sender or the wording must say so.
    const from = message.from.toLowerCase();
    if (from.includes("mailer-daemon") || from.includes("postmaster")) return true;
    const subject = message.subject.toLowerCase();
    return NOTICE_WORDS.some((w) => subject.includes(w) || head.includes(w));
  },
  read({ lines }): RecipientReport[] {
    const reports: RecipientReport[] = [];
    const seen = new Set<string>();
    let consumed = 0;
    for (let i = 0; i < lines.length && consumed < HEAD_CHARS; i++) {
      const line = lines[i] as string;
      consumed += line.length + 1;
      if (RETURNED_MESSAGE.test(line.trim())) break;
      const lower = line.toLowerCase();
      const phrase = INTRODUCTIONS.find((p) => lower.includes(p));
      if (phrase === undefined) continue;
      const sameLine = findAddress(line.slice(lower.indexOf(phrase) + phrase.length));
      const found = sameLine !== null ? { address: sameLine, at: i } : addressBelow(lines, i);
      if (found === null || seen.has(found.address.toLowerCase())) continue;
      seen.add(found.address.toLowerCase());
      reports.push({ recipient: found.address, diagnostic: explanation(lines, found.at) });
    }
    return reports;
  },
};

function addressBelow(lines: readonly string[], from: number): { address: string; at: number } | null {
  let looked = 0;
  for (let j = from + 1; j < lines.length && looked < LOOKAHEAD; j++) {
    const line = (lines[j] as string).trim();
    if (line === "") continue;
    looked++;
    const address = findAddress(line);
    if (address !== null) return { address, at: j };
  }
  return null;
}

/** The line naming the address, and the sentence right after it when it adds a reason. */
function explanation(lines: readonly string[], at: number): string {
  const line = stripRule(lines[at] as string);
  const next = (lines[at + 1] ?? "").trim();
  const addsReason = next !== "" && findAddress(next) === null && !next.startsWith("|") && next.length <= 200;
  return addsReason ? `${line} ${next}` : line;
}

/** Without the "|---" and "---|" of a framed line. */
function stripRule(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && RULE_CHARS.includes(line.charAt(start))) start++;
  while (end > start && RULE_CHARS.includes(line.charAt(end - 1))) end--;
  return line.slice(start, end);
}

const RULE_CHARS = "|- \t";
