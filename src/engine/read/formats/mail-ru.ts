/**
 * Mail.ru's bounce: Exim's report, written twice, first under a Russian preface, then in English.
 *
 *   К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:
 *     bob
 *       SMTP error from remote mail server after RCPT TO:<bob@example.jp>:
 *       host mx.example.jp [192.0.2.2]: 550 5.1.1 <bob@example.jp>... User Unknown
 *   ...
 *   A message that you sent could not be delivered to one or more of its
 *   recipients. This is a permanent error. The following address(es) failed:
 *     bob@example.jp
 *       SMTP error from remote mail server after RCPT TO:<bob@example.jp>:
 *       host mx.example.jp [192.0.2.2]: 550 5.1.1 <bob@example.jp>... User Unknown
 *
 * The English list is read first: the Russian one sometimes names only the local part.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { commandIn, findAddress, includesNearStart, leadingReplyCode } from "../text-tools";

const RUSSIAN_PREFACE = "сервером Mail.Ru";
const ENGLISH_LIST = "The following address(es) failed:";
const RUSSIAN_LIST = "не может быть доставлено";
const COPY_FOLLOWS = "------ This is a copy of the message";

/** `host mx.example.jp [192.0.2.2]: 550 ...`: the server that answered and what it said. */
const HOST_SAID = /\bhost ([A-Za-z0-9.-]{1,255}) \[[0-9A-Fa-f.:]{2,45}\]:\s?(.*)$/;

export const mailRu: FormatReader = {
  id: "mail-ru",
  name: "Mail.ru",
  matches: ({ message }) =>
    includesNearStart(message.text, RUSSIAN_PREFACE) ||
    (message.from.toLowerCase().includes("mail.ru") && includesNearStart(message.text, ENGLISH_LIST)),
  read({ lines }): RecipientReport[] {
    for (const heading of [ENGLISH_LIST, RUSSIAN_LIST]) {
      const start = lines.findIndex((line) => line.includes(heading));
      if (start === -1) continue;
      const reports = readList(lines, start + 1);
      if (reports.length > 0) return reports;
    }
    return [];
  },
};

/**
 * Reads "  recipient" lines each followed by its indented error lines. The list ends at the
 * copy of the message, or at a blank line that no further recipient follows.
 */
function readList(lines: readonly string[], from: number): RecipientReport[] {
  const blocks: Array<{ label: string; detail: string[] }> = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    if (trimmed.startsWith(COPY_FOLLOWS)) break;
    if (trimmed === "") {
      if (blocks.length > 0 && !isRecipientLine(nextNonBlank(lines, i))) break;
      continue;
    }
    if (isRecipientLine(line)) blocks.push({ label: trimmed, detail: [] });
    else blocks[blocks.length - 1]?.detail.push(trimmed);
  }
  return blocks.flatMap(({ label, detail }) => {
    const text = detail.join(" ");
    const recipient = findAddress(label) ?? findAddress(text);
    return recipient === null ? [] : [toReport(recipient, text)];
  });
}

/** A recipient line is one word (an address, or a bare local part), indented less than its details. */
function isRecipientLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === "" || /\s/.test(trimmed)) return false;
  const indent = line.length - line.trimStart().length;
  return indent < 4 && (trimmed.includes("@") || indent > 0);
}

function nextNonBlank(lines: readonly string[], from: number): string {
  for (let i = from + 1; i < lines.length; i++) if ((lines[i] as string).trim() !== "") return lines[i] as string;
  return "";
}

function toReport(recipient: string, detail: string): RecipientReport {
  const said = HOST_SAID.exec(detail);
  if (said === null) return { recipient, diagnostic: detail };
  const diagnostic = said[2] as string;
  const report: RecipientReport = {
    recipient,
    diagnostic,
    remoteMta: said[1] as string,
    command: commandIn(detail.slice(0, said.index)),
  };
  const replyCode = leadingReplyCode(diagnostic);
  if (replyCode !== null) report.replyCode = replyCode;
  return report;
}
