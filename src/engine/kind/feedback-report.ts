/**
 * Feedback-loop reports (ARF, RFC 5965): a mailbox provider telling the sender that a recipient
 * marked a delivered message as spam. Not a bounce; recognised so it is never read as one.
 */
import type { MailMessage } from "../message/mail-message";
import { header } from "../message/mail-message";
import { parseSesNotification } from "../read/amazon-ses-json";
import { findAddress } from "../read/text-tools";
import type { FeedbackReport } from "../types";

export function readFeedbackReport(message: MailMessage): FeedbackReport | null {
  const sesComplaint = readSesComplaint(message.text);
  if (sesComplaint !== null) return sesComplaint;
  const contentType = header(message, "content-type").toLowerCase();
  const fields = message.feedbackReport ?? feedbackFieldsInText(message.text);
  const isReport =
    contentType.includes("report-type=feedback-report") || contentType.includes('report-type="feedback-report"');
  if (fields === null && !isReport) return null;
  const values = fieldValues(fields ?? "");
  const originalTo = /^to:\s*(.+)$/im.exec(message.originalHeaders);
  const recipientField = values.get("original-rcpt-to") ?? values.get("removal-recipient") ?? originalTo?.[1] ?? null;
  return {
    type: values.get("feedback-type")?.toLowerCase() ?? null,
    recipient: recipientField === null ? null : findAddress(recipientField),
    reporter: values.get("reported-domain") ?? values.get("user-agent") ?? null,
  };
}

/** ARF fields pasted into a text body ("Feedback-Type: abuse" with "User-Agent" or "Version"). */
function feedbackFieldsInText(text: string): string | null {
  const at = text.search(/^Feedback-Type:\s*\S/im);
  if (at === -1) return null;
  const rest = text.slice(at);
  return /^(?:User-Agent|Version):/im.test(rest) ? rest : null;
}

function fieldValues(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text
    .replace(/\r/g, "")
    .replace(/\n[ \t]+/g, " ")
    .split("\n")) {
    const m = /^([A-Za-z][A-Za-z0-9-]{0,40}):\s*(.*)$/.exec(line);
    if (m !== null) {
      const key = (m[1] as string).toLowerCase();
      if (!values.has(key)) values.set(key, (m[2] as string).trim());
    }
  }
  return values;
}

/** Amazon SES reports complaints in its JSON notifications, not as ARF. */
function readSesComplaint(text: string): FeedbackReport | null {
  if (!text.slice(0, 4000).includes("Complaint")) return null;
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
