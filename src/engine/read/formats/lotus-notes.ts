/**
 * Lotus Notes' SMTP MTA (before Domino): "------- Failure Reasons --------", the reason and the
 * address on lines of their own, then "------- Returned Message --------".
 */
import type { FormatReader, RecipientReport } from "../reader";
import { indexOfLine, isAddress, normalizeAddress } from "../text-tools";

const REASONS = "------- Failure Reasons";
const RETURNED = "------- Returned Message";

export const lotusNotes: FormatReader = {
  id: "lotus-notes",
  name: "Lotus Notes",
  matches: ({ message }) => message.text.slice(0, 4000).includes(REASONS),
  read({ lines }): RecipientReport[] {
    const start = indexOfLine(lines, REASONS);
    if (start === -1) return [];
    const reports: RecipientReport[] = [];
    let reason: string[] = [];
    for (let i = start + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line.startsWith(RETURNED)) break;
      if (line === "") continue;
      if (isAddress(line)) {
        reports.push({ recipient: normalizeAddress(line), diagnostic: reason.join(" ") });
        reason = [];
        continue;
      }
      // A reason written after its address belongs to that address.
      const last = reports[reports.length - 1];
      if (last !== undefined && last.diagnostic === "" && reason.length === 0) last.diagnostic = line;
      else reason.push(line);
    }
    return reports;
  },
};
