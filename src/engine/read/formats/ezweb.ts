/**
 * au (KDDI) EZweb's "Mail System Error - Returned Mail" from Postmaster@ezweb.ne.jp or
 * Postmaster@au.com: a Japanese preface, an English sentence saying why, then the recipients in
 * one of three shapes:
 *
 *   <bob@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)
 *
 *       Recipient: <bob@ezweb.ne.jp>
 *       >>> RCPT TO:<bob@ezweb.ne.jp>
 *       <<< 550 <bob@ezweb.ne.jp>: User unknown
 *
 *   <bob@ezweb.ne.jp>                 (alone; the English sentence is the only reason given)
 *
 * The English sentence ("The user(s) account is disabled.", "Your message was not delivered
 * within 0 days and 1 hours. Remote host is not responding.") comes before or after the list.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { commandIn, includesNearStart, leadingReplyCode, normalizeAddress } from "../text-tools";

const SENDERS = ["postmaster@ezweb.ne.jp", "postmaster@au.com"];
const TEXT_MARKERS = [
  "次のあて先へのメッセージはエラーのため送信できませんでした",
  "Each of the following recipients was rejected by a remote",
  "The user(s) account is",
];

/** `<bob@ezweb.ne.jp>`, `<bob@ezweb.ne.jp>: reply` or `Recipient: <bob@ezweb.ne.jp>`. */
const RECIPIENT_LINE = /^(?:Recipient: )?<([^\s<>@]{1,128}@[^\s<>]{1,255})>(?::\s?(.*))?$/;

/** The returned message follows a line of dashes, or starts straight away with its headers. */
const END_OF_NOTICE = /^(?:-{10,}|Received: |Content-Type: )/;

interface Block {
  recipient: string;
  reply: string | null;
  command: string | null;
}

export const ezweb: FormatReader = {
  id: "ezweb",
  name: "au EZweb (KDDI)",
  matches({ message }) {
    const from = message.from.toLowerCase();
    return (
      SENDERS.some((sender) => from.includes(sender)) ||
      TEXT_MARKERS.some((marker) => includesNearStart(message.text, marker))
    );
  },
  read({ lines }): RecipientReport[] {
    const blocks: Block[] = [];
    const notice: string[] = [];
    for (const raw of lines) {
      const line = raw.trim();
      if (END_OF_NOTICE.test(line)) break;
      if (line === "") continue;
      const recipient = RECIPIENT_LINE.exec(line);
      const current = blocks[blocks.length - 1];
      if (recipient !== null) {
        blocks.push({
          recipient: normalizeAddress(recipient[1] as string),
          reply: recipient[2] ?? null,
          command: null,
        });
      } else if (line.startsWith(">>> ") && current !== undefined) {
        current.command = commandIn(line);
      } else if (line.startsWith("<<< ") && current !== undefined) {
        current.reply = line.slice(4).trim();
      } else if (!line.endsWith(":") && !/[^\x20-\x7e]/.test(line)) {
        // The Japanese preface says what the English sentence says, in general terms; lines
        // ending in a colon only introduce the list ("The following recipients did not ...:").
        notice.push(line);
      }
    }
    const reason = notice.join(" ");
    return blocks.map((block) => toReport(block, reason));
  },
};

/** au's own verdict on the recipient's account ("... disabled.", "... temporarily over quota."). */
const ACCOUNT_STATE = "The user(s) account is";

function toReport(block: Block, reason: string): RecipientReport {
  // The reply alone, unless au's sentence states the account's state: a disabled account is
  // refused with a bare "550 user unknown", and only the sentence tells which it is.
  const diagnostic =
    block.reply === null ? reason : reason.includes(ACCOUNT_STATE) ? `${reason} ${block.reply}` : block.reply;
  const report: RecipientReport = { recipient: block.recipient, diagnostic };
  const command = block.command ?? (block.reply === null ? null : commandIn(block.reply));
  if (command !== null) report.command = command;
  if (block.reply !== null) {
    const replyCode = leadingReplyCode(block.reply);
    if (replyCode !== null) report.replyCode = replyCode;
  }
  return report;
}
