/**
 * Automatic replies (RFC 3834): out-of-office and vacation notices. Not bounces; recognised so a
 * person is told what they are looking at. Only consulted when no reader found a failure, and
 * never for a message that presents itself as a bounce, since bounces carry
 * "Auto-Submitted: auto-replied" too.
 */
import type { MailMessage } from "../message/mail-message";
import { header } from "../message/mail-message";
import { findAddress } from "../read/text-tools";
import type { AutoReply } from "../types";

/** Subject prefixes of automatic replies, lower-case, in the languages seen in real mail. */
const AUTO_REPLY_SUBJECTS = [
  "auto:",
  "automatic reply",
  "auto reply",
  "auto-reply",
  "autoreply",
  "autorespons",
  "out of office",
  "out of the office",
  "away from",
  "on vacation",
  "vacation",
  "abwesenheit",
  "automatische antwort",
  "réponse automatique",
  "reponse automatique",
  "absence",
  "respuesta automática",
  "fuera de la oficina",
  "risposta automatica",
  "fuori sede",
  "automatisch antwoord",
  "afwezig",
  "resposta automática",
  "ausente",
  "自動応答",
  "不在",
  "自动回复",
];

/** Subjects of delivery notices (lower-case): such a message is a bounce no reader understood. */
const BOUNCE_SUBJECTS = [
  "undeliver",
  "returned mail",
  "delivery status notification",
  "delivery failure",
  "delivery failed",
  "delivery has failed",
  "mail delivery",
  "failure notice",
  "not delivered",
  "could not be delivered",
  "error sending your mail",
  "nondeliverable",
  "non-delivery",
];

/** Openings of pasted out-of-office texts (lower-case), for input without headers. */
const AUTO_REPLY_PHRASES = [
  "automatic reply",
  "auto-reply",
  "autoreply",
  "out of the office",
  "out of office",
  "i am currently away",
  "i'm currently away",
  "i am away from",
  "i am on vacation",
  "i'm on vacation",
  "i am on leave",
  "i'm on leave",
];

export function readAutoReply(message: MailMessage): AutoReply | null {
  if (presentsAsBounce(message)) return null;
  if (!message.raw) return pastedAutoReply(message.text);
  const autoSubmitted = header(message, "auto-submitted").toLowerCase();
  const subject = message.subject.toLowerCase();
  const flagged =
    autoSubmitted.startsWith("auto-replied") ||
    message.headers.has("x-autoreply") ||
    message.headers.has("x-autorespond") ||
    header(message, "precedence").toLowerCase() === "auto_reply" ||
    (header(message, "x-auto-response-suppress") !== "" && AUTO_REPLY_SUBJECTS.some((s) => subject.includes(s)));
  const bySubject = AUTO_REPLY_SUBJECTS.some((s) => subject.startsWith(s) || subject.includes(`${s}:`));
  if (!flagged && !bySubject) return null;
  return { from: findAddress(message.from), subject: message.subject || null };
}

/** Sent by a mailer daemon, carrying a DSN, or titled like a delivery notice. */
function presentsAsBounce(message: MailMessage): boolean {
  if (message.deliveryStatus !== null) return true;
  if (header(message, "content-type").toLowerCase().includes("report-type=delivery-status")) return true;
  const from = message.from.toLowerCase();
  if (from.includes("mailer-daemon") || from.includes("postmaster@")) return true;
  const subject = message.subject.toLowerCase();
  const autoReplySubject = AUTO_REPLY_SUBJECTS.some((s) => subject.startsWith(s));
  return !autoReplySubject && BOUNCE_SUBJECTS.some((s) => subject.includes(s));
}

/** A pasted text whose first lines say it is an out-of-office reply. */
function pastedAutoReply(text: string): AutoReply | null {
  const start = text.slice(0, 600).toLowerCase();
  if (!AUTO_REPLY_PHRASES.some((p) => start.includes(p))) return null;
  if (BOUNCE_SUBJECTS.some((s) => start.includes(s))) return null;
  const subjectLine = /^[ \t]{0,8}subject:[ \t]*(.{1,300})$/im.exec(text.slice(0, 2000));
  return { from: null, subject: subjectLine?.[1]?.trim() ?? null };
}
