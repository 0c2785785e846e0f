/**
 * An unnamed server (Sisimai's "X6", subject "There was an error sending your mail"): "We had
 * trouble delivering your message. Full details follow:", then one line per failure, either
 * "The following recipients returned permanent errors: addr. Reason: ... [reply]" or
 * "SMTP Server <host> rejected recipient <addr> (Error following RCPT command). It responded as
 * follows: [reply]".
 */
import type { FormatReader, RecipientReport } from "../reader";
import { commandIn, findAddress, findAddresses } from "../text-tools";

const INTRO = "We had trouble delivering your message. Full details follow:";
const RETURNED = "The following recipients returned permanent errors:";
const REJECTED = /^SMTP Server <([^<>\s]{1,255})> rejected recipient <([^<>\s]{1,300})>/;

export const troubleDelivering: FormatReader = {
  id: "trouble-delivering",
  name: "Unnamed server: 'We had trouble delivering your message' (Sisimai X6)",
  matches: ({ message }) => message.text.slice(0, 4000).includes(INTRO),
  read({ lines }): RecipientReport[] {
    const reports: RecipientReport[] = [];
    for (const raw of lines) {
      const line = raw.trim();
      if (line.startsWith("The attachment contains the original mail headers")) break;
      const rejected = REJECTED.exec(line);
      if (rejected !== null) {
        const recipient = findAddress(rejected[2] as string);
        if (recipient !== null) reports.push(report(recipient, line, rejected[1] as string));
      } else if (line.startsWith(RETURNED)) {
        const list = line.slice(RETURNED.length).split(". Reason:")[0] as string;
        const server = /SMTP Server <([^<>\s]{1,255})>/.exec(line)?.[1] ?? null;
        for (const recipient of findAddresses(list)) reports.push(report(recipient, line, server));
      }
    }
    return reports;
  },
};

/** The server's reply is the bracketed text at the end of the line; the whole line otherwise. */
function report(recipient: string, line: string, remoteMta: string | null): RecipientReport {
  const reply = /\[([245]\d\d[^[\]]{0,1000})\]\s*$/.exec(line);
  const command = /\((?:Error following )?([A-Z]{4})(?: command)?\)/.exec(line)?.[1] ?? null;
  return {
    recipient,
    diagnostic: reply === null ? line : (reply[1] as string).trim(),
    remoteMta,
    command: command === null ? commandIn(line) : command,
  };
}
