/**
 * The non-delivery report of Microsoft Exchange 5.5 to 2003 (Internet Mail Service):
 *
 *   Your message
 *     To:      bob@example.com
 *     Subject: Hello
 *   did not reach the following recipient(s):
 *   bob@example.com on Thu, 29 Apr 2010 00:00:00 -0000
 *       The recipient name is not recognized
 *       The MTS-ID of the original message is: c=us;a= ;p=example;l=EX01...
 *       MSEXCH:IMS:Example:Site:EX01 0 (000C05A6) Unknown Recipient
 *
 * It carries no SMTP codes: the reason is Exchange's own text.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress } from "../text-tools";

const OPENINGS = ["did not reach the following recipient(s):", "The following recipient(s) could not be reached:"];

/** "bob@example.com on Thu, 29 Apr 2010 ..." or "bob@example.com on 4/29/01 11:34:45 PM". */
const RECIPIENT_LINE = /^\s{0,12}([^\s@]{1,320}@[^\s@]{1,255}) on \S/;

export const exchange2003: FormatReader = {
  id: "exchange2003",
  name: "Microsoft Exchange 2003",
  matches({ message }) {
    const opening = message.text.slice(0, 3000);
    return OPENINGS.some((o) => opening.includes(o));
  },
  read({ lines }): RecipientReport[] {
    const start = lines.findIndex((l) => OPENINGS.some((o) => l.includes(o)));
    if (start === -1) return [];
    const reports: RecipientReport[] = [];
    let details: string[] | null = null;
    let afterMtsId = false;
    const flush = () => {
      const last = reports[reports.length - 1];
      if (last !== undefined && details !== null) last.diagnostic = details.join(" ");
    };
    for (let i = start + 1; i < lines.length; i++) {
      const line = lines[i] as string;
      const recipient = RECIPIENT_LINE.exec(line);
      if (recipient !== null) {
        flush();
        reports.push({ recipient: findAddress(recipient[1] as string), diagnostic: "", permanent: true });
        details = [];
        afterMtsId = false;
        continue;
      }
      if (details === null) continue;
      if (line.trim() === "") {
        if (details.length > 0) break;
        continue;
      }
      // The MTS-ID wraps without indentation; neither it nor its tail explain anything.
      if (line.includes("The MTS-ID of the original message")) {
        afterMtsId = true;
        continue;
      }
      if (afterMtsId && !/^\s/.test(line)) continue;
      afterMtsId = false;
      details.push(line.trim());
    }
    flush();
    return reports.filter((r) => r.recipient !== null);
  },
};
