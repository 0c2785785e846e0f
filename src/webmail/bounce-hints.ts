/**
 * The cheap first look at an opened message: does its sender or subject look like a bounce? A yes
 * only means "let the engine read the body"; the engine decides. So a rare false yes costs one
 * reading, and a false no costs a missing explanation: when in doubt, a phrase stays in.
 *
 * Ordinary mail, even mail that talks about "550" or "5.1.1", must get no: nothing below matches
 * reply codes or status codes.
 */
import type { Sender } from "./adapter";

/**
 * Local parts of the addresses bounces come from. They are the same in every language.
 * - mailer-daemon: Gmail ("mailer-daemon@googlemail.com", report §2), Postfix, Exim, qmail, Yahoo.
 * - postmaster: Microsoft 365 and Outlook.com ("postmaster@outlook.com", report §3), Exchange.
 * - MicrosoftExchange + 32 hex digits: on-premises Exchange's system mailbox (issue 6).
 * - mdaemon: MDaemon's own bounces.
 */
const SENDER_LOCAL_PARTS = [
  /^mailer[-_]?daemon$/,
  /^mail[-_]?daemon$/,
  /^postmaster$/,
  /^microsoftexchange[0-9a-f]{32}$/,
  /^mdaemon$/,
];

/**
 * Display names bounces are sent under (compared whole, case and spacing ignored).
 * - "Mail Delivery Subsystem": Gmail (report §2). "Mail Delivery System": Postfix and Exim.
 * - "Microsoft Outlook": Microsoft 365 and Outlook.com (report §3). "Microsoft Exchange": on-premises.
 * - "System Administrator" / "Systemadministrator": Exchange 2003 and other older servers.
 */
const SENDER_NAMES = new Set([
  "mail delivery subsystem",
  "mail delivery system",
  "mail delivery service",
  "mail delivery",
  "microsoft outlook",
  "microsoft exchange",
  "mailer-daemon",
  "mailer daemon",
  "postmaster",
  "mail administrator",
  "system administrator",
  "systemadministrator",
]);

/**
 * Phrases of bounce subjects, found anywhere in the subject (so "Fwd: Undeliverable: ..." counts).
 * Attested: the issues, the research report and the samples beside it, and Sisimai's readers.
 * The rest are Exchange's localized "Undeliverable:" as users quote them; add samples when found.
 */
const SUBJECT_PHRASES = [
  // English: Gmail, Postfix, Exim, Sendmail, Exchange, Lotus and most others.
  "delivery status notification",
  "undeliverable",
  "undelivered mail",
  "mail delivery failed",
  "returned mail",
  "returned to sender",
  "delivery failure",
  "delivery has failed",
  "delivery failed",
  "could not be delivered",
  "couldn't be delivered",
  "message not delivered",
  "non-delivery",
  "nondelivery",
  "delivery delayed",
  "delayed mail",
  "warning: could not send message",
  // Exchange in other languages (issue 6; Sisimai: "Non_remis_", "Non recapitabile", "Olevererbart").
  "unzustellbar",
  "nicht zustellbar",
  "non remis",
  "non distribuable",
  "no se puede entregar",
  "non recapitabile",
  "onbestelbaar",
  "não é possível entregar",
  "não entregue",
  "olevererbart",
  "配信不能",
  // Unattested spellings of the same, kept because a false yes is cheap.
  "niedostarczalne",
  "nedoručitelné",
  "недоставляемое",
  "无法投递",
  "无法传递",
  "無法傳遞",
  "teslim edilemedi",
];

/** Subjects that are bounces only when they are the whole subject: "failure notice" is qmail's and Yahoo's. */
const SUBJECTS_EXACT = new Set(["failure notice"]);

/** Reply and forward markers in several languages, stripped before an exact comparison. */
const REPLY_MARKERS = /^(?:(?:re|fw|fwd|aw|wg|tr|rv|sv|vs|antw|enc|res|r|i|回复|转发|答复|回覆|轉寄)\s?[:：]\s?)+/;

export function looksLikeBounce(sender: Sender, subject: string): boolean {
  return isBounceSender(sender) || isBounceSubject(subject);
}

export function isBounceSender(sender: Sender): boolean {
  const address = sender.address !== "" ? sender.address : addressIn(sender.name);
  const local = address.includes("@") ? address.slice(0, address.indexOf("@")) : address;
  if (local !== "" && SENDER_LOCAL_PARTS.some((pattern) => pattern.test(local.toLowerCase()))) return true;
  return SENDER_NAMES.has(normalize(sender.name));
}

export function isBounceSubject(subject: string): boolean {
  const text = normalize(subject);
  if (text === "") return false;
  if (SUBJECT_PHRASES.some((phrase) => text.includes(phrase))) return true;
  return SUBJECTS_EXACT.has(text.replace(REPLY_MARKERS, "").trim());
}

/** A name such as "MAILER-DAEMON" or "MAILER-DAEMON@example.net" also names the address. */
function addressIn(name: string): string {
  const word = normalize(name).split(" ")[0] ?? "";
  return word.replace(/[<>()"]/g, "");
}

function normalize(text: string): string {
  // NFKC leaves ASCII as it is; most names and subjects are ASCII, and the list reads many of them.
  const composed = NON_ASCII.test(text) ? text.normalize("NFKC") : text;
  return composed.toLowerCase().replace(/\s+/g, " ").trim();
}

const NON_ASCII = /[^\x00-\x7f]/;
