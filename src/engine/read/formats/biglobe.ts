/**
 * BIGLOBE's notice (postmaster@biglobe.ne.jp, also its partner cable ISPs), Sendmail-like
 * headings with the addresses and the reason in plain words, without an SMTP reply:
 *
 *      ----- The following addresses had delivery problems -----
 *   bob@example.ne.jp
 *
 *      ----- Non-delivered information -----
 *   The number of messages in recipient's mailbox exceeded the local limit.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress, includesNearStart, isAddress } from "../text-tools";

const ADDRESSES_HEADING = "----- The following addresses had delivery problems -----";
const REASON_HEADING = "----- Non-delivered information -----";

export const biglobe: FormatReader = {
  id: "biglobe",
  name: "BIGLOBE",
  matches: ({ message }) => includesNearStart(message.text, REASON_HEADING),
  read({ lines }): RecipientReport[] {
    const recipients: string[] = [];
    const reason: string[] = [];
    let section: "none" | "addresses" | "reason" = "none";
    for (const raw of lines) {
      const line = raw.trim();
      if (line.includes(ADDRESSES_HEADING)) section = "addresses";
      else if (line.includes(REASON_HEADING)) section = "reason";
      else if (line.startsWith("-----") || (section === "reason" && line === "" && reason.length > 0)) {
        if (section === "reason") break;
        section = "none";
      } else if (section === "addresses" && isAddress(line)) {
        const address = findAddress(line);
        if (address !== null) recipients.push(address);
      } else if (section === "reason" && line !== "") {
        reason.push(line);
      }
    }
    const diagnostic = reason.join(" ");
    return recipients.map((recipient) => ({ recipient, diagnostic }));
  },
};
