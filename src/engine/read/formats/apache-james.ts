/**
 * Apache James (and Verizon's vtext.com gateway, which runs it): "Error: Invalid user address",
 * "Error message below:" with the remote reply, then "Message details:" whose "RCPT TO:" lines
 * name the recipients.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress, indexOfLine } from "../text-tools";

const ERROR_BELOW = "Error message below:";
const DETAILS = "Message details:";

export const apacheJames: FormatReader = {
  id: "apache-james",
  name: "Apache James",
  matches({ message }) {
    const head = message.text.slice(0, 4000);
    return head.includes(ERROR_BELOW) && head.includes(DETAILS);
  },
  read({ lines }): RecipientReport[] {
    const details = indexOfLine(lines, DETAILS);
    if (details === -1) return [];
    const diagnostic = errorMessage(lines, details);
    const reports: RecipientReport[] = [];
    for (let i = details + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line === "") break;
      if (!/^RCPT TO:/i.test(line)) continue;
      const recipient = findAddress(line);
      if (recipient !== null) reports.push({ recipient, diagnostic, command: "RCPT" });
    }
    return reports;
  },
};

/** The lines between "Error message below:" and "Message details:", or the "Error:" line. */
function errorMessage(lines: readonly string[], details: number): string {
  const below = indexOfLine(lines, ERROR_BELOW);
  const message: string[] = [];
  for (let i = below + 1; below !== -1 && i < details; i++) {
    const line = (lines[i] as string).trim();
    if (line !== "") message.push(line);
  }
  if (message.length > 0) return message.join(" ");
  const error = lines.find((line) => line.startsWith("Error: "));
  return error === undefined ? "" : error.slice("Error: ".length).trim();
}
