/**
 * Yahoo Mail's own bounce ("Failure Notice" from MAILER-DAEMON@yahoo.com and Yahoo! JAPAN):
 *
 *   Sorry, we were unable to deliver your message to the following address.
 *
 *   <bob@example.org>:
 *   Remote host said: 550 5.1.1 <bob@example.org>... User Unknown [RCPT_TO]
 *
 *   --- Below this line is a copy of the message.
 *
 * Newer ones drop "Remote host said:" and glue a colon to the reply code ("550: 5.2.2 ...",
 * "550: : User unknown"), which the usual reply-code scanners do not take for a code.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { includesNearStart, leadingReplyCode, normalizeAddress } from "../text-tools";

const OPENING = "Sorry, we were unable to deliver your message to the following address";
const COPY_BELOW = "--- Below this line is a copy of the message.";

/** `<bob@example.org>:` alone on its line opens a recipient's block. */
const RECIPIENT_LINE = /^<([^\s<>@]{1,128}@[^\s<>]{1,255})>:$/;

/** Yahoo names the SMTP stage in brackets at the end: "[RCPT_TO]", "[MAIL_FROM]", "[DATA]". */
const STAGE_COMMANDS: Readonly<Record<string, string>> = {
  RCPT_TO: "RCPT",
  MAIL_FROM: "MAIL",
  DATA: "DATA",
  CONNECT: "CONN",
  HELO: "HELO",
  EHLO: "EHLO",
};

export const yahoo: FormatReader = {
  id: "yahoo",
  name: "Yahoo Mail",
  matches: ({ message }) => includesNearStart(message.text, OPENING),
  read({ lines }): RecipientReport[] {
    const start = lines.findIndex((line) => line.includes(OPENING));
    if (start === -1) return [];
    const blocks: Array<{ recipient: string; parts: string[] }> = [];
    for (let i = start + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line.startsWith(COPY_BELOW)) break;
      const m = RECIPIENT_LINE.exec(line);
      if (m !== null) blocks.push({ recipient: normalizeAddress(m[1] as string), parts: [] });
      else if (line !== "") blocks[blocks.length - 1]?.parts.push(line);
    }
    return blocks.map(({ recipient, parts }) => toReport(recipient, parts.join(" ")));
  },
};

function toReport(recipient: string, said: string): RecipientReport {
  let diagnostic = said.replace(/^Remote host said:\s*/, "").trimEnd();
  let command: string | null = null;
  const open = diagnostic.lastIndexOf("[");
  const stage = open !== -1 && diagnostic.endsWith("]") ? STAGE_COMMANDS[diagnostic.slice(open + 1, -1)] : undefined;
  if (stage !== undefined) {
    command = stage;
    diagnostic = diagnostic.slice(0, open).trimEnd();
  }
  const report: RecipientReport = { recipient, diagnostic, command };
  const replyCode = leadingReplyCode(diagnostic);
  if (replyCode !== null) report.replyCode = replyCode;
  return report;
}
