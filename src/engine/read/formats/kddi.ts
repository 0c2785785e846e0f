/**
 * KDDI's au one net (dion.ne.jp, auone-net.jp) notice, a Japanese preface and then:
 *
 *   Your mail sent on: Thu, 29 Apr 2013 23:45:22 +0900
 *        Could not be delivered to: <bob@example.dion.ne.jp>
 *        As their mailbox is full.
 *
 * The indented sentence after the address is the only reason given; there is no SMTP reply.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { includesNearStart, normalizeAddress } from "../text-tools";

const NOT_DELIVERED = "Could not be delivered to: <";
const RECIPIENT_LINE = /^Could not be delivered to: <([^\s<>@]{1,128}@[^\s<>]{1,255})>/;

export const kddi: FormatReader = {
  id: "kddi",
  name: "au one net (KDDI)",
  matches: ({ message }) => includesNearStart(message.text, NOT_DELIVERED),
  read({ lines }): RecipientReport[] {
    const reports: RecipientReport[] = [];
    for (let i = 0; i < lines.length; i++) {
      const m = RECIPIENT_LINE.exec((lines[i] as string).trim());
      if (m === null) continue;
      const reason: string[] = [];
      // The reason is indented like the address line; a blank line or a new notice ends it.
      for (let j = i + 1; j < lines.length; j++) {
        const next = lines[j] as string;
        if (!/^\s/.test(next) || next.trim() === "" || RECIPIENT_LINE.test(next.trim())) break;
        reason.push(next.trim());
      }
      reports.push({ recipient: normalizeAddress(m[1] as string), diagnostic: reason.join(" ") });
    }
    return reports;
  },
};
