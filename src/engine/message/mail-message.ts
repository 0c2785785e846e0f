/** A bounce as the readers see it, whatever it was read from. */
export interface MailMessage {
  /** True when read from a raw RFC 5322 message, false for pasted or page text. */
  raw: boolean;
  /** Header fields by lower-case name, values unfolded and decoded; empty for plain text. */
  headers: ReadonlyMap<string, readonly string[]>;
  /** The From header as written (display name and address), "" when unknown. */
  from: string;
  /** The Subject header, "" when unknown. */
  subject: string;
  /** The human-readable text: text/plain parts, else HTML turned into text; "\n" line ends. */
  text: string;
  /** The `message/delivery-status` part(s) as text, when the message has one (RFC 3464). */
  deliveryStatus: string | null;
  /** The `message/feedback-report` part, when the message is an ARF report (RFC 5965). */
  feedbackReport: string | null;
  /** Header block of the returned original message (`message/rfc822` or `text/rfc822-headers`). */
  originalHeaders: string;
  /** True when the input was longer than the engine reads and was cut. */
  truncated: boolean;
}

/** First value of a header, or "". */
export function header(message: MailMessage, name: string): string {
  return message.headers.get(name)?.[0] ?? "";
}

/** A message made of plain text only (a paste, a webmail page's text). */
export function textMessage(text: string, truncated: boolean): MailMessage {
  return {
    raw: false,
    headers: new Map(),
    from: "",
    subject: "",
    text,
    deliveryStatus: null,
    feedbackReport: null,
    originalHeaders: "",
    truncated,
  };
}
