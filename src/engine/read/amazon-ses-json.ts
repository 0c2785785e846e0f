/**
 * Amazon SES event notifications: the JSON that SES publishes through SNS (mailed as "AWS
 * Notification Message", raw or wrapped in SNS's own envelope) for bounces, complaints, deliveries
 * and delays. Shared by the bounce reader and the feedback-report recogniser (complaints).
 */

/** One notification, with only the members the engine reads. */
export interface SesNotification {
  /** "Bounce", "Complaint", "Delivery", "DeliveryDelay", ... */
  type: string;
  bounce?: {
    bounceType?: string;
    bounceSubType?: string;
    reportingMTA?: string;
    bouncedRecipients?: Array<{ emailAddress?: string; action?: string; status?: string; diagnosticCode?: string }>;
  };
  complaint?: {
    complainedRecipients?: Array<{ emailAddress?: string }>;
    complaintFeedbackType?: string;
    userAgent?: string;
  };
  delivery?: { recipients?: string[]; smtpResponse?: string; reportingMTA?: string };
  deliveryDelay?: {
    delayType?: string;
    reportingMTA?: string;
    delayedRecipients?: Array<{ emailAddress?: string; status?: string; diagnosticCode?: string }>;
  };
}

/** Where the markers are looked for: the JSON opens the mail's text. */
const HEAD_CHARS = 4000;

/** Cheap test, run for every input: the text opens with "{" and names the notification's type. */
export function looksLikeSesNotification(text: string): boolean {
  if (!opensWithBrace(text)) return false;
  const head = text.slice(0, HEAD_CHARS);
  return head.includes("notificationType") || head.includes("eventType");
}

function opensWithBrace(text: string): boolean {
  for (let i = 0; i < text.length && i < 200; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return false;
}

/** The notification in the text, or null when there is none or it is not valid JSON. */
export function parseSesNotification(text: string): SesNotification | null {
  if (!looksLikeSesNotification(text)) return null;
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start === -1 || end <= start) return null;
  // Sendmail folds lines longer than it accepts as "!" + newline + space; JSON never holds a
  // raw line break inside a string, and never a "!" outside one, so the fold can only be undone.
  const json = text.slice(start, end + 1).replace(/!\n /g, "");
  let value = parseJson(json);
  if (isObject(value) && typeof value.Message === "string" && value.notificationType === undefined) {
    value = parseJson(value.Message);
  }
  if (!isObject(value)) return null;
  const type = value.notificationType ?? value.eventType;
  if (typeof type !== "string") return null;
  return { ...(value as Omit<SesNotification, "type">), type };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
