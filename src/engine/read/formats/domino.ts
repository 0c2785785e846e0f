/**
 * IBM (Lotus) Domino: "Your message / Subject: ... / was not delivered to: / <addresses> /
 * because: / <reason>", with or without a delivery-status part. The text names the recipient as
 * the sender wrote it; the DSN part may name it after Domino's own rewriting.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress, indexOfLine } from "../text-tools";

const NOT_DELIVERED = "was not delivered to:";
const BECAUSE = "because:";

export const domino: FormatReader = {
  id: "domino",
  name: "IBM Domino",
  matches({ message }) {
    const head = message.text.slice(0, 4000);
    return head.includes(NOT_DELIVERED) && head.includes(BECAUSE);
  },
  read({ lines }): RecipientReport[] {
    const reports: RecipientReport[] = [];
    for (let at = indexOfLine(lines, NOT_DELIVERED); at !== -1; at = indexOfLine(lines, NOT_DELIVERED, at + 1)) {
      if ((lines[at] as string).trim() !== NOT_DELIVERED) continue;
      const recipients: string[] = [];
      let i = at + 1;
      for (; i < lines.length && (lines[i] as string).trim() !== BECAUSE; i++) {
        const line = (lines[i] as string).trim();
        if (line === "") continue;
        const address = findAddress(line);
        if (address === null) break;
        recipients.push(address);
      }
      if ((lines[i] as string | undefined)?.trim() !== BECAUSE) continue;
      const reason = paragraphAfter(lines, i);
      for (const recipient of recipients) reports.push({ recipient, diagnostic: reason });
    }
    return reports;
  },
};

/** The first paragraph after line `at`: its lines joined, blank lines before it skipped. */
function paragraphAfter(lines: readonly string[], at: number): string {
  let i = at + 1;
  while (i < lines.length && (lines[i] as string).trim() === "") i++;
  const paragraph: string[] = [];
  for (; i < lines.length && (lines[i] as string).trim() !== ""; i++) paragraph.push((lines[i] as string).trim());
  return paragraph.join(" ");
}
