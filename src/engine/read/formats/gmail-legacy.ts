/**
 * Gmail's bounce before the card (until about 2015):
 *
 *   Delivery to the following recipient failed permanently:
 *        bob@example.com
 *   Technical details of permanent failure:
 *   Google tried to deliver your message, but it was rejected by the server for the recipient
 *   domain example.com by mx.example.com. [192.0.2.1].
 *   The error that the other server returned was:
 *   550 5.1.1 <bob@example.com>... User Unknown
 *   ----- Original message -----
 *
 * "... has been delayed:" and "Technical details of temporary failure:" mark a delay.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { findAddresses } from "../text-tools";

const OPENING = /^Delivery to the following recipients? (failed permanently|has been delayed|have been delayed)/;

const RETURNED_WAS = "The error that the other server returned was:";

export const gmailLegacy: FormatReader = {
  id: "gmail-legacy",
  name: "Gmail (before 2015)",
  matches({ message }) {
    const opening = message.text.slice(0, 2000);
    return (
      opening.includes("Delivery to the following recipient") &&
      (opening.includes("Technical details of ") || opening.includes("will be retried"))
    );
  },
  read({ lines }): RecipientReport[] {
    const start = lines.findIndex((l) => OPENING.test(l.trim()));
    if (start === -1) return [];
    const permanent = (OPENING.exec((lines[start] as string).trim())?.[1] ?? "") === "failed permanently";
    const recipients: string[] = [];
    const notes: string[] = [];
    let i = start + 1;
    for (; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line.startsWith("Technical details of") || line.startsWith("-----")) break;
      if (/^[^\s@]{1,320}@[^\s@]{1,255}$/.test(line)) recipients.push(...findAddresses(line));
      else if (line !== "") notes.push(line);
    }
    // A delay notice may have no details, only "Message will be retried for 2 more day(s)".
    const diagnostic = technicalDetails(lines, i) || notes.join(" ");
    return recipients.map((recipient) => ({ recipient, diagnostic, permanent }));
  },
};

/**
 * The remote server's reply when Gmail quotes it, else Gmail's own explanation. Gmail wrote the
 * reply code twice ("550 550 5.7.1 ..."): the copy is dropped.
 */
function technicalDetails(lines: readonly string[], from: number): string {
  const parts: string[] = [];
  for (let i = from; i < lines.length && i <= from + 20; i++) {
    const line = (lines[i] as string).trim();
    if (line.startsWith("-----")) break;
    if (line === "") continue;
    parts.push(line.startsWith("Technical details of") ? line.slice(line.indexOf(":") + 1).trim() : line);
  }
  const text = parts.filter((p) => p !== "").join(" ");
  const at = text.indexOf(RETURNED_WAS);
  if (at === -1) return text;
  return text
    .slice(at + RETURNED_WAS.length)
    .trim()
    .replace(/^([245]\d\d) \1(?= )/, "$1");
}
