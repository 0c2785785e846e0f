/**
 * Trend Micro: Email Reputation Services (ERS, RBL+), Hosted Email Security and Deep Discovery
 * Email Inspector. ERS blocks: https://docs.trendmicro.com/en-us/documentation/article/email-reputation-services-service-central-blocked.
 * "ERS-Customized-Block" and the BLOCK-* texts are the recipient organisation's own rules.
 */
import type { ProviderTable } from "../types";

const ERS_BLOCKED = {
  title: "Trend Micro: Email Reputation Services, blocked",
  url: "https://docs.trendmicro.com/en-us/documentation/article/email-reputation-services-service-central-blocked",
};
const DDEI = {
  title: "Trend Micro Deep Discovery Email Inspector: SMTP error codes",
  url: "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes",
};

export const trendMicro: ProviderTable = {
  id: "trend-micro",
  name: "Trend Micro",
  detect: [
    "trendmicro.com",
    "tmes.trendmicro",
    "hes.trendmicro",
    "trendmicro.eu",
    "ers-customized-block",
    "invalid-recipient",
    "block-send-er",
  ],
  hosts: ["trendmicro.com", "trendmicro.eu", "tmes.trendmicro.com"],
  helpDomains: ["docs.trendmicro.com", "success.trendmicro.com", "ers.trendmicro.com"],
  docs: ERS_BLOCKED,
  rules: [
    // "550 5.7.1 <x>: Recipient address rejected: ERS-Customized-Block."
    {
      id: "trend-micro/customized-block",
      match: { any: ["ers-customized-block", "block-send-er", "block-rcpt"] },
      reason: "filtered",
      actor: "recipient-admin",
      summary: "The recipient's organisation blocks your address or domain with its own Trend Micro rule.",
      advice: ["Ask the recipient to have their IT remove the block on your address or domain in Trend Micro."],
      link: DDEI,
      examples: ["smtp;550 5.7.1 <someone@example.com>: Recipient address rejected: ERS-Customized-Block."],
    },
    // "550 Service unavailable; Client host [x] blocked using Trend Micro RBL+"
    {
      id: "trend-micro/rbl",
      match: { any: ["trend micro rbl", "rbl-plus.mail-abuse", "mail-abuse.com", "ers-rbl", "ers-qil", "ers-dul"] },
      reason: "blocked",
      link: ERS_BLOCKED,
      examples: [
        "550 Service unavailable; Client host [192.0.2.25] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.25",
      ],
    },
    {
      id: "trend-micro/invalid-recipient",
      match: { any: ["invalid-recipient"] },
      reason: "userunknown",
      link: DDEI,
      examples: [
        "550 5.1.1 <someone@example.com>: Recipient address rejected: Invalid-Recipient in.hes.trendmicro.com",
      ],
    },
    {
      id: "trend-micro/no-domain",
      match: { any: ["no-domain"] },
      reason: "hostunknown",
      actor: "recipient-admin",
      link: DDEI,
      examples: ["550 5.1.2 <someone@example.com>: Recipient address rejected: NO-DOMAIN in.hes.trendmicro.com"],
    },
  ],
};
