/**
 * Automatic replies (RFC 3834): out-of-office and vacation notices. Not bounces; recognised so a
 * person is told what they are looking at. Only consulted when no reader found a failure, since
 * bounces carry "Auto-Submitted: auto-replied" too.
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

export function readAutoReply(message: MailMessage): AutoReply | null {
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
