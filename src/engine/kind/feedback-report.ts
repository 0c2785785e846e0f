/**
 * Feedback-loop reports: a mailbox provider telling the sender that a recipient marked a
 * delivered message as spam (or asked to unsubscribe). Not bounces; recognised before the bounce
 * readers run so they are never read as one. Besides ARF (RFC 5965) as a MIME part or as fields in
 * the text, the providers' own layouts: Amazon SES's JSON complaints, Microsoft's JMRP reports
 * (the complained-about message with an X-HmXmrOriginalRecipient header) and Apple Mail's
 * one-click unsubscribe messages.
 */
import type { MailMessage } from "../message/mail-message";
import { header } from "../message/mail-message";
import { looksLikeSesNotification, parseSesNotification } from "../read/amazon-ses-json";
import { findAddress, findAddresses } from "../read/text-tools";
import type { FeedbackReport } from "../types";

/** What each layout reads; `recipients` is completed from `recipient` where a layout names one only. */
type ReportFields = Omit<FeedbackReport, "recipients"> & { recipients?: string[] };

export function readFeedbackReport(message: MailMessage): FeedbackReport | null {
  const report: ReportFields | null =
    readSesComplaint(message.text) ?? readArf(message) ?? readMicrosoftJmrp(message) ?? readAppleUnsubscribe(message);
  if (report === null) return null;
  const recipients = report.recipients ?? (report.recipient === null ? [] : [report.recipient]);
  return { ...report, recipients };
}

function readArf(message: MailMessage): ReportFields | null {
  const contentType = header(message, "content-type").toLowerCase();
  const isReport =
    contentType.includes("report-type=feedback-report") || contentType.includes('report-type="feedback-report"');
  const inText = message.feedbackReport === null ? feedbackFieldsInText(message.text) : null;
  const fields = message.feedbackReport ?? inText;
  if (fields === null && !isReport) return message.raw ? null : pastedReportSentence(message.text);
  const values = fieldValues(fields ?? "");
  // In a paste the returned message follows the fields, so its To: is among them.
  const recipientField =
    values.get("original-rcpt-to") ??
    values.get("removal-recipient") ??
    originalHeader(message, "to") ??
    (inText === null ? null : (values.get("to") ?? null));
  const recipient = recipientField === null ? null : findAddress(recipientField);
  // A report may name several recipients of the same message, one Original-Rcpt-To each.
  const everyRcptTo = allValues(fields ?? "", "original-rcpt-to").flatMap((v) => findAddresses(v));
  return {
    type: values.get("feedback-type")?.toLowerCase() ?? null,
    recipient,
    recipients: everyRcptTo.length > 0 ? [...new Set(everyRcptTo)] : recipient === null ? [] : [recipient],
    reporter: values.get("reported-domain") ?? values.get("user-agent") ?? null,
  };
}

/**
 * Microsoft's Junk Mail Reporting Program sends the complained-about message back, marked with
 * the header X-HmXmrOriginalRecipient, under the subject "complaint about message from <IP>".
 */
function readMicrosoftJmrp(message: MailMessage): ReportFields | null {
  const marker = "X-HmXmrOriginalRecipient:";
  // A cheap test first: this runs for every input.
  if (!message.originalHeaders.includes("HmXmrOriginalRecipient") && !message.text.includes("HmXmrOriginalRecipient"))
    return null;
  const fromHeaders = originalHeader(message, "x-hmxmroriginalrecipient");
  const inText = fromHeaders === null ? lineAfter(message.text.slice(0, 20000), marker) : null;
  const recipientField = fromHeaders ?? inText;
  if (recipientField === null) return null;
  const complaint =
    message.subject.toLowerCase().includes("complaint about message from") ||
    message.from.toLowerCase().includes("staff@hotmail.com") ||
    !message.raw;
  if (!complaint) return null;
  // JMRP has no feedback type: every report is a recipient's "this is junk".
  return { type: "abuse", recipient: findAddress(recipientField), reporter: "hotmail.com" };
}

/** Apple Mail's unsubscribe button sends a message marked "X-Apple-Unsubscribe: true" from the recipient. */
function readAppleUnsubscribe(message: MailMessage): ReportFields | null {
  if (header(message, "x-apple-unsubscribe").trim().toLowerCase() !== "true") return null;
  const recipient = findAddress(message.from);
  const domain = recipient === null ? null : recipient.slice(recipient.lastIndexOf("@") + 1);
  return { type: "opt-out", recipient, reporter: domain };
}

/**
 * The human-readable part of an ARF report pasted alone ("This is an email abuse report for an
 * email message received from IP ..."): its opening sentence names the kind of feedback.
 */
function pastedReportSentence(text: string): ReportFields | null {
  const start = text.slice(0, 2000).toLowerCase();
  // Apple Mail's unsubscribe message: "Apple Mail sent this email to unsubscribe from the message".
  if (start.includes("sent this email to unsubscribe from"))
    return { type: "opt-out", recipient: null, reporter: null };
  const m = REPORT_SENTENCE.exec(start);
  if (m === null) return null;
  const named = (m[1] as string).replace(" ", "-");
  return { type: named === "authentication-failure" ? "auth-failure" : named, recipient: null, reporter: null };
}

const REPORT_SENTENCE =
  /this is an? [a-z /-]{0,40}?\b(abuse|opt-out|fraud|virus|not-spam|authentication[ -]failure) (?:report|complaint)\b/;

/** ARF fields pasted into a text body ("Feedback-Type: abuse" with "User-Agent" or "Version"). */
function feedbackFieldsInText(text: string): string | null {
  // A cheap test first: this runs for every input. "back-" is found several times faster than
  // "eedback-" ("e" starts too many places to try), so it goes first.
  if (!text.includes("back-") && !text.includes("BACK-")) return null;
  if (!text.includes("eedback-") && !text.includes("EEDBACK-")) return null;
  const at = text.search(/^[ \t]{0,8}Feedback-Type[ \t]{0,8}:[ \t]{0,8}\S/im);
  if (at === -1) return null;
  const rest = text.slice(at);
  return /^[ \t]{0,8}(?:User-Agent|Version)[ \t]{0,8}:/im.test(rest) ? rest : null;
}

function fieldValues(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text
    .replace(/\r/g, "")
    .replace(/\n[ \t]+/g, " ")
    .split("\n")) {
    const m = /^[ \t]{0,8}([A-Za-z][A-Za-z0-9-]{0,40})[ \t]{0,8}:(.*)$/.exec(line);
    if (m !== null) {
      const key = (m[1] as string).toLowerCase();
      if (!values.has(key)) values.set(key, (m[2] as string).trim());
    }
  }
  return values;
}

/** Every value of a field that may repeat, in order. */
function allValues(text: string, key: string): string[] {
  const found: string[] = [];
  for (const line of text.replace(/\r/g, "").split("\n")) {
    const m = /^[ \t]{0,8}([A-Za-z][A-Za-z0-9-]{0,40})[ \t]{0,8}:(.*)$/.exec(line);
    if (m !== null && (m[1] as string).toLowerCase() === key) found.push((m[2] as string).trim());
  }
  return found;
}

/** A header of the returned original message, unfolded; null when absent. */
function originalHeader(message: MailMessage, name: string): string | null {
  return lineAfter(message.originalHeaders.replace(/\r?\n[ \t]+/g, " "), `${name}:`, true);
}

/** The rest of the first line that starts with `label`, trimmed; null when there is none. */
function lineAfter(text: string, label: string, ignoreCase = false): string | null {
  const haystack = ignoreCase ? text.toLowerCase() : text;
  const needle = ignoreCase ? label.toLowerCase() : label;
  let at = haystack.startsWith(needle) ? 0 : -1;
  if (at === -1) {
    const inside = haystack.indexOf(`\n${needle}`);
    at = inside === -1 ? -1 : inside + 1;
  }
  if (at === -1) return null;
  const end = text.indexOf("\n", at);
  const value = text.slice(at + label.length, end === -1 ? undefined : end).trim();
  return value === "" ? null : value;
}

/** Amazon SES reports complaints in its JSON notifications, not as ARF. */
function readSesComplaint(text: string): ReportFields | null {
  if (!looksLikeSesNotification(text) || !text.slice(0, 4000).includes("Complaint")) return null;
  const notification = parseSesNotification(text);
  if (notification?.type !== "Complaint") return null;
  const complaint = notification.complaint;
  const first = Array.isArray(complaint?.complainedRecipients) ? complaint.complainedRecipients[0] : undefined;
  const recipient = typeof first?.emailAddress === "string" ? findAddress(first.emailAddress) : null;
  const type = complaint?.complaintFeedbackType;
  const reporter = complaint?.userAgent;
  return {
    type: typeof type === "string" ? type.toLowerCase() : null,
    recipient,
    reporter: typeof reporter === "string" ? reporter : null,
  };
}
