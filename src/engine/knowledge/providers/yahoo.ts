/**
 * Yahoo Mail and AOL (also Verizon, and AT&T consumer domains since 2025), received by
 * *.yahoodns.net. Yahoo publishes categories, not a per-code table:
 * https://senders.yahooinc.com/smtp-error-codes/. The TSS, TS, PH and BL tags are read from
 * bounce texts. The trailing "4.16.55.1" numbers are internal.
 */
import type { ProviderTable } from "../types";

const ERROR_CODES = {
  title: "Yahoo Sender Hub: SMTP error codes",
  url: "https://senders.yahooinc.com/smtp-error-codes/",
};
const BEST_PRACTICES = {
  title: "Yahoo Sender Hub: sender requirements and recommendations",
  url: "https://senders.yahooinc.com/best-practices/",
};

export const yahoo: ProviderTable = {
  id: "yahoo",
  name: "Yahoo Mail / AOL",
  detect: [
    "yahoodns.net",
    "senders.yahooinc.com",
    "postmaster.yahooinc.com",
    "postmaster.verizonmedia.com",
    "postmaster.yahoo.com",
    "[tss0",
    "[tss1",
    "[ts0",
    "[ph0",
    "[bl2",
    "mail.yahoo.com",
    "mx.aol.com",
    "doesn't have a yahoo.com account",
    "doesn't have a aol.com account",
    "doesn't have an aol.com account",
    // Yahoo's refusal after DATA: "554 delivery error: dd This user doesn't have a ... account".
    "delivery error: dd ",
  ],
  hosts: ["yahoodns.net", "yahoo.com", "aol.com", "yahoo.net"],
  domains: [
    "yahoo.com",
    "yahoo.co.uk",
    "yahoo.fr",
    "yahoo.de",
    "yahoo.co.jp",
    "ymail.com",
    "rocketmail.com",
    "aol.com",
    "aim.com",
    "verizon.net",
  ],
  helpDomains: ["senders.yahooinc.com", "postmaster.yahooinc.com", "postmaster.verizonmedia.com", "help.yahoo.com"],
  docs: ERROR_CODES,
  rules: [
    // "421 4.7.0 [TSS04] Messages from x temporarily deferred due to unexpected volume or user complaints - 4.16.55.1"
    {
      id: "yahoo/deferred-complaints",
      match: {
        any: ["[tss0", "[ts01]", "[ts02]", "deferred due to unexpected volume", "deferred due to user complaints"],
        none: ["[tss09]"],
      },
      reason: "badreputation",
      temporary: {
        severity: "high",
        actor: "sender-admin",
        summary:
          "Yahoo is delaying mail from your server because of its volume or recipients' spam complaints; it is retried, but may fail.",
        advice: [
          "Let the sending server keep retrying: deferred mail is often accepted later.",
          "Send only to people who asked for your mail; remove addresses that never open it.",
          "Check complaint rates in Yahoo's Sender Hub and follow its best practices.",
        ],
      },
      link: ERROR_CODES,
      examples: [
        "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
      ],
    },
    // "553 5.7.2 [TSS09] All messages from x will be permanently deferred; Retrying will NOT succeed."
    {
      id: "yahoo/permanently-deferred",
      match: { any: ["[tss09]", "[tss1", "[ts03]", "permanently deferred"] },
      reason: "blocked",
      link: ERROR_CODES,
      examples: [
        "553 5.7.2 [TSS09] All messages from 192.0.2.25 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes",
      ],
    },
    // "554 Message not allowed - [PH01] Email not accepted for policy reasons."
    {
      id: "yahoo/unauthenticated",
      match: { any: ["requires all senders to authenticate", "sender is unauthenticated", "dmarc"] },
      reason: "authfailure",
      link: BEST_PRACTICES,
      examples: [
        "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
        "554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes DMARC policy of the sending domain",
      ],
    },
    {
      id: "yahoo/not-rfc-compliant",
      match: { any: ["headers are not rfc compliant", "not rfc compliant"] },
      reason: "notcompliantrfc",
      link: ERROR_CODES,
      examples: [
        "554 5.7.9 Message not accepted for policy reasons. Headers are not RFC compliant. See https://senders.yahooinc.com/smtp-error-codes",
      ],
    },
    {
      id: "yahoo/policy-reasons",
      match: { any: ["[ph0", "not accepted for policy reasons"] },
      reason: "policyviolation",
      actor: "sender",
      summary: "Yahoo refused the message for policy reasons, usually its content or your sending reputation.",
      advice: [
        "Make sure your domain passes SPF, DKIM and DMARC.",
        "Review the message's content and links; remove link shorteners.",
        "Follow Yahoo's sender requirements.",
      ],
      link: ERROR_CODES,
      examples: [
        "554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes",
        "554 5.7.9 Message not accepted for policy reasons. See https://postmaster.verizonmedia.com/error-codes",
      ],
    },
    // "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM."
    // "421 4.7.1 [BL21] Connections will not be accepted from x, because the ip is in Spamhaus's list"
    {
      id: "yahoo/spamhaus",
      match: { any: ["[bl21]", "[bl23]", "[bl22]"] },
      reason: "blocked",
      link: { title: "Spamhaus: IP and domain reputation checker", url: "https://check.spamhaus.org" },
      examples: [
        "421 4.7.1 [BL21] Connections will not be accepted from 192.0.2.25, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
      ],
    },
    // "554 5.7.9 Message not accepted; unresolvable from domain"
    {
      id: "yahoo/unresolvable-from-domain",
      match: { any: ["unresolvable-from-domain", "from domain"], all: ["unresolvable"] },
      reason: "rejected",
      link: {
        title: "Yahoo: unresolvable From domain",
        url: "https://senders.yahooinc.com/error-codes#unresolvable-from-domain",
      },
      examples: [
        "554 5.7.9 Message not accepted; unresolvable from domain; see https://senders.yahooinc.com/error-codes#unresolvable-from-domain",
      ],
    },
    // "554 5.7.9 Message not accepted: Headers are not RFC compliant"
    // "554 30 Sorry, your message to x cannot be delivered. This mailbox is disabled (554.30).";
    // before the "dd" refusals of a missing account, as "dd Sorry ... This account has been
    // disabled or discontinued" says the account exists.
    {
      id: "yahoo/mailbox-disabled",
      match: {
        any: ["mailbox is disabled", "(554.30)", "is no longer valid", "account has been disabled or discontinued"],
      },
      reason: "suspend",
      link: ERROR_CODES,
      examples: [
        "554 30 Sorry, your message to someone@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta1234.mail.gq1.yahoo.com",
        "554 delivery error: dd Sorry your message to someone@yahoo.co.jp cannot be delivered. This account has been disabled or discontinued [#102]. - mta222.mail.ne1.yahoo.com",
      ],
    },
    // "554 delivery error: dd This user doesn't have a yahoo.com account (x) [0] - mta1061.mail.ne1.yahoo.com"
    {
      id: "yahoo/no-such-account",
      match: {
        any: [
          "doesn't have a yahoo.com account",
          "doesn't have a aol.com account",
          "doesn't have an aol.com account",
          "dd this user",
          "dd sorry",
        ],
      },
      reason: "userunknown",
      link: ERROR_CODES,
      examples: [
        "554 delivery error: dd This user doesn't have a yahoo.com account (someone@yahoo.com) [0] - mta1061.mail.ne1.yahoo.com",
      ],
    },
    // "552 1 Requested mail action aborted, mailbox not found"
    {
      id: "yahoo/mailbox-not-found",
      match: { any: ["mailbox not found"] },
      reason: "userunknown",
      link: ERROR_CODES,
      examples: ["552 1 Requested mail action aborted, mailbox not found mta4131.mail.bf1.yahoo.com"],
    },
    // "421 4.7.0 [GL01] Message from x temporarily deferred" / "receiving mail too quickly" / "Max message per connection reached".
    {
      id: "yahoo/rate",
      match: {
        any: [
          "receiving mail too quickly",
          "max message per connection reached",
          "[gl01]",
          "resources temporarily unavailable",
        ],
      },
      reason: "ratelimited",
      link: ERROR_CODES,
      examples: [
        "451 Message temporarily deferred due to resource constraints. 4.16.56.1 - Resources temporarily unavailable. Please try again later [#4.16.1].",
      ],
    },
  ],
};
