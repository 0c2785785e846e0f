/**
 * An unnamed Japanese server (Sisimai's "X1", From "Mail Deliver System"): "---The following
 * addresses had delivery errors---", then one "address [reason]" line per recipient.
 */
import { header } from "../../message/mail-message";
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress, indexOfLine } from "../text-tools";

const HEADING = "---The following addresses had delivery errors---";

export const deliveryErrorsList: FormatReader = {
  id: "delivery-errors-list",
  name: "Unnamed server listing addresses with [reasons] (Sisimai X1)",
  matches: ({ message }) => message.text.slice(0, 4000).includes(HEADING),
  read({ message, lines }): RecipientReport[] {
    const heading = indexOfLine(lines, HEADING);
    if (heading === -1) return [];
    // "Warning--Could not send mail for past 8.5 hours": the server is still trying.
    const warning = header(message, "subject").startsWith("Warning");
    const reports: RecipientReport[] = [];
    for (let i = heading + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line === "") {
        if (reports.length > 0) break;
        continue;
      }
      const m = /^(\S{3,300})\s+\[([^\]]{0,500})\]$/.exec(line);
      const recipient = m === null ? null : findAddress(m[1] as string);
      if (m === null || recipient === null) break;
      const report: RecipientReport = { recipient, diagnostic: (m[2] as string).trim() };
      if (warning) {
        report.action = "delayed";
        report.permanent = false;
      }
      reports.push(report);
    }
    return reports;
  },
};
