/**
 * qmail's failure notice (qmail-send) and its forks' (netqmail, notqmail, qmail-ldap, vpopmail):
 *
 *   Hi. This is the qmail-send program at mx.example.org.
 *   I'm afraid I wasn't able to deliver your message to the following addresses.
 *   This is a permanent error; I've given up. Sorry it didn't work out.
 *
 *   <bob@example.com>:
 *   192.0.2.1 does not like recipient.
 *   Remote host said: 550 5.1.1 <bob@example.com>... User Unknown
 *   Giving up on 192.0.2.1.
 *
 *   --- Below this line is a copy of the message.
 *
 * qmail's own errors carry their enhanced code as "(#5.1.1)". Its first sentence says which SMTP
 * stage failed: "does not like recipient" (RCPT), "but sender was rejected" (MAIL), "but my name
 * was rejected" (HELO), "failed after I sent the message" (DATA).
 */

import { findEnhancedStatus } from "../../smtp/codes";
import type { FormatReader, RecipientReport } from "../reader";
import { includesNearStart, normalizeAddress } from "../text-tools";

const OPENINGS = [
  "This is the qmail-send program at ",
  "I'm afraid I wasn't able to deliver your message to the following",
];

/** qmail's notices name themselves within this many characters. */
const OPENING_WITHIN = 4000;

const COPY_FOLLOWS = /^--- (?:Below this line is|Enclosed is) (?:a copy of the message|the original bounce)/;

/** `<bob@example.com>:` at the margin opens a recipient's paragraph. */
const RECIPIENT_LINE = /^<([^<>\s]{1,320})>:\s*(.*)$/;

/** The remote server's reply: "Remote host said: ..." or "remote host 192.0.2.1 said: ...". */
const REMOTE_SAID = /\b[Rr]emote host (?:([0-9A-Za-z.:_-]{1,255}) )?said:\s?/;

/** qmail's own enhanced code, "(#5.1.1)". */
const OWN_STATUS = /\(#([245]\.\d{1,3}\.\d{1,3})\)/;

/** Lines qmail adds after the reply; they are not part of it. */
const GIVING_UP = "Giving up on ";
const NOT_TRYING_AGAIN = "I'm not going to try again";
const OTHER_MXES = "(Other MXes tried:";

/**
 * qmail-remote's sentences naming the SMTP stage, and whether the server's address comes before
 * the words ("192.0.2.1 does not like recipient.") or after ("Connected to 192.0.2.1 but ...").
 */
const STAGES: ReadonlyArray<{ words: string; command: string; server: "before" | "after" | "none" }> = [
  { words: " does not like recipient.", command: "RCPT", server: "before" },
  { words: " but sender was rejected.", command: "MAIL", server: "after" },
  { words: " but my name was rejected.", command: "HELO", server: "after" },
  { words: " but greeting failed.", command: "CONN", server: "after" },
  { words: " failed on DATA command.", command: "DATA", server: "before" },
  { words: " failed after I sent the message.", command: "DATA", server: "before" },
  { words: "most progress was RCPT TO response", command: "RCPT", server: "none" },
  { words: "Sorry, I wasn't able to establish an SMTP connection", command: "CONN", server: "none" },
];

export const qmail: FormatReader = {
  id: "qmail",
  name: "qmail",
  matches({ message }) {
    const text = message.text;
    return OPENINGS.some((opening) => includesNearStart(text, opening, OPENING_WITHIN));
  },
  read({ lines }): RecipientReport[] {
    const opening = lines.findIndex((line) => OPENINGS.some((o) => line.includes(o)));
    if (opening === -1) return [];
    const reportingMta = /program at ([A-Za-z0-9][A-Za-z0-9._-]{0,254})/.exec(lines[opening] as string)?.[1];
    const paragraphs: Array<{ recipient: string; lines: string[] }> = [];
    for (let i = opening + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (COPY_FOLLOWS.test(line)) break;
      const m = RECIPIENT_LINE.exec(line);
      const current = paragraphs[paragraphs.length - 1];
      if (m !== null) paragraphs.push({ recipient: m[1] as string, lines: m[2] === "" ? [] : [m[2] as string] });
      else if (current !== undefined && line !== "" && !line.startsWith(GIVING_UP)) current.lines.push(line);
    }
    return paragraphs.map((p) => {
      const report = toReport(normalizeAddress(p.recipient), p.lines.join(" "));
      if (reportingMta !== undefined) report.reportingMta = reportingMta.replace(/\.$/, "");
      return report;
    });
  },
};

function toReport(recipient: string, paragraph: string): RecipientReport {
  let text = paragraph;
  // Said when qmail gave up after its queue lifetime; "(Other MXes tried: ...)" lists the other
  // servers' replies after the first one's.
  for (const afterword of [NOT_TRYING_AGAIN, OTHER_MXES]) {
    const at = text.indexOf(afterword);
    if (at !== -1) text = text.slice(0, at);
  }
  text = text.trim();

  const report: RecipientReport = { recipient, diagnostic: text, permanent: true };
  for (const stage of STAGES) {
    const at = text.indexOf(stage.words);
    if (at === -1) continue;
    report.command = stage.command;
    const server =
      stage.server === "before"
        ? lastWord(text.slice(0, at))
        : stage.server === "after"
          ? connectedTo(text.slice(0, at))
          : null;
    if (server !== null) report.remoteMta = server;
    break;
  }
  const said = REMOTE_SAID.exec(text);
  if (said !== null) {
    report.diagnostic = text.slice(said.index + said[0].length);
    if (said[1] !== undefined) report.remoteMta = said[1];
  }
  const ownStatus = OWN_STATUS.exec(text);
  if (ownStatus !== null && findEnhancedStatus(report.diagnostic.replace(OWN_STATUS, "")) === null) {
    report.status = ownStatus[1] as string;
  }
  return report;
}

/** The last word of a text: the server's address before "does not like recipient". */
function lastWord(text: string): string | null {
  const word = text.slice(text.lastIndexOf(" ") + 1);
  return /^[0-9A-Za-z.:_-]{1,255}$/.test(word) ? word : null;
}

/** "Connected to 192.0.2.1" gives 192.0.2.1. */
function connectedTo(text: string): string | null {
  const at = text.lastIndexOf("Connected to ");
  return at === -1 ? null : lastWord(text.slice(at));
}
