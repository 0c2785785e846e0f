/**
 * The last resort for a bounce whose layout no reader knows: pairs each SMTP reply in the text
 * with the address written just before it. Only runs on text that says it is a bounce, so an
 * ordinary message that mentions "550" is left alone.
 */
import { header } from "../../message/mail-message";
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress, findAddresses, unwrapIndented } from "../text-tools";

/** Phrases of bounce notices (lower-case); one must appear before this reader guesses. */
const BOUNCE_PHRASES = [
  "could not be delivered",
  "couldn't be delivered",
  "could not deliver",
  "delivery has failed",
  "delivery failed",
  "delivery failure",
  "undeliverable",
  "undelivered mail",
  "returned mail",
  "mail delivery failed",
  "permanent error",
  "permanent failure",
  "not delivered",
  "was not delivered",
  "wasn't delivered",
  "failed recipient",
  "rejected your message",
  "unable to deliver",
  "non-delivery",
  "delivery status notification",
  "message delivery",
  "delivery to the following",
  "fatal error",
  "following address",
  "following recipient",
  "delivery problem",
  "bounced",
  "mailer-daemon",
];

/** A line holding an SMTP reply: a reply code followed by an enhanced code or a word. */
const REPLY_LINE = /(?:^|[\s;:'"(#<])[245][0-5]\d[ -](?:[245]\.\d{1,3}\.\d{1,3}|[A-Za-z<#])/;

/**
 * What comes before a reply that a server wrote: nothing, a colon, a quote, "said", ... A code in
 * the middle of a sentence ("we got a 550 5.1.1 reply") is a person writing about a bounce.
 */
const REPLY_INTRODUCTION =
  /(?:^[\s>#([<'"*-]*|[:;'"(<[=>#]\s*|\b(?:said|returned|replied|responded|with|was|error|reason|response|reply)\s+)$/i;

export const genericText: FormatReader = {
  id: "generic-text",
  name: "Bounce text of an unknown server",
  matches({ message }) {
    const from = message.from.toLowerCase();
    if (from.includes("mailer-daemon") || from.includes("postmaster")) return true;
    // A paste of a line or two is a diagnostic line, whose own reader knows whose address it is.
    if (!message.raw && isShortPaste(message.text)) return false;
    const start = message.text.slice(0, 4000).toLowerCase();
    return BOUNCE_PHRASES.some((phrase) => start.includes(phrase) || message.subject.toLowerCase().includes(phrase));
  },
  read({ message, lines }): RecipientReport[] {
    const unwrapped = unwrapIndented(lines);
    const reports = new Map<string, RecipientReport>();
    for (let i = 0; i < unwrapped.length; i++) {
      const line = unwrapped[i] as string;
      const reply = REPLY_LINE.exec(line);
      if (reply === null) continue;
      const codeAt = reply.index + (/\d/.test(reply[0].charAt(0)) ? 0 : 1);
      if (!REPLY_INTRODUCTION.test(line.slice(Math.max(0, codeAt - 40), codeAt))) continue;
      let recipient = findAddress(line);
      for (let back = 1; recipient === null && back <= 3 && i - back >= 0; back++) {
        recipient = findAddress(unwrapped[i - back] as string);
      }
      const key = recipient ?? "";
      if (!reports.has(key)) reports.set(key, { recipient, diagnostic: replyPart(line) });
    }
    if (reports.size === 0) {
      for (const address of findAddresses(header(message, "x-failed-recipients"))) {
        reports.set(address, { recipient: address, diagnostic: "" });
      }
    }
    return [...reports.values()];
  },
};

/** At most three non-empty lines of text. */
function isShortPaste(text: string): boolean {
  if (text.length > 4000) return false;
  let lines = 0;
  for (const line of text.split("\n")) if (line.trim() !== "" && ++lines > 3) return false;
  return true;
}

/** The reply from its code on, or the whole line when the code opens it. */
function replyPart(line: string): string {
  const m = /[245][0-5]\d[ -](?:[245]\.\d{1,3}\.\d{1,3}|[A-Za-z<#])/.exec(line);
  return m === null ? line.trim() : line.slice(m.index).trim();
}
