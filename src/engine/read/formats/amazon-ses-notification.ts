/**
 * Amazon SES notifications in JSON (SNS "AWS Notification Message" mails, or the JSON pasted):
 * bounced, delivered and delayed recipients. Complaints are feedback, not failures: they are
 * recognised in `kind/feedback-report.ts`.
 */
import { looksLikeSesNotification, parseSesNotification, type SesNotification } from "../amazon-ses-json";
import type { FormatReader, RecipientReport } from "../reader";

export const amazonSesNotification: FormatReader = {
  id: "amazon-ses-notification",
  name: "Amazon SES notification (JSON)",
  matches: ({ message }) => looksLikeSesNotification(message.text),
  read({ message }): RecipientReport[] {
    const notification = parseSesNotification(message.text);
    if (notification === null) return [];
    if (notification.type === "Bounce") return bounced(notification);
    if (notification.type === "Delivery") return delivered(notification);
    if (notification.type === "DeliveryDelay") return delayed(notification);
    return [];
  },
};

function bounced({ bounce }: SesNotification): RecipientReport[] {
  if (bounce === undefined || !Array.isArray(bounce.bouncedRecipients)) return [];
  const bounceType = text(bounce.bounceType);
  // SES gives no reply when it refuses on its own (suppression list, ...): its classification is the reason.
  const classification = [bounceType, text(bounce.bounceSubType)].filter((s) => s !== "").join(" / ");
  return bounce.bouncedRecipients.flatMap((r) => {
    const recipient = text(r?.emailAddress);
    if (recipient === "") return [];
    const diagnostic = withoutType(text(r.diagnosticCode));
    const report: RecipientReport = {
      recipient,
      diagnostic: diagnostic !== "" ? diagnostic : `Amazon SES bounce: ${classification}`,
      reportingMta: mta(bounce.reportingMTA),
    };
    const status = text(r.status);
    if (/^[245]\.\d{1,3}\.\d{1,3}$/.test(status)) report.status = status;
    if (text(r.action) !== "") report.action = text(r.action).toLowerCase();
    if (bounceType === "Permanent") report.permanent = true;
    if (bounceType === "Transient") report.permanent = false;
    return [report];
  });
}

function delivered({ delivery }: SesNotification): RecipientReport[] {
  if (delivery === undefined || !Array.isArray(delivery.recipients)) return [];
  return delivery.recipients
    .map(text)
    .filter((recipient) => recipient !== "")
    .map((recipient) => ({
      recipient,
      diagnostic: text(delivery.smtpResponse),
      reportingMta: mta(delivery.reportingMTA),
      action: "delivered",
      permanent: false,
    }));
}

function delayed({ deliveryDelay }: SesNotification): RecipientReport[] {
  if (deliveryDelay === undefined || !Array.isArray(deliveryDelay.delayedRecipients)) return [];
  return deliveryDelay.delayedRecipients.flatMap((r) => {
    const recipient = text(r?.emailAddress);
    if (recipient === "") return [];
    const diagnostic = withoutType(text(r.diagnosticCode));
    const report: RecipientReport = {
      recipient,
      diagnostic: diagnostic !== "" ? diagnostic : `Amazon SES delivery delay: ${text(deliveryDelay.delayType)}`,
      reportingMta: mta(deliveryDelay.reportingMTA),
      action: "delayed",
      permanent: false,
    };
    const status = text(r.status);
    if (/^[245]\.\d{1,3}\.\d{1,3}$/.test(status)) report.status = status;
    return [report];
  });
}

/** A JSON member that should be a string, whatever it turned out to be. */
function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** "smtp; 550 5.1.1 user unknown" gives "550 5.1.1 user unknown". */
function withoutType(diagnostic: string): string {
  return diagnostic.replace(/^[A-Za-z][A-Za-z0-9-]{0,30}; ?/, "");
}

/** "dsn; a27-23.smtp-out.us-west-2.amazonses.com" gives the host name. */
function mta(value: unknown): string | null {
  const host = withoutType(text(value));
  return host === "" ? null : host;
}
