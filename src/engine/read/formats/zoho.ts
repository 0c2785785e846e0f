/**
 * Zoho Mail's bounce: one line per recipient, the reply code and the reply after "ERROR_CODE :".
 *
 *   bob@example.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <bob@example.jp>... User Unknown
 *   bob@example.jp Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable.
 *
 * Its delay warning writes the same in brackets:
 *
 *   [Status: Error, Address: <bob@example.jp>, ResponseCode 421, , Host not reachable.]
 *   Message will be retried for 4 more day(s)
 */
import type { FormatReader, RecipientReport } from "../reader";
import { includesNearStart, normalizeAddress } from "../text-tools";

const ERROR_CODE = "ERROR_CODE :";
const STATUS_BRACKET = "[Status: ";

const RECIPIENT_LINE = /^([^\s<>@]{1,128}@[^\s<>]{1,255}) (.+)$/;
const BRACKET_LINE = /^\[Status: [^\]]{0,80}?Address: <([^\s<>@]{1,128}@[^\s<>]{1,255})>, (.*)\]$/;
const REPLY_CODE = /(?:ERROR_CODE :|ResponseCode )([245][0-5]\d)\b/;

export const zoho: FormatReader = {
  id: "zoho",
  name: "Zoho Mail",
  matches: ({ message }) =>
    includesNearStart(message.text, ERROR_CODE) || includesNearStart(message.text, `${STATUS_BRACKET}Error, Address:`),
  read({ message, lines }): RecipientReport[] {
    const head = message.text.slice(0, 4000);
    // A returned message was given up on even after a 4xx reply; a warning's will be retried.
    const permanent = /Message will be retried|THIS IS A WARNING MESSAGE ONLY/.test(head)
      ? false
      : head.includes("This is a permanent error")
        ? true
        : undefined;
    const reports: RecipientReport[] = [];
    for (const raw of lines) {
      const line = raw.trim();
      const m = line.includes(ERROR_CODE)
        ? RECIPIENT_LINE.exec(line)
        : line.startsWith(STATUS_BRACKET)
          ? BRACKET_LINE.exec(line)
          : null;
      if (m === null) continue;
      const diagnostic = m[2] as string;
      const report: RecipientReport = { recipient: normalizeAddress(m[1] as string), diagnostic };
      const replyCode = REPLY_CODE.exec(diagnostic)?.[1];
      if (replyCode !== undefined) report.replyCode = replyCode;
      if (permanent !== undefined) report.permanent = permanent;
      reports.push(report);
    }
    return reports;
  },
};
