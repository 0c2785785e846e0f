/**
 * Zoho Mail (and ZeptoMail). No official inbound error table was found; the spam-reason page is
 * the one official inbound reference: https://www.zoho.com/mail/help/spam-reason.html.
 */
import type { ProviderTable } from "../types";

const SPAM_REASON = {
  title: "Zoho Mail: why a message is marked or rejected as spam",
  url: "https://www.zoho.com/mail/help/spam-reason.html",
};

export const zoho: ProviderTable = {
  id: "zoho",
  name: "Zoho Mail",
  detect: [
    "mx.zoho.com",
    "mx2.zoho.com",
    "mx3.zoho.com",
    "smtpin.zoho.com",
    "mx.zoho.eu",
    "mx.zoho.in",
    "zoho.com/mail/help",
    "zeptomail",
  ],
  hosts: ["zoho.com", "zoho.eu", "zoho.in", "zohomail.com"],
  domains: ["zoho.com", "zohomail.com", "zoho.eu", "zoho.in"],
  helpDomains: ["zoho.com"],
  docs: SPAM_REASON,
  rules: [
    {
      id: "zoho/dmarc",
      match: { any: ["rejected per dmarc policy", "dmarc"] },
      reason: "authfailure",
      link: SPAM_REASON,
      examples: ["550 5.7.1 Email rejected per DMARC policy for example.com"],
    },
    {
      id: "zoho/spam",
      match: { any: ["flagged as spam"] },
      reason: "spamdetected",
      link: SPAM_REASON,
      examples: ["554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam."],
    },
    {
      id: "zoho/policy",
      match: {
        any: [
          "email policy violation detected",
          "policy violation detected",
          "mailpolicy violation",
          "mailbox delivery restricted by policy",
          "mailbox delivery failure by policy",
        ],
      },
      reason: "policyviolation",
      actor: "recipient-admin",
      link: SPAM_REASON,
      examples: ["554 5.7.7 Email policy violation detected"],
    },
    {
      id: "zoho/rejected-by-domain",
      match: { any: ["mail rejected by destination domain"] },
      reason: "rejected",
      actor: "recipient-admin",
      summary: "The recipient's domain, hosted at Zoho, refuses mail from your address or domain by its own policy.",
      advice: ["Ask the recipient to have their administrator allow your address or domain in Zoho Mail."],
      link: SPAM_REASON,
      examples: ["541 5.4.1 Mail rejected by destination domain"],
    },
    {
      id: "zoho/user-unknown",
      match: { any: ["user does not exist", "user unknown", "bad destination mailbox"] },
      reason: "userunknown",
      link: SPAM_REASON,
      examples: [
        "smtp;550 5.1.1 <someone@zoho.com> User unknown",
        "550 5.1.1 User does not exist - <someone@zoho.com>",
      ],
    },
    {
      id: "zoho/relay",
      match: { any: ["relaying disallowed"] },
      reason: "norelaying",
      link: SPAM_REASON,
      examples: ["550 5.7.1 Relaying disallowed as someone@example.com"],
    },
    {
      id: "zoho/virus",
      match: { all: ["virus", "detected by zoho"] },
      reason: "virusdetected",
      link: SPAM_REASON,
      examples: ["552 5.7.0 Virus Trojan.Example detected by Zoho Mail"],
    },
  ],
};
