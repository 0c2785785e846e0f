/**
 * The Courier mail server's notices (courierdsn), with the SMTP dialogue that failed:
 *
 *   This is a delivery status notification from mx.example.org,
 *   running the Courier mail server, version 0.65.2.
 *   ...
 *                              UNDELIVERABLE MAIL
 *
 *   Your message to the following recipients cannot be delivered:
 *
 *   <bob@example.com>:
 *       mx.example.com [192.0.2.1]:
 *   >>> RCPT TO:<bob@example.com>
 *   <<< 550 5.1.1 <bob@example.com>... User Unknown
 *
 * ">>>" is what Courier sent, "<<<" what the server answered (or Courier's own reason, alone).
 * "DELAYS IN DELIVERING YOUR MESSAGE" notices are warnings.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { commandIn, includesNearStart, normalizeAddress } from "../text-tools";

const OPENINGS = ["running the Courier mail server", "UNDELIVERABLE MAIL", "DELAYS IN DELIVERING YOUR MESSAGE"];
const DELAYED = "DELAYS IN DELIVERING YOUR MESSAGE";

/** Courier's notices name themselves in their first lines. */
const OPENING_WITHIN = 3000;

const RECIPIENT_LINE = /^<([^<>\s]{1,320})>:\s*$/;
const REMOTE_LINE = /^([A-Za-z0-9][A-Za-z0-9._-]{0,254}) \[([0-9A-Fa-f.:]{1,64})\]:?$/;

export const courier: FormatReader = {
  id: "courier",
  name: "Courier mail server",
  matches: ({ message }) => OPENINGS.some((o) => includesNearStart(message.text, o, OPENING_WITHIN)),
  read({ lines }): RecipientReport[] {
    const opening = lines.findIndex((line) => OPENINGS.some((o) => line.includes(o)));
    if (opening === -1) return [];
    const delayed = lines.slice(opening, opening + 20).some((line) => line.includes(DELAYED));
    const reportingMta = /notification from ([A-Za-z0-9][A-Za-z0-9._-]{0,254}),/.exec(lines[opening] as string)?.[1];
    const reports: RecipientReport[] = [];
    let current: { report: RecipientReport; replies: string[] } | null = null;
    const close = () => {
      if (current === null) return;
      current.report.diagnostic = current.replies.join(" ");
      reports.push(current.report);
      current = null;
    };
    for (let i = opening + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      const recipient = RECIPIENT_LINE.exec(line);
      if (recipient !== null) {
        close();
        const report: RecipientReport = { recipient: normalizeAddress(recipient[1] as string), diagnostic: "" };
        report.permanent = !delayed;
        if (reportingMta !== undefined) report.reportingMta = reportingMta;
        current = { report, replies: [] };
        continue;
      }
      if (current === null) continue;
      if (line === "" || /^-{10,}$/.test(line)) {
        close();
        continue;
      }
      const remote = REMOTE_LINE.exec(line);
      if (remote !== null) current.report.remoteMta = remote[1] as string;
      else if (line.startsWith(">>>")) current.report.command = commandIn(line.slice(3)) ?? null;
      else if (line.startsWith("<<<")) current.replies.push(line.slice(3).trim());
      else current.replies.push(line);
    }
    close();
    return reports;
  },
};
