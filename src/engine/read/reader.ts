/**
 * The contract between the pipeline and the format readers. One reader per format family
 * (Postfix, Exim, Gmail's card, Exchange's NDR, ...), each in its own file under `formats/`,
 * listed once in `registry.ts`.
 */
import type { DeliveryStatus } from "../dsn/parse-delivery-status";
import type { MailMessage } from "../message/mail-message";

/** What the input offers a reader; built once per input and shared by all readers. */
export interface ReadContext {
  readonly message: MailMessage;
  /** The DSN part (RFC 3464) when the message has one; null otherwise. */
  readonly dsn: DeliveryStatus | null;
  /** `message.text` split into lines. */
  readonly lines: readonly string[];
}

/**
 * One recipient as a reader finds it in the text. Leave a field undefined when the text does not
 * say; the pipeline fills it from the DSN part or finds it in the diagnostic.
 */
export interface RecipientReport {
  recipient: string | null;
  /** The reply or reason as the text gives it; multi-line replies may be left unjoined. */
  diagnostic: string;
  status?: string | null;
  replyCode?: string | null;
  remoteMta?: string | null;
  reportingMta?: string | null;
  /** The SMTP command the reply answered: "RCPT", "DATA", "MAIL", "HELO", "CONN", ... */
  command?: string | null;
  /** "failed", "delayed", "delivered", ... when the text says it. */
  action?: string | null;
  /** Set when the wording itself tells (e.g. "will keep trying" means false). */
  permanent?: boolean;
}

export interface FormatReader {
  /** Kebab-case id, equal to the file name; shown as `format` in results. */
  readonly id: string;
  /** Human name of the mail server or service ("Postfix", "Gmail"). */
  readonly name: string;
  /**
   * Cheap test for the format's markers (sender, subject, a telling first line). Runs for every
   * input, so: no full-text regular expressions here, a few `includes` at most.
   */
  matches(context: ReadContext): boolean;
  /** The recipients the text reports; an empty list when it turns out not to be this format. */
  read(context: ReadContext): RecipientReport[];
}
