/**
 * The DragonFly Mail Agent's (dma) bounce, one recipient per message:
 *
 *   This is the DragonFly Mail Agent v0.13 at df.example.org.
 *
 *   There was an error delivering your mail to <bob@example.com>.
 *
 *   mx.example.com [192.0.2.1] did not like our RCPT TO:
 *   550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown
 *
 *   Message headers follow.
 *
 * dma only writes one when it gives up, also on temporary errors after its retry period
 * ("Could not deliver for the last 432000 seconds. Giving up.").
 */
import type { FormatReader, RecipientReport } from "../reader";
import { includesNearStart, normalizeAddress } from "../text-tools";

const OPENING = "This is the DragonFly Mail Agent";
const RECIPIENT = /There was an error delivering your mail to <([^<>\s]{1,320})>/;
const REASON_ENDS = /^(?:Message headers follow\.|Original message follows\.)/;

/** "mx.example.com [192.0.2.1] did not like our RCPT TO:" and the reply after it. */
const DID_NOT_LIKE =
  /^([A-Za-z0-9][A-Za-z0-9._-]{0,254}) \[([0-9A-Fa-f.:]{1,64})\] did not like our ([A-Za-z ]{2,20}?):\s?/;

/** dma's notices name themselves in their first lines. */
const OPENING_WITHIN = 2000;

export const dragonfly: FormatReader = {
  id: "dragonfly",
  name: "DragonFly Mail Agent",
  matches: ({ message }) => includesNearStart(message.text, OPENING, OPENING_WITHIN),
  read({ lines }): RecipientReport[] {
    const opening = lines.findIndex((line) => line.includes(OPENING));
    if (opening === -1) return [];
    const reportingMta = / at ([A-Za-z0-9][A-Za-z0-9._-]{0,254})/.exec(lines[opening] as string)?.[1];
    for (let i = opening + 1; i < lines.length; i++) {
      const m = RECIPIENT.exec(lines[i] as string);
      if (m === null) continue;
      const reason: string[] = [];
      for (let j = i + 1; j < lines.length; j++) {
        const line = (lines[j] as string).trim();
        if (REASON_ENDS.test(line)) break;
        if (line !== "") reason.push(line);
      }
      const report = toReport(normalizeAddress(m[1] as string), reason.join(" "));
      if (reportingMta !== undefined) report.reportingMta = reportingMta.replace(/\.$/, "");
      return [report];
    }
    return [];
  },
};

function toReport(recipient: string, reason: string): RecipientReport {
  const report: RecipientReport = { recipient, diagnostic: reason, permanent: true };
  const m = DID_NOT_LIKE.exec(reason);
  if (m !== null) {
    report.remoteMta = m[1] as string;
    report.command = commandOf(m[3] as string);
    report.diagnostic = reason.slice(m[0].length);
  }
  return report;
}

/** "RCPT TO" gives RCPT, "final DATA" DATA, "MAIL FROM" MAIL. */
function commandOf(words: string): string | null {
  const m = /\b(RCPT|MAIL|DATA|EHLO|HELO|STARTTLS|AUTH)\b/i.exec(words);
  return m === null ? null : (m[1] as string).toUpperCase();
}
