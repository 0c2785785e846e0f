/**
 * Proofpoint (Enterprise, hosted as mx0a-XXXX.pphosted.com; Essentials as ppe-hosted.com). Most
 * rejections apply the recipient organisation's own policy; the Dynamic Reputation (PDR) and
 * Cloudmark blocks of IPs are global. Blocked IPs: https://www.proofpoint.com/us/support-services/ip-blocked-faq.
 */
import type { ProviderTable } from "../types";

const IP_BLOCKED = {
  title: "Proofpoint: IP blocked FAQ",
  url: "https://www.proofpoint.com/us/support-services/ip-blocked-faq",
};
const BOUNCES = {
  title: "Proofpoint Essentials: bounces and deferrals",
  url: "https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/110_logs/Bounces_and_Deferrals",
};

export const proofpoint: ProviderTable = {
  id: "proofpoint",
  name: "Proofpoint",
  detect: ["pphosted.com", "ppe-hosted.com"],
  hosts: ["pphosted.com", "ppe-hosted.com", "proofpoint.com"],
  helpDomains: ["www.proofpoint.com", "help.proofpoint.com"],
  docs: BOUNCES,
  rules: [
    // "550 5.7.1 Service unavailable; client [x] blocked using prs.proofpoint.com"
    {
      id: "proofpoint/dynamic-reputation",
      match: { any: ["prs.proofpoint.com", "dnsbl-lookup.cgi", "ipcheck.proofpoint"] },
      reason: "blocked",
      summary:
        "Proofpoint blocks your sending server's IP address for its reputation, for every organisation that uses Proofpoint.",
      advice: [
        "Look up the sending IP at Proofpoint's IP reputation check and request removal.",
        "Tell your IT or email service, and find the cause (a compromised account, unwanted bulk mail) first.",
      ],
      link: IP_BLOCKED,
      examples: [
        "550 5.7.1 Service unavailable; client [192.0.2.25] blocked using prs.proofpoint.com mx0a-00000000.pphosted.com",
        "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.25 mx0b-00000000.pphosted.com",
      ],
    },
    // "554 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=x"
    {
      id: "proofpoint/blocked",
      match: { pattern: /\b5(?:50|54) 5\.7\.0 blocked\b/ },
      reason: "blocked",
      link: IP_BLOCKED,
      examples: ["554 5.7.0 Blocked mx0a-00000000.pphosted.com"],
    },
    // "550 5.7.1 <x>: Recipient address rejected: User email address is marked as invalid."
    {
      id: "proofpoint/marked-invalid",
      match: { any: ["marked as invalid", "user email address is marked"] },
      reason: "userunknown",
      link: BOUNCES,
      examples: [
        "smtp;550 5.7.1 <someone@example.com>: Recipient address rejected: User email address is marked as invalid.",
      ],
    },
    // "550 5.1.1 - This is not a valid email address. Please verify that you have the correct email address for your recipient."
    {
      id: "proofpoint/not-valid-address",
      match: { any: ["this is not a valid email address"] },
      reason: "userunknown",
      link: BOUNCES,
      examples: [
        "smtp;550 5.1.1 - This is not a valid email address. Please verify that you have the correct email address for your recipient.",
      ],
    },
    // "550 5.7.1 Message rejected per DMARC policy"
    {
      id: "proofpoint/dmarc",
      match: { any: ["dmarc"] },
      reason: "authfailure",
      link: BOUNCES,
      examples: ["550 5.7.1 Email rejected per DMARC policy for example.com mx0b-00000000.pphosted.com"],
    },
    // "554 5.7.1 Message rejected due to content restrictions"
    {
      id: "proofpoint/content",
      match: { any: ["rejected due to content restrictions"] },
      reason: "policyviolation",
      actor: "recipient-admin",
      link: BOUNCES,
      examples: ["554 5.7.1 Message rejected due to content restrictions mx0a-00000000.pphosted.com"],
    },
    // "450 4.1.1 ... unverified address"
    {
      id: "proofpoint/unverified",
      match: { any: ["unverified address"] },
      reason: "userunknown",
      link: BOUNCES,
      examples: [
        "450 4.1.1 <someone@example.com>: Recipient address rejected: unverified address: host mail.example.com[192.0.2.10] said: 550 5.1.1 User unknown",
      ],
    },
    // "554 5.7.1 Relay access denied" (Essentials outbound)
    {
      id: "proofpoint/relay",
      match: { any: ["relay access denied", "relaying denied"] },
      reason: "norelaying",
      link: {
        title: "Proofpoint Essentials: outbound mail rejected, relay access denied",
        url: "https://help.proofpoint.com/Proofpoint_Essentials/Email_Security/Administrator_Topics/040_usersandgroups/Outbound_mail_rejected_-_554_5.7.1%3A_Relay_access_denied",
      },
      examples: ["554 5.7.1 <someone@example.net>: Relay access denied mx1-us1.ppe-hosted.com"],
    },
  ],
};
