/**
 * Verizon Wireless's MMS gateway (vzwpix.com): "Message could not be delivered to mobile.",
 * "Error: <reason>", then "Original Message:" with the "To:" recipients.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddresses, indexOfLine } from "../text-tools";

const INTRO = "Message could not be delivered to mobile";
const ORIGINAL = "Original Message:";

export const verizonMms: FormatReader = {
  id: "verizon-mms",
  name: "Verizon Wireless MMS gateway",
  matches: ({ message }) => message.text.slice(0, 4000).includes(INTRO),
  read({ lines }): RecipientReport[] {
    const intro = indexOfLine(lines, INTRO);
    const original = indexOfLine(lines, ORIGINAL, intro + 1);
    if (intro === -1 || original === -1) return [];
    const error = lines.slice(intro + 1, original).find((line) => line.startsWith("Error:"));
    const diagnostic = error === undefined ? "" : error.slice("Error:".length).trim();
    for (let i = original + 1; i < lines.length; i++) {
      const line = lines[i] as string;
      if (line.trim() === "") break;
      if (line.startsWith("To:")) return findAddresses(line).map((recipient) => ({ recipient, diagnostic }));
    }
    return [];
  },
};
