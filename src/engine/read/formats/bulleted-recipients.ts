/**
 * An unnamed server (Sisimai's "X3", From "Mail Delivery System", subject "Delivery status
 * notification"): "Delivery to the following recipients failed permanently:" (or "was aborted
 * after 5.0 hour(s):", sometimes spelt "Delevery"), the recipients as "* address" bullets, then
 * the reason between lines of "=" ("SMTP:RCPT host 192.0.2.8: 553 5.3.0 ...", "Routing: ...").
 * Its DSN part, when there is one, may give a Status that contradicts the reply: the reply wins.
 */
import type { DsnRecipient } from "../../dsn/parse-delivery-status";
import { findEnhancedStatus } from "../../smtp/codes";
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress } from "../text-tools";

const INTRO = /^(?:Delivery|Delevery) to the following recipients (?:failed permanently|was aborted after)/;

export const bulletedRecipients: FormatReader = {
  id: "bulleted-recipients",
  name: "Unnamed server listing * recipients (Sisimai X3)",
  matches({ message }) {
    const head = message.text.slice(0, 4000);
    return (
      head.includes("to the following recipients failed permanently:") || head.includes("recipients was aborted after")
    );
  },
  read({ lines, dsn }): RecipientReport[] {
    const start = lines.findIndex((line) => INTRO.test(line.trim()));
    if (start === -1) return [];
    const recipients: string[] = [];
    const reasons: string[] = [];
    for (let i = start + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line.startsWith("--")) break;
      if (line === "" || /^={10,}$/.test(line)) continue;
      const bullet = /^\* (\S{3,300})$/.exec(line);
      if (bullet !== null && reasons.length === 0) {
        const recipient = findAddress(bullet[1] as string);
        if (recipient !== null) recipients.push(recipient);
      } else if (recipients.length > 0) {
        reasons.push(line);
      }
    }
    return recipients.map((recipient) => {
      const own = reasons.find((reason) => reason.toLowerCase().includes(recipient.toLowerCase()));
      const fields = fieldsOf(dsn?.recipients ?? [], recipient);
      const reason = (own ?? reasons[0] ?? "").replace(/^Routing:\s*/, "");
      const diagnostic = reason !== "" ? reason : (fields?.diagnosticCode ?? "");
      const report: RecipientReport = { recipient, diagnostic, command: /^SMTP:([A-Z]{4}) /.exec(reason)?.[1] ?? null };
      const status = findEnhancedStatus(diagnostic);
      if (status !== null) report.status = status;
      return report;
    });
  },
};

function fieldsOf(records: readonly DsnRecipient[], recipient: string): DsnRecipient | undefined {
  const lower = recipient.toLowerCase();
  return (
    records.find((r) => r.finalRecipient?.toLowerCase() === lower) ?? (records.length === 1 ? records[0] : undefined)
  );
}
