/**
 * Trend Micro InterScan Messaging Security Suite: the SMTP exchange that failed ("Sent <<< RCPT
 * TO:<addr>" / "Received >>> 550 ..."), or "Unable to deliver message to <addr> (and other
 * recipients in the same domain)".
 */
import type { FormatReader, RecipientReport } from "../reader";
import { commandIn, findAddress } from "../text-tools";

const SENT = "Sent <<< ";
const RECEIVED = "Received >>> ";
const UNABLE = "Unable to deliver message to <";

export const interscan: FormatReader = {
  id: "interscan",
  name: "Trend Micro InterScan MSS",
  matches({ message }) {
    if (message.from.includes("InterScan")) return true;
    const head = message.text.slice(0, 4000);
    return head.includes("Message from InterScan") || (head.includes(SENT) && head.includes(RECEIVED));
  },
  read({ lines }): RecipientReport[] {
    const reports: RecipientReport[] = [];
    let current: RecipientReport | null = null;
    for (const raw of lines) {
      const line = raw.trim();
      if (line.startsWith(SENT)) {
        const recipient = findAddress(line);
        const command = commandIn(line);
        if (recipient !== null && command === "RCPT") {
          current = { recipient, diagnostic: "", command };
          reports.push(current);
        } else if (current !== null) {
          // A later command of the same exchange (DATA, ...) failed for the recipients named before.
          current.command = command;
        }
      } else if (line.startsWith(RECEIVED) && current !== null) {
        current.diagnostic = line.slice(RECEIVED.length).trim();
      } else if (line.includes(UNABLE)) {
        const recipient = findAddress(line.slice(line.indexOf(UNABLE)));
        if (recipient !== null) reports.push({ recipient, diagnostic: line.replace(/^Reason:\s*/, "") });
      }
    }
    return reports;
  },
};
