/**
 * Barracuda Email Security Gateway / Email Gateway Defense. Codes:
 * https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/. The
 * Barracuda Reputation Block List (b.barracudacentral.org), which unrelated servers also query,
 * is the blocklist table `barracuda`.
 */
import type { ProviderTable } from "../types";

const CODES = {
  title: "Barracuda Email Security Gateway: SMTP error codes",
  url: "https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/",
};

export const barracuda: ProviderTable = {
  id: "barracuda",
  name: "Barracuda",
  detect: ["barracudanetworks.com", "cuda_nsu", "ess.barracuda", "permanent failure for one or more recipients"],
  hosts: ["barracudanetworks.com", "ess.barracuda.com", "barracuda.com"],
  helpDomains: ["campus.barracuda.com", "barracudacentral.org", "barracudanetworks.com"],
  docs: CODES,
  rules: [
    // "550 permanent failure for one or more recipients (x:blocked)"
    {
      id: "barracuda/blocked-by-policy",
      match: { all: ["permanent failure for one or more recipients", ":blocked)"] },
      reason: "spamdetected",
      actor: "recipient-admin",
      summary:
        "The recipient's Barracuda filter blocked the message (its score or a policy of the recipient's organisation).",
      advice: [
        "Ask the recipient to have their IT check the Barracuda log and allow your address if the block was wrong.",
        "Review the message's content and links, and your domain's SPF, DKIM and DMARC.",
      ],
      link: CODES,
      examples: ["smtp;550 permanent failure for one or more recipients (someone@example.com:blocked)"],
    },
    // "550 permanent failure for one or more recipients (x:550 No such user)" / cuda_nsu
    {
      id: "barracuda/no-such-user",
      match: { any: ["cuda_nsu", "550 no such user", ":no such user"] },
      reason: "userunknown",
      link: CODES,
      examples: ["550 permanent failure for one or more recipients (someone@example.com:550 No such user (cuda_nsu))"],
    },
    {
      id: "barracuda/spoofed",
      match: { any: ["rejecting spoofed message"] },
      reason: "authfailure",
      link: CODES,
      examples: ["550 Rejecting spoofed message (someone@example.com) barracuda"],
    },
    {
      id: "barracuda/spam-url",
      match: { any: ["spam url in content", "intent"] },
      reason: "spamdetected",
      link: CODES,
      examples: ["554 Message contains spam URL in content (Intent) barracuda"],
    },
    {
      id: "barracuda/banned-content",
      match: { any: ["banned content"] },
      reason: "virusdetected",
      link: CODES,
      examples: ["554 Rejecting banned content (someone@example.com) barracuda"],
    },
    {
      id: "barracuda/policy",
      match: { any: ["policy rejection"] },
      reason: "policyviolation",
      actor: "recipient-admin",
      link: CODES,
      examples: ["550 Policy Rejection- Abuse. Please contact the administrator of the barracuda"],
    },
    {
      id: "barracuda/greylisted",
      match: { any: ["greylisted for"] },
      reason: "ratelimited",
      link: CODES,
      examples: ["451 Greylisted for 5 minutes (barracuda)"],
    },
    {
      id: "barracuda/blocked",
      match: { pattern: /\b5\d\d (?:5\.\d{1,3}\.\d{1,3} )?blocked\b/ },
      reason: "blocked",
      link: CODES,
      examples: ["550 Blocked barracuda"],
    },
  ],
};
