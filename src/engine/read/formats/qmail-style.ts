/**
 * Servers that write qmail's layout under words of their own (Sisimai's "X2" and "X4": old Yahoo!
 * Japan and vpopmail-style hosts): an intro, then per recipient "<address>:" and the reason on the
 * following lines, up to "--- Original message follows." or "--- Below this line is a copy of the
 * message.".
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress } from "../text-tools";

const INTROS = [
  "Unable to deliver message to the following address(es).",
  "Your mail message to the following address(es) could not be delivered.",
];
const ENDS = ["--- Original message follows.", "--- Below this line is a copy of the message."];

export const qmailStyle: FormatReader = {
  id: "qmail-style",
  name: "qmail-style server (Sisimai X2, X4)",
  matches({ message }) {
    const head = message.text.slice(0, 4000);
    return INTROS.some((intro) => head.includes(intro));
  },
  read({ lines }): RecipientReport[] {
    const start = lines.findIndex((line) => INTROS.some((intro) => line.includes(intro)));
    if (start === -1) return [];
    const reports: Array<{ recipient: string; reason: string[] }> = [];
    for (let i = start + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (ENDS.some((end) => line.startsWith(end))) break;
      const opening = /^<([^<>\s]{1,300})>:$/.exec(line);
      const recipient = opening === null ? null : findAddress(opening[1] as string);
      if (recipient !== null) reports.push({ recipient, reason: [] });
      else if (line !== "") reports[reports.length - 1]?.reason.push(line.replace(/^\//, ""));
    }
    return reports.map(({ recipient, reason }) => {
      const diagnostic = reason.join(" ");
      const report: RecipientReport = { recipient, diagnostic };
      // The server gave up, even when the last reply it got was a temporary one.
      if (/not going to try again/i.test(diagnostic)) report.permanent = true;
      return report;
    });
  },
};
