/**
 * Postfix's notices (bounce(5) templates, which sites may edit or translate):
 *
 *   This is the mail system at host mx.example.org.
 *   ...
 *   <bob@example.com> (expanded from <team@example.org>): host mx.example.com[192.0.2.1]
 *       said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown
 *       (in reply to RCPT TO command)
 *
 * One paragraph per recipient; the reply may wrap onto indented (or, after some relays, plain)
 * lines. "Delayed Mail (still being retried)" notices say "THIS IS A WARNING ONLY", success
 * reports "was successfully delivered". Postfix's SMTP server also mails the postmaster a
 * "Transcript of session follows." of a session it refused, read here too.
 */
import type { MailMessage } from "../../message/mail-message";
import { findEnhancedStatus } from "../../smtp/codes";
import type { FormatReader, RecipientReport } from "../reader";
import { deliveryStatusInText, pairWithDeliveryStatus } from "../text-dsn";
import { commandIn, findAddress, includesNearStart, normalizeRecipient } from "../text-tools";

/** Opening lines of the notice templates: "at host" names the server that wrote the notice. */
const OPENINGS = ["This is the mail system at host ", "This is the Postfix program at host ", "The Postfix program"];
/**
 * Templates edited by the site (a gateway's name, no opening line) keep Postfix's wording below
 * it, or at least its way of quoting a remote reply.
 */
const TEMPLATE_WORDS = "please include this problem report";
const REMOTE_REPLY_WORDS = ["] said: ", "(in reply to "];
const TRANSCRIPT_OPENING = "Transcript of session follows.";
const WARNING_ONLY = "THIS IS A WARNING ONLY";
const DELIVERED = "was successfully delivered to";
/** Reports a sender asked for (sendmail -bv, DSN NOTIFY=SUCCESS): per recipient, delivered or not. */
const REQUESTED_REPORT = "Enclosed is the mail delivery report that you requested";
const REPORT_UNAVAILABLE = "--- Delivery report unavailable ---";

/** Notices name themselves within this many characters (some relays put a preface first). */
const OPENING_WITHIN = 6000;

/** `<bob@example.com>` opening a recipient's paragraph, followed by ":" or "(expanded from". */
const PARAGRAPH_START = /^\s{0,8}<[^<>\s@]{1,256}@[^<>\s@]{1,256}>(?:\s|:|$)/;

/** A whole paragraph: address, the address it was expanded from, and the reason. */
const PARAGRAPH = /^<([^<>]{1,512})>(?:\s*\(expanded from\s*<[^<>]{0,512}>\))?\s*:\s?(.*)$/s;

/** Lines after which no more recipients follow: delivery status fields, MIME parts, the returned message. */
const PARAGRAPHS_END =
  /^(?:Reporting-MTA|Final-Recipient|X-Postfix-Queue-ID|Content-Type|Content-Description|Return-Path|Received)\s*:/i;

/** The server Postfix talked to: "host mx.example.com[192.0.2.1]", "connect to ...[...]". */
const REMOTE_HOST =
  /\b(?:host|connect to|connection with|conversation with) ([A-Za-z0-9][A-Za-z0-9._-]{0,254})\[([^\]\s]{0,64})\]/;

const IN_REPLY_TO = "(in reply to ";
const COMMAND_CLOSE = " command)";

type NoticeKind = "failure" | "delay" | "success" | "requested-report";

export const postfix: FormatReader = {
  id: "postfix",
  name: "Postfix",
  matches({ message }) {
    const subject = message.subject;
    if (
      subject === "Undelivered Mail Returned to Sender" ||
      subject.startsWith("Delayed Mail (still being retried)") ||
      subject === "Successful Mail Delivery Report" ||
      subject.includes(" SMTP server: errors from ")
    ) {
      return true;
    }
    const text = message.text;
    if (text.startsWith(TRANSCRIPT_OPENING)) return true;
    if (OPENINGS.some((opening) => includesNearStart(text, opening, OPENING_WITHIN))) return true;
    if (includesNearStart(text, TEMPLATE_WORDS, OPENING_WITHIN)) return true;
    return REMOTE_REPLY_WORDS.every((words) => includesNearStart(text, words, OPENING_WITHIN));
  },
  read(context): RecipientReport[] {
    const { message, lines } = context;
    const transcript = lines.findIndex((line) => line.trim() === TRANSCRIPT_OPENING);
    if (transcript !== -1 && transcript < 5) return readTranscript(lines, transcript + 1);

    const opening = lines.findIndex((line) => OPENINGS.some((o) => line.includes(o)));
    const start = opening === -1 ? 0 : opening;
    const kind = noticeKind(message, lines, start);
    const reportingMta = opening === -1 ? null : hostNamedIn(lines[opening] as string);
    let reports = paragraphs(lines, start).map((p) => toReport(p, kind, reportingMta));
    if (reports.length === 0) reports = unavailableReport(message, lines, start, kind);
    if (reports.length === 0) return [];
    const dsn = context.dsn ?? deliveryStatusInText(lines, start);
    return dsn === null ? reports : pairWithDeliveryStatus(reports, dsn, context.dsn === null);
  },
};

function noticeKind(message: MailMessage, lines: readonly string[], start: number): NoticeKind {
  if (message.subject.startsWith("Delayed Mail")) return "delay";
  const end = Math.min(lines.length, start + 30);
  for (let i = start; i < end; i++) {
    const line = lines[i] as string;
    if (line.includes(WARNING_ONLY)) return "delay";
    if (line.includes(DELIVERED)) return "success";
    if (line.includes(REQUESTED_REPORT)) return "requested-report";
  }
  return "failure";
}

/** "This is the mail system at host mx.example.org." gives "mx.example.org". */
function hostNamedIn(line: string): string | null {
  const m = /\bat host ([A-Za-z0-9][A-Za-z0-9._-]{0,254})/.exec(line);
  return m === null ? null : (m[1] as string).replace(/\.$/, "");
}

interface Paragraph {
  recipient: string;
  reason: string;
}

/** The recipients' paragraphs after the opening, each joined into one line. */
function paragraphs(lines: readonly string[], start: number): Paragraph[] {
  const found: Paragraph[] = [];
  let current: string[] | null = null;
  const close = () => {
    if (current === null) return;
    const m = PARAGRAPH.exec(current.join(" "));
    if (m !== null) found.push({ recipient: m[1] as string, reason: (m[2] as string).trim() });
    current = null;
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    const trimmed = line.trim();
    if (trimmed === "") {
      close();
      continue;
    }
    if (PARAGRAPHS_END.test(line) || isMimeBoundary(trimmed)) {
      close();
      if (found.length > 0) break;
      continue;
    }
    if (current === null) {
      if (PARAGRAPH_START.test(line)) current = [trimmed];
    } else {
      current.push(trimmed);
    }
  }
  close();
  return found;
}

/** "--boundary" lines of a MIME message pasted as text; separators of dashes alone are not. */
function isMimeBoundary(trimmed: string): boolean {
  return trimmed.startsWith("--") && !/^-+$/.test(trimmed) && !/\s/.test(trimmed);
}

function toReport(paragraph: Paragraph, kind: NoticeKind, reportingMta: string | null): RecipientReport {
  let reason = paragraph.reason;
  let command: string | null = null;
  // "... (in reply to RCPT TO command)" closes a remote reply and names the command it answered.
  const inReply = reason.lastIndexOf(IN_REPLY_TO);
  if (inReply !== -1 && reason.endsWith(COMMAND_CLOSE)) {
    command = commandIn(reason.slice(inReply + IN_REPLY_TO.length, reason.length - COMMAND_CLOSE.length));
    reason = reason.slice(0, inReply).trimEnd();
  }
  const report: RecipientReport = { recipient: normalizeRecipient(paragraph.recipient), diagnostic: reason };
  const remote = REMOTE_HOST.exec(reason);
  if (remote !== null) {
    report.remoteMta = remote[1] as string;
    const after = reason.slice(remote.index + remote[0].length);
    const said = /^:?\s*(?:said|(?:server )?refused to talk to me):\s?/.exec(after);
    if (said !== null) {
      report.diagnostic = after.slice(said[0].length);
      if (said[0].includes("refused")) {
        command ??= "CONN";
        refusedGreeting(report);
      }
    }
  }
  command ??= commandWhile(reason);
  if (command !== null) report.command = command;
  if (reportingMta !== null) report.reportingMta = reportingMta;
  if (kind === "success" || (kind === "requested-report" && saysDelivered(report.diagnostic))) {
    report.action = "delivered";
    report.permanent = false;
  } else if (kind !== "requested-report") {
    report.permanent = kind === "failure";
  }
  return report;
}

/**
 * A greeting Postfix found unacceptable. Some servers open with a "220-" line before their real
 * "421" or "554"; the reply starts at the refusing code. Postfix records a 5xx greeting as a
 * temporary failure (smtp_skip_5xx_greeting) in its DSN, so the server's own code is the status.
 */
function refusedGreeting(report: RecipientReport): void {
  const refusal = /(?:^|\s)[45]\d\d[\s-]/.exec(report.diagnostic);
  if (/^2\d\d[\s-]/.test(report.diagnostic) && refusal !== null) {
    report.diagnostic = report.diagnostic.slice(refusal.index).trim();
  }
  const status = findEnhancedStatus(report.diagnostic);
  if (status !== null) report.status = status;
}

/** "delivery via mx.example.com[192.0.2.1]:25: 250 2.0.0 Ok", "delivered to mailbox", "deliverable". */
function saysDelivered(reason: string): boolean {
  return /:\s2\d\d[\s-]|\bdelivered to\b|\bdeliverable\b/.test(reason);
}

/** "lost connection with ... while sending RCPT TO" and the like name the command in words. */
function commandWhile(reason: string): string | null {
  if (reason.includes("initial server greeting")) return "CONN";
  for (const words of ["while sending ", "while performing the "]) {
    const at = reason.indexOf(words);
    if (at !== -1) return commandIn(reason.slice(at + words.length, at + words.length + 30));
  }
  return null;
}

/**
 * "--- Delivery report unavailable ---": Postfix lost its log of the recipients; the returned
 * message's To header is the only address left.
 */
function unavailableReport(
  message: MailMessage,
  lines: readonly string[],
  start: number,
  kind: NoticeKind,
): RecipientReport[] {
  let unavailable = false;
  for (let i = start; i < lines.length && i < start + 40; i++) {
    if ((lines[i] as string).includes(REPORT_UNAVAILABLE)) unavailable = true;
  }
  if (!unavailable) return [];
  const to = /^To:[ \t]*(.*)$/im.exec(message.originalHeaders);
  const recipient = to === null ? null : findAddress(to[1] as string);
  return [{ recipient, diagnostic: "Delivery report unavailable", permanent: kind !== "delay" }];
}

interface TranscriptStep {
  command: string;
  argument: string;
  replies: string[];
}

/**
 * "Transcript of session follows." then " In:  RCPT TO:<...>" / " Out: 550 ..." lines, long ones
 * continued on lines indented by five spaces. The refused recipients are the failures; a reply
 * refusing the message after DATA concerns every recipient accepted before.
 */
function readTranscript(lines: readonly string[], start: number): RecipientReport[] {
  const steps: TranscriptStep[] = [];
  // What an indented continuation line continues: the last command's argument or its last reply.
  let continues: "argument" | "reply" | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    const m = /^\s?(In|Out):\s/.exec(line);
    const step = steps[steps.length - 1];
    if (m !== null) {
      const text = line.slice(m[0].length).trim();
      if (m[1] === "In") {
        const command = /^[A-Za-z]{4,8}\b/.exec(text)?.[0] ?? text;
        steps.push({ command: command.toUpperCase(), argument: text.slice(command.length).trim(), replies: [] });
        continues = "argument";
      } else if (step !== undefined) {
        step.replies.push(text);
        continues = "reply";
      }
      continue;
    }
    if (/^\s{4,}\S/.test(line) && step !== undefined) {
      const more = line.trim();
      if (continues === "argument") step.argument = `${step.argument} ${more}`.trim();
      else if (continues === "reply" && step.replies.length > 0) {
        step.replies[step.replies.length - 1] = `${step.replies[step.replies.length - 1]} ${more}`;
      }
      continue;
    }
    if (line.trim() !== "") break;
  }
  return failuresInTranscript(steps);
}

function failuresInTranscript(steps: readonly TranscriptStep[]): RecipientReport[] {
  const accepted: string[] = [];
  const reports: RecipientReport[] = [];
  let sessionError: { reply: string; command: string } | null = null;
  for (const step of steps) {
    const refusal = step.replies.find((r) => /^[45]\d\d\b/.test(r));
    if (step.command === "RCPT") {
      const address = findAddress(step.argument);
      if (refusal === undefined) {
        if (address !== null) accepted.push(address);
      } else {
        reports.push({ recipient: address, diagnostic: refusal, command: "RCPT" });
      }
      continue;
    }
    if (refusal !== undefined && sessionError === null) {
      sessionError = { reply: refusal, command: step.command };
    }
  }
  if (sessionError !== null) {
    const { reply, command } = sessionError;
    const affected = accepted.length > 0 ? accepted : reports.length === 0 ? [null] : [];
    for (const recipient of affected) reports.push({ recipient, diagnostic: reply, command });
  }
  return reports;
}
