/**
 * m-FILTER, a Japanese mail gateway: a Japanese notice ending with the failed address, then
 * "-------server message" (the remote reply) and "-------SMTP command" (the command it answered).
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress, indexOfLine, isAddress } from "../text-tools";

const SERVER_MESSAGE = "-------server message";
const SMTP_COMMAND = "-------SMTP command";

export const mFilter: FormatReader = {
  id: "m-filter",
  name: "m-FILTER",
  matches: ({ message }) => message.text.slice(0, 4000).includes(SERVER_MESSAGE),
  read({ lines }): RecipientReport[] {
    const serverMessage = indexOfLine(lines, SERVER_MESSAGE);
    if (serverMessage === -1) return [];
    const recipients: string[] = [];
    for (let i = serverMessage - 1; i >= 0; i--) {
      const line = (lines[i] as string).trim();
      if (line === "") {
        if (recipients.length > 0) break;
        continue;
      }
      if (!isAddress(line)) break;
      recipients.unshift(findAddress(line) as string);
    }
    const reply = linesUntilBlank(lines, serverMessage + 1).join(" ");
    const commandAt = indexOfLine(lines, SMTP_COMMAND, serverMessage);
    const command = commandAt === -1 ? null : (linesUntilBlank(lines, commandAt + 1)[0] ?? null);
    return recipients.map((recipient) => ({
      recipient,
      diagnostic: reply,
      command: command === null ? null : (command.split(" ")[0] as string).toUpperCase(),
    }));
  },
};

function linesUntilBlank(lines: readonly string[], from: number): string[] {
  const out: string[] = [];
  for (let i = from; i < lines.length && (lines[i] as string).trim() !== ""; i++) out.push((lines[i] as string).trim());
  return out;
}
