/**
 * Gmail's and Google Workspace's bounce card, as the text part has it ("** Address not found **")
 * and as Gmail shows it (the heading alone on its line):
 *
 *   Address not found
 *   Your message wasn't delivered to bob@example.com because the address couldn't be found, or
 *   is unable to receive mail.
 *   LEARN MORE
 *   The response from the remote server was:
 *   550 5.1.1 The email account that you tried to reach does not exist. ... - gsmtp
 *
 * Other headings: "Message not delivered", "Message blocked", "Delivery incomplete" (a delay:
 * "Gmail will retry for 47 more hours"). "The response was:" introduces Gmail's own words.
 */
import { header } from "../../message/mail-message";
import type { FormatReader, RecipientReport } from "../reader";
import { findAddresses } from "../text-tools";

const HEADINGS = ["Address not found", "Message not delivered", "Message blocked", "Delivery incomplete"];

/** Sentences of the card that name the recipient; the address follows each. */
const RECIPIENT_SENTENCES = [
  "wasn't delivered to ",
  "was not delivered to ",
  "problem delivering your message to ",
  "Your message to ",
];

const LEAD_INS = ["The response from the remote server was:", "The response was:"];

/** Wording of a delay: Gmail keeps trying. */
const DELAY_WORDS = ["Delivery incomplete", "Gmail will retry", "temporary problem delivering"];

/** Lines that end the response: the returned message, its headers, or the DSN fields. */
const RESPONSE_END =
  /^(?:-{2,}\s{0,5}(?:Original message|Forwarded message|Message header)|(?:Return-Path|Received|DKIM-Signature|ARC-Seal|Reporting-MTA|Final-Recipient|X-Google-[A-Za-z-]{1,40}|Message-ID|MIME-Version|Content-Type):\s)/i;

export const gmailCard: FormatReader = {
  id: "gmail-card",
  name: "Gmail",
  matches({ message }) {
    const opening = message.text.slice(0, 3000);
    return (
      HEADINGS.some((h) => opening.includes(h)) &&
      (LEAD_INS.some((l) => opening.includes(l)) || RECIPIENT_SENTENCES.some((s) => opening.includes(s)))
    );
  },
  read(context): RecipientReport[] {
    const { lines, message, dsn } = context;
    const headingAt = lines.findIndex((l) => HEADINGS.some((h) => isHeading(l, h)));
    if (headingAt === -1) return [];
    const sentence = recipientSentence(lines, headingAt);
    let recipients = sentence === null ? [] : recipientsIn(sentence);
    if (recipients.length === 0) recipients = findAddresses(header(message, "x-failed-recipients"));
    const response = responseAfterLeadIn(lines, headingAt);
    const hasDsnDiagnostic = dsn?.recipients.some((r) => r.diagnosticCode !== null) ?? false;
    const diagnostic = response ?? (hasDsnDiagnostic ? "" : cardText(lines, headingAt));
    const opening = lines.slice(headingAt, headingAt + 12).join(" ");
    const permanent = !DELAY_WORDS.some((w) => opening.includes(w));
    const list: Array<string | null> = recipients.length > 0 ? recipients : [null];
    return list.map((recipient) => ({ recipient, diagnostic, permanent }));
  },
};

/** "Address not found" alone on its line, or as the text part writes it: "** Address not found **". */
function isHeading(line: string, heading: string): boolean {
  const t = line.trim();
  return t === heading || t === `** ${heading} **`;
}

function recipientSentence(lines: readonly string[], from: number): string | null {
  for (let i = from + 1; i < lines.length && i <= from + 12; i++) {
    const line = lines[i] as string;
    if (RECIPIENT_SENTENCES.some((s) => line.includes(s))) return line;
  }
  return null;
}

/** The addresses the sentence names before its reason ("... to bob@example.com because ..."). */
function recipientsIn(sentence: string): string[] {
  const cut = sentence.search(/ because | has been blocked|\. See |\. Gmail /);
  return findAddresses(cut === -1 ? sentence : sentence.slice(0, cut));
}

/**
 * The lines after "The response was:", joined later into one reply. The reply may hold single
 * blank lines (Google Groups' explanations); two blank lines or the returned message end it.
 */
function responseAfterLeadIn(lines: readonly string[], from: number): string | null {
  const leadIn = lines.findIndex((l, i) => i > from && LEAD_INS.some((s) => l.trim().startsWith(s)));
  if (leadIn === -1) return null;
  const first = lines[leadIn] as string;
  const sameLine = first
    .trim()
    .slice(first.trim().indexOf(":") + 1)
    .trim();
  const parts: string[] = sameLine === "" ? [] : [sameLine];
  let blanks = 0;
  for (let i = leadIn + 1; i < lines.length && i <= leadIn + 40; i++) {
    const line = (lines[i] as string).trim();
    if (RESPONSE_END.test(line)) break;
    if (line === "") {
      blanks++;
      if (blanks >= 2 && parts.length > 0) break;
      continue;
    }
    blanks = 0;
    parts.push(line);
  }
  return parts.length === 0 ? null : parts.join("\n");
}

/** The card's own sentences, for a card without a response (the reason is all there is). */
function cardText(lines: readonly string[], from: number): string {
  const parts: string[] = [];
  for (let i = from + 1; i < lines.length && i <= from + 8; i++) {
    const line = (lines[i] as string).trim();
    if (line === "" || /^(?:LEARN MORE|Learn more)/.test(line)) {
      if (parts.length > 0) break;
      continue;
    }
    parts.push(line);
  }
  return parts.join(" ");
}
