/**
 * Ipswitch IMail Server (X-Mailer "<SMTP32 v...>", subject "Undeliverable Mail"): one line per
 * recipient, "Unknown user: bob@example.com", before "Original message follows."; or
 * "undeliverable to bob@example.com" followed by "Body of message generated response:" and the
 * remote server's reply.
 */
import { header } from "../../message/mail-message";
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress, isAddress } from "../text-tools";

const ORIGINAL_FOLLOWS = "Original message follows.";
const GENERATED_RESPONSE = "Body of message generated response:";
/** Header lines that IMail quotes from the original message; not reasons. */
const HEADER_NAMES = /^(?:To|Cc|Bcc|From|Sender|Reply-To|Date|Subject)$/i;

export const imail: FormatReader = {
  id: "imail",
  name: "IMail Server",
  matches({ message }) {
    if (header(message, "x-mailer").includes("<SMTP32 v")) return true;
    if (message.raw && !message.subject.startsWith("Undeliverable Mail")) return false;
    const head = message.text.slice(0, 4000);
    return head.includes(ORIGINAL_FOLLOWS) || head.includes(GENERATED_RESPONSE);
  },
  read({ lines }): RecipientReport[] {
    const end = lines.findIndex((line) => line.trim() === ORIGINAL_FOLLOWS);
    const notice = end === -1 ? lines : lines.slice(0, end);
    const reports: RecipientReport[] = [];
    for (const raw of notice) {
      const line = raw.trim();
      const reasonAndAddress = /^([^:]{3,200}): (\S{3,300})$/.exec(line);
      const reason = reasonAndAddress?.[1] ?? "";
      if (reasonAndAddress !== null && !HEADER_NAMES.test(reason) && isAddress(reasonAndAddress[2] as string)) {
        reports.push({ recipient: findAddress(reasonAndAddress[2] as string), diagnostic: line });
      } else if (line.startsWith("undeliverable to ") && findAddress(line) !== null) {
        reports.push({ recipient: findAddress(line), diagnostic: line });
      }
    }
    const reply = generatedResponse(notice);
    if (reply !== "") for (const report of reports) report.diagnostic = reply;
    return reports;
  },
};

/** The remote reply after "Body of message generated response:": its lines up to a blank one. */
function generatedResponse(lines: readonly string[]): string {
  const at = lines.findIndex((line) => line.trim().startsWith(GENERATED_RESPONSE));
  if (at === -1) return "";
  const reply: string[] = [];
  for (let i = at + 1; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "" && reply.length > 0) break;
    if (line !== "") reply.push(line);
  }
  return reply.join(" ");
}
