/**
 * The engine's public data shapes. Field names of `ReadResult` and `Failure` are part of the
 * command line's JSON output (`explain --json`): other tools depend on them, keep them stable.
 */

/** What a piece of text turned out to be. */
export type MessageKind =
  /** At least one recipient failed permanently. */
  | "bounce"
  /** A delivery-status notice whose failures are all temporary ("will retry"). */
  | "delay"
  /** An automatic reply (RFC 3834: out of office, vacation), not a bounce. */
  | "auto-reply"
  /** A feedback-loop report (ARF, RFC 5965): a complaint about a delivered message. */
  | "feedback"
  /** A notice that the message was delivered (a positive DSN). */
  | "delivered"
  /** Nothing the engine recognises. */
  | "none";

/** One recipient that a bounce reports as not delivered (or delayed). */
export interface Failure {
  /** The recipient's address, lower-cased domain; null when the text names none. */
  recipient: string | null;
  /** Enhanced status code (RFC 3463, "5.1.1") found in the text; never invented. */
  status: string | null;
  /** Basic SMTP reply code ("550") found in the text. */
  replyCode: string | null;
  /** The remote server's reply (or the reporting server's reason), continuation lines joined. */
  diagnostic: string;
  /** The server that refused the message, when the bounce names it. */
  remoteMta: string | null;
  /** The server that wrote the bounce, when the bounce names it. */
  reportingMta: string | null;
  /** True when the failure will not go away by retrying (5xx, Action: failed, wording). */
  permanent: boolean;
  /** The DSN `Action` ("failed", "delayed", ...) when there is one. */
  action: string | null;
  /** The SMTP command the reply answered ("RCPT", "DATA", ...), when the bounce says so. */
  command: string | null;
  /**
   * The type of the DSN's Diagnostic-Code: "smtp" for a mail server's reply, "x-unix" for the
   * words of a local delivery program (a pipe, procmail); absent when the bounce has no DSN.
   */
  diagnosticType?: string | null;
  /** Id of the reader that recognised the format ("postfix", "gmail-card", "rfc3464", ...). */
  format: string;
}

/** What a feedback-loop report (ARF) says, when the input is one. */
export interface FeedbackReport {
  /** Feedback-Type: abuse, fraud, opt-out, auth-failure, ... */
  type: string | null;
  /** The address the complaint was about (Original-Rcpt-To or the original message's To). */
  recipient: string | null;
  /** Every address the report names (several Original-Rcpt-To fields); `recipient` is the first. */
  recipients: string[];
  /** The reporting domain or user agent, when given. */
  reporter: string | null;
}

/** What an automatic reply says, when the input is one. */
export interface AutoReply {
  /** Who replied automatically: the address the original message was sent to. */
  from: string | null;
  subject: string | null;
}

/** The engine's answer for one input. */
export interface ReadResult {
  /** True when at least one recipient failed or was delayed. */
  bounce: boolean;
  kind: MessageKind;
  /** Id of the reader that recognised the format; "none" when nothing did. */
  format: string;
  failures: Failure[];
  /** For a positive delivery notice (kind "delivered"): the recipients it confirms. */
  deliveredTo: string[];
  /** Set when the input was longer than the engine reads; only the first part was read. */
  truncated: boolean;
  /** Set for a feedback-loop report. */
  feedback: FeedbackReport | null;
  /** Set for an automatic reply. */
  autoReply: AutoReply | null;
  /** A message for a person when the input could not be read at all (never thrown). */
  error: string | null;
}

/**
 * Why a recipient failed, in the vocabulary of the Sisimai project (34 names), so that bounce
 * processors already know it. Meanings: `src/engine/knowledge/reasons.ts`.
 */
export type Reason =
  | "authfailure"
  | "badreputation"
  | "blocked"
  | "contenterror"
  | "delivered"
  | "emailtoolarge"
  | "expired"
  | "failedstarttls"
  | "feedback"
  | "filtered"
  | "hasmoved"
  | "hostunknown"
  | "mailboxfull"
  | "mailererror"
  | "networkerror"
  | "norelaying"
  | "notaccept"
  | "notcompliantrfc"
  | "onhold"
  | "policyviolation"
  | "ratelimited"
  | "rejected"
  | "requireptr"
  | "securityerror"
  | "spamdetected"
  | "suppressed"
  | "suspend"
  | "syntaxerror"
  | "systemerror"
  | "systemfull"
  | "undefined"
  | "userunknown"
  | "vacation"
  | "virusdetected";

/**
 * How bad a failure is for the sender. low: this one recipient cannot receive; medium: temporary
 * or specific to this message; high: the sender's setup or message is refused until fixed;
 * critical: the sender's IP or domain is blocked wholesale.
 */
export type Severity = "low" | "medium" | "high" | "critical";

/** Who must act: the sender, the sender's IT or email service, the recipient, their admin, or nobody. */
export type Actor = "sender" | "sender-admin" | "recipient" | "recipient-admin" | "none";

/** A mailbox provider or filtering service, with an id of `knowledge/providers`. */
export interface ProviderRef {
  id: string;
  name: string;
}

/** A DNS blocklist or reputation list, with its lookup or delisting page. */
export interface BlocklistRef {
  id: string;
  name: string;
  url: string;
}

/** An official page: the provider's own help, the list's lookup page, or the standard. */
export interface Link {
  title: string;
  url: string;
}

/** What the engine says about one failure, for a person. */
export interface Explanation {
  reason: Reason;
  /** The reason in plain words ("The address does not exist"). */
  reasonLabel: string;
  severity: Severity;
  provider: ProviderRef | null;
  blocklist: BlocklistRef | null;
  actor: Actor;
  /** One plain sentence a non-technical sender understands. */
  summary: string;
  /** Ordered steps. */
  advice: string[];
  /** Most specific official page first. */
  links: Link[];
  /** A corrected address for a likely typo in the recipient's domain, else null. */
  suggestion: string | null;
  /** Id of the table row that decided the reason ("google/no-such-user"), for tests and bug reports. */
  ruleId: string;
}

/** A failure with its explanation. */
export type ExplainedFailure = Failure & Explanation;

/** The engine's full answer: what `readBounce` finds, each failure explained. */
export interface ExplainResult extends Omit<ReadResult, "failures"> {
  failures: ExplainedFailure[];
}
