/**
 * OpenSMTPD's notices (bounce.c): an indented preface, then one unindented line per recipient.
 *
 *       Hi!
 *
 *       This is the MAILER-DAEMON, please DO NOT REPLY to this email.
 *
 *       An error has occurred while attempting to deliver a message for
 *       the following list of recipients:
 *
 *   bob@example.com: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown
 *
 *       Below is a copy of the original message:
 *
 * Warnings say "A message is delayed for more than ..." and "this is only a temporary failure
 * report"; success reports "Your message was successfully delivered to these recipients".
 */
import type { FormatReader, RecipientReport } from "../reader";
import { includesNearStart, normalizeAddress } from "../text-tools";

const OPENING = "This is the MAILER-DAEMON, please DO NOT REPLY to this";
const COPY_FOLLOWS = "Below is a copy of the original message";

/** OpenSMTPD's notices name themselves in their first lines. */
const OPENING_WITHIN = 2000;

/** `bob@example.com: reason` at the margin. */
const RECIPIENT_LINE = /^([^\s:<>@]{1,128}@[^\s:<>]{1,255}):\s?(.*)$/;

type NoticeKind = "error" | "delay" | "delivered" | "relayed";

export const opensmtpd: FormatReader = {
  id: "opensmtpd",
  name: "OpenSMTPD",
  matches: ({ message }) => includesNearStart(message.text, OPENING, OPENING_WITHIN),
  read({ lines }): RecipientReport[] {
    const opening = lines.findIndex((line) => line.includes(OPENING));
    if (opening === -1) return [];
    let kind: NoticeKind = "error";
    const reports: RecipientReport[] = [];
    for (let i = opening + 1; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line.includes(COPY_FOLLOWS)) break;
      if (line.includes("A message is delayed for more than") || line.includes("only a temporary failure report")) {
        kind = "delay";
      } else if (line.includes("was successfully delivered to these recipients")) {
        kind = "delivered";
      } else if (line.includes("was relayed to these recipients")) {
        kind = "relayed";
      }
      const m = RECIPIENT_LINE.exec(line);
      if (m !== null)
        reports.push({ recipient: normalizeAddress(m[1] as string), diagnostic: (m[2] as string).trim() });
    }
    for (const report of reports) {
      report.permanent = kind === "error";
      if (kind === "delivered" || kind === "relayed") report.action = kind;
    }
    return reports;
  },
};
