/**
 * The bounce of United Internet's mail services (GMX, mail.com, WEB.DE, 1&1 / IONOS): Exim's
 * wording, its own layout, and the returned headers after a line of their own.
 *
 *   "bob@example.jp":
 *   SMTP error from remote server after RCPT command:
 *   host: mx.example.jp
 *   5.2.2 <bob@example.jp>... Mailbox Full
 *
 *   bob@example.fr:
 *   SMTP error from remote server for TEXT command, host: mx.example.fr (192.0.2.1) reason: 550 5.2.0 ...
 *
 *   bob@example.org
 *
 *   For the following reason:          (or "Reason:")
 *
 *   Mail size limit exceeded. ...
 *
 *   --- The header of the original message is following. ---
 */
import type { FormatReader, RecipientReport } from "../reader";
import { includesNearStart, leadingReplyCode, normalizeAddress } from "../text-tools";

const HEADERS_FOLLOW = "--- The header of the original message is following. ---";

/** The marker comes after every recipient's error, so look further than the opening lines. */
const MARKER_WITHIN = 16000;

/** One address alone on its line, bare, quoted or in angle brackets, maybe with a colon. */
const RECIPIENT_LINE = /^["<]?([^\s"<>@]{1,128}@[^\s"<>:]{1,255})[">]?:?$/;

/** "SMTP error from remote server after RCPT command:" / "... for TEXT command, host: ..." */
const SMTP_STAGE = /\b(?:after|for) (RCPT|MAIL|DATA|TEXT|HELO|EHLO|CONNECT) command\b/;

const STAGE_COMMANDS: Readonly<Record<string, string>> = { TEXT: "DATA", CONNECT: "CONN" };

interface Block {
  recipient: string;
  diagnostic: string[];
  remoteMta: string | null;
  command: string | null;
}

export const gmx: FormatReader = {
  id: "gmx",
  name: "GMX, WEB.DE and 1&1 (United Internet)",
  matches: ({ message }) => includesNearStart(message.text, HEADERS_FOLLOW, MARKER_WITHIN),
  read({ lines }): RecipientReport[] {
    const blocks: Block[] = [];
    for (const raw of lines) {
      const line = raw.trim();
      if (line.startsWith(HEADERS_FOLLOW)) break;
      const address = RECIPIENT_LINE.exec(line);
      if (address !== null) {
        blocks.push({
          recipient: normalizeAddress(address[1] as string),
          diagnostic: [],
          remoteMta: null,
          command: null,
        });
        continue;
      }
      const block = blocks[blocks.length - 1];
      if (block === undefined || line === "") continue;
      readDetail(block, line);
    }
    return blocks.map(toReport);
  },
};

function readDetail(block: Block, line: string): void {
  if (line === "Reason:" || line === "For the following reason:") return;
  const stage = SMTP_STAGE.exec(line);
  if (stage !== null) {
    const word = stage[1] as string;
    block.command = STAGE_COMMANDS[word] ?? word;
    // "..., host: mx.example.fr (192.0.2.1) reason: 550 ..." when all is said on one line.
    const host = line.indexOf("host: ");
    const reason = line.indexOf(" reason: ", host);
    if (host !== -1 && reason !== -1) {
      block.remoteMta = line.slice(host + "host: ".length, reason).split(" ")[0] as string;
      block.diagnostic.push(line.slice(reason + " reason: ".length).trim());
    }
    return;
  }
  if (line.startsWith("host: ")) {
    block.remoteMta = line.slice("host: ".length).trim();
    return;
  }
  block.diagnostic.push(line);
}

function toReport(block: Block): RecipientReport {
  const diagnostic = block.diagnostic.join(" ");
  const report: RecipientReport = { recipient: block.recipient, diagnostic };
  if (block.remoteMta !== null) report.remoteMta = block.remoteMta;
  if (block.command !== null) report.command = block.command;
  const replyCode = leadingReplyCode(diagnostic);
  if (replyCode !== null) report.replyCode = replyCode;
  return report;
}
