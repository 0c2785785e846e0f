/**
 * Trustwave (Marshal) MailMarshal SMTP: "Your message: ... Could not be delivered because of" the
 * remote reply, "The following recipients were affected:" the indented addresses, then
 * "Additional Information" fields (Remote-MTA, Reporting-MTA, ...).
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress, indexOfLine, isAddress } from "../text-tools";

const BECAUSE_OF = "Could not be delivered because of";
const AFFECTED = "The following recipients were affected:";

export const mailMarshal: FormatReader = {
  id: "mailmarshal",
  name: "MailMarshal",
  matches({ message }) {
    const head = message.text.slice(0, 4000);
    return head.includes(BECAUSE_OF) && head.includes(AFFECTED);
  },
  read({ lines }): RecipientReport[] {
    const because = indexOfLine(lines, BECAUSE_OF);
    const affected = indexOfLine(lines, AFFECTED, because + 1);
    if (because === -1 || affected === -1) return [];
    const reply = lines
      .slice(because + 1, affected)
      .map((line) => line.trim())
      .filter((line) => line !== "")
      .join(" ");
    const recipients: string[] = [];
    for (let i = affected + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line === "") {
        if (recipients.length > 0) break;
        continue;
      }
      if (!isAddress(line)) break;
      recipients.push(findAddress(line) as string);
    }
    const remoteMta = fieldValue(lines, "Remote-MTA:", affected);
    const reportingMta = fieldValue(lines, "Reporting-MTA:", affected);
    return recipients.map((recipient) => ({ recipient, diagnostic: reply, remoteMta, reportingMta }));
  },
};

/** "Remote-MTA:   <203.0.113.2>" gives "203.0.113.2". */
function fieldValue(lines: readonly string[], name: string, from: number): string | null {
  const at = indexOfLine(lines, name, from);
  if (at === -1) return null;
  const value = (lines[at] as string)
    .slice((lines[at] as string).indexOf(name) + name.length)
    .trim()
    .replace(/^<|>$/g, "");
  return value === "" ? null : value;
}
