/**
 * Mimecast's delivery failure notices: sections of "-- " lines after "could not be delivered:" /
 * "email address :" (the recipient), "The problem appears to be :" (Mimecast's summary) and
 * "Additional information follows :" (the remote reply, possibly wrapped).
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress, isAddress } from "../text-tools";

const PROBLEM = "The problem appears to be :";
const ADDITIONAL = "Additional information follows :";

export const mimecast: FormatReader = {
  id: "mimecast",
  name: "Mimecast",
  matches({ message }) {
    const head = message.text.slice(0, 4000);
    return head.includes(PROBLEM) && head.includes("-- ");
  },
  read({ lines, dsn }): RecipientReport[] {
    const recipients: string[] = [];
    let section = "";
    const problem: string[] = [];
    const additional: string[] = [];
    for (const raw of lines) {
      const line = raw.trim();
      if (line.includes(PROBLEM)) section = "problem";
      else if (line.includes(ADDITIONAL)) section = "additional";
      else if (line === "") {
        if (section !== "recipients") section = "";
      } else if (line.startsWith("-- ")) {
        const value = line.slice(3).trim();
        if (section === "problem") problem.push(value);
        else if (section === "additional") additional.push(value);
        else if (isAddress(value)) {
          recipients.push(findAddress(value) as string);
          section = "recipients";
        }
      } else if (section === "additional" && additional.length > 0) {
        additional.push(line);
      } else if (section === "recipients") {
        section = "";
      }
    }
    const diagnostic = additional.length > 0 ? additional.join(" ") : problem.join(" ");
    return recipients.map((recipient) => ({
      recipient,
      // The remote reply as the DSN part gives it carries its reply code; the text drops it.
      diagnostic: diagnosticInDsn(dsn?.recipients ?? [], recipient) ?? diagnostic,
    }));
  },
};

function diagnosticInDsn(
  records: ReadonlyArray<{ finalRecipient: string | null; diagnosticCode: string | null }>,
  recipient: string,
): string | null {
  const lower = recipient.toLowerCase();
  const record = records.find((r) => r.finalRecipient?.toLowerCase().endsWith(lower));
  return record?.diagnosticCode ?? null;
}
