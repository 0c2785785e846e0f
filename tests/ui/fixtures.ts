/**
 * Hand-made engine answers, shaped like `explainBounce`'s, so the UI is tested on its own: the
 * texts are the kind the engine writes, not copies of its tables.
 */
import type { ExplainedFailure, ExplainResult } from "../../src/engine/types";

export function failure(overrides: Partial<ExplainedFailure> = {}): ExplainedFailure {
  return {
    recipient: "bob@gmial.com",
    status: "5.1.1",
    replyCode: "550",
    diagnostic:
      "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos.",
    remoteMta: "gmail-smtp-in.l.google.com",
    reportingMta: "mx.example.org",
    permanent: true,
    action: "failed",
    command: "RCPT",
    format: "gmail-card",
    reason: "userunknown",
    reasonLabel: "The address does not exist",
    severity: "low",
    provider: { id: "google", name: "Google (Gmail)" },
    blocklist: null,
    actor: "sender",
    summary: "Gmail has no mailbox at this address; check it for a typo.",
    advice: ["Check the address for a typo.", "Ask the recipient for a current address."],
    links: [{ title: "Gmail SMTP error reference", url: "https://support.google.com/a/answer/3726730" }],
    suggestion: "bob@gmail.com",
    ruleId: "google/no-such-user",
    ...overrides,
  };
}

export const spamhausBlock = failure({
  recipient: "carol@example.net",
  status: "5.7.1",
  replyCode: "554",
  diagnostic: "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org",
  remoteMta: "mx.example.net",
  reason: "blocked",
  reasonLabel: "Your server is on a blocklist",
  severity: "critical",
  provider: null,
  blocklist: { id: "spamhaus", name: "Spamhaus ZEN", url: "https://check.spamhaus.org/" },
  actor: "sender-admin",
  summary: "The receiving server refuses all mail from your server because Spamhaus lists its address.",
  advice: ["Look the address up on Spamhaus.", "Fix the cause, then ask for delisting."],
  links: [{ title: "Spamhaus lookup", url: "https://check.spamhaus.org/" }],
  suggestion: null,
  ruleId: "spamhaus/zen",
});

export const mailboxFull = failure({
  recipient: "dave@example.com",
  status: "4.2.2",
  replyCode: "452",
  diagnostic: "452 4.2.2 The email account that you tried to reach is over quota.",
  permanent: false,
  action: "delayed",
  reason: "mailboxfull",
  reasonLabel: "The recipient's mailbox is full",
  severity: "medium",
  actor: "recipient",
  summary: "The mailbox is full; delivery will be retried.",
  advice: ["Tell the recipient another way that their mailbox is full."],
  links: [],
  suggestion: null,
  ruleId: "google/over-quota",
});

export const authFailure = failure({
  recipient: "erin@example.org",
  status: "5.7.26",
  replyCode: "550",
  diagnostic: "550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users.",
  reason: "authfailure",
  reasonLabel: "Your domain's authentication (SPF, DKIM, DMARC) failed",
  severity: "high",
  actor: "sender-admin",
  summary: "Gmail refused the message because it could not verify that your domain sent it.",
  advice: ["Publish SPF and DKIM records for your domain."],
  links: [{ title: "Email sender guidelines", url: "https://support.google.com/a/answer/81126" }],
  suggestion: null,
  ruleId: "google/unauthenticated",
});

const base: Omit<ExplainResult, "kind" | "bounce" | "failures"> = {
  format: "none",
  deliveredTo: [],
  truncated: false,
  feedback: null,
  autoReply: null,
  error: null,
};

export function bounceResult(...failures: ExplainedFailure[]): ExplainResult {
  return { ...base, bounce: true, kind: "bounce", format: "gmail-card", failures };
}

export const delayResult: ExplainResult = {
  ...base,
  bounce: true,
  kind: "delay",
  format: "rfc3464",
  failures: [mailboxFull],
};
export const notBounceResult: ExplainResult = { ...base, bounce: false, kind: "none", failures: [] };
export const autoReplyResult: ExplainResult = {
  ...base,
  bounce: false,
  kind: "auto-reply",
  format: "rfc3834",
  failures: [],
  autoReply: { from: "alice@example.com", subject: "Out of office" },
};
export const feedbackResult: ExplainResult = {
  ...base,
  bounce: false,
  kind: "feedback",
  format: "arf",
  failures: [],
  feedback: {
    type: "abuse",
    recipient: "frank@example.com",
    recipients: ["frank@example.com"],
    reporter: "example.net",
  },
};
export const deliveredResult: ExplainResult = {
  ...base,
  bounce: false,
  kind: "delivered",
  format: "rfc3464",
  failures: [],
  deliveredTo: ["gina@example.com", "hal@example.com"],
};
export const errorResult: ExplainResult = {
  ...base,
  bounce: false,
  kind: "none",
  failures: [],
  error: "The input could not be read: bad bytes",
};

/** Bounce text that would run script if it were ever put into the page as HTML. */
export const HOSTILE_TEXT = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
