/**
 * Microsoft 365: Exchange Online and Exchange Online Protection (EOP). Replies carry an internal
 * tag in parentheses (AS16012609, S8001) and a bracketed host such as
 * [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]. Per-code fix articles from the master
 * table: https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/non-delivery-reports-in-exchange-online
 * (5.7.606-649 have none: the delist portal article covers them). Consumer Outlook.com
 * (*.olc.protection.outlook.com) is `outlook-com`.
 */
import type { ProviderTable } from "../types";

const NDR_BASE = "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/";
const MASTER = {
  title: "Microsoft: Email non-delivery reports and SMTP errors in Exchange Online",
  url: `${NDR_BASE}non-delivery-reports-in-exchange-online`,
};
const DELIST = {
  title: "Microsoft: Use the delist portal to remove yourself from the blocked senders list",
  url: "https://learn.microsoft.com/en-us/defender-office-365/external-senders-use-the-delist-portal-to-unblock-yourself",
};
const fix = (file: string, title: string) => ({ title: `Microsoft: ${title}`, url: `${NDR_BASE}${file}` });

export const microsoft365: ProviderTable = {
  id: "microsoft-365",
  name: "Microsoft 365 / Exchange Online",
  detect: [
    "mail.protection.outlook.com",
    "prod.protection.outlook.com",
    ".prod.outlook.com",
    "outlook.office365.com",
    "smtp.office365.com",
    "exchangelabs.com",
    "sender.office.com",
    "(as160126",
    "(as(",
  ],
  hosts: [
    "mail.protection.outlook.com",
    "prod.protection.outlook.com",
    "prod.outlook.com",
    "outlook.office365.com",
    "exchangelabs.com",
    "onmicrosoft.com",
  ],
  // Its NDRs ("Your message to x couldn't be delivered") name no remote server when Microsoft 365 itself refused.
  formats: ["microsoft365-ndr"],
  helpDomains: [
    "learn.microsoft.com",
    "go.microsoft.com",
    "sender.office.com",
    "aka.ms",
    "support.microsoft.com",
    "docs.microsoft.com",
  ],
  docs: MASTER,
  rules: [
    // "550 5.7.606 Access denied, banned sending IP [x]. To request removal from this list please visit https://sender.office.com/"
    {
      id: "microsoft-365/banned-sending-ip",
      match: { pattern: /\b5\.7\.6[0-4]\d\b/, any: ["banned sending ip", "access denied", "sender.office.com"] },
      reason: "blocked",
      severity: "critical",
      summary:
        "Microsoft 365 blocks your sending server's IP address, so mail to every Microsoft 365 organisation is refused.",
      advice: [
        "Request removal of the IP at Microsoft's delist portal (sender.office.com).",
        "Tell your IT or email service, and find the cause (a compromised account, unwanted bulk mail) first.",
      ],
      link: DELIST,
      examples: [
        "smtp;550 5.7.606 Access denied, banned sending IP [192.0.2.25]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609)",
      ],
    },
    // "550 5.7.1 Service unavailable, Client host [x] blocked using Spamhaus. ... (AS16012611)"
    {
      id: "microsoft-365/spamhaus-ip",
      match: { any: ["blocked using spamhaus", "as16012611"] },
      reason: "blocked",
      severity: "critical",
      link: { title: "Spamhaus: IP and domain reputation checker", url: "https://check.spamhaus.org" },
      examples: [
        "smtp;550 5.7.1 Service unavailable, Client host [192.0.2.25] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.25 (AS16012611)",
      ],
    },
    // "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. ... (S8001)" / MailFrom (S8002).
    {
      id: "microsoft-365/spamhaus-domain",
      match: {
        any: ["helo domain is listed in spamhaus", "mailfrom domain is listed in spamhaus", "(s8001)", "(s8002)"],
      },
      reason: "blocked",
      severity: "critical",
      summary:
        "Microsoft refused the message because your server's name or your sending domain is on the Spamhaus domain blocklist.",
      link: { title: "Spamhaus: IP and domain reputation checker", url: "https://check.spamhaus.org" },
      examples: [
        "550 5.7.1 Service unavailable, Helo domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query/lookup/ (S8001) [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]",
      ],
    },
    // "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)" (Directory-Based Edge Blocking)
    {
      id: "microsoft-365/recipient-access-denied",
      match: { any: ["recipient address rejected: access denied"] },
      reason: "userunknown",
      link: fix("fix-error-code-550-5-4-1-in-exchange-online", "Fix NDR error code 550 5.4.1"),
      examples: [
        "smtp;550 5.4.1 [someone@example.com]: Recipient address rejected: Access denied [example.com]",
        "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DM6NAM12FT034.eop-nam12.prod.protection.outlook.com 2024-01-01T00:00:00.000Z 08DC0000000000]",
      ],
    },
    // "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    {
      id: "microsoft-365/recipient-not-found",
      match: { any: ["recipientnotfound", "recipnotfound", "recipient not found by smtp address lookup"] },
      reason: "userunknown",
      link: fix("fix-error-code-550-5-1-10-in-exchange-online", "Fix NDR error code 550 5.1.10"),
      examples: [
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient someone@example.com not found by SMTP address lookup",
      ],
    },
    // "550 5.7.509 Access denied, sending domain [X] does not pass DMARC verification and has a DMARC policy of reject."
    {
      id: "microsoft-365/dmarc-reject",
      match: { any: ["does not pass dmarc verification"], status: ["5.7.509"] },
      reason: "authfailure",
      link: MASTER,
      examples: [
        "550 5.7.509 Access denied, sending domain [EXAMPLE.COM] does not pass DMARC verification and has a DMARC policy of reject. [DM6NAM12FT034.eop-nam12.prod.protection.outlook.com 2024-04-29T23:34:45.000Z 08DC6859B2C6EE8E]",
      ],
    },
    // "550 5.7.515 Access denied, sending domain X doesn't meet the required authentication level."
    {
      id: "microsoft-365/authentication-level",
      match: { any: ["required authentication level"], status: ["5.7.515"] },
      reason: "authfailure",
      link: {
        title: "Microsoft: Outlook's requirements for high-volume senders",
        url: "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730",
      },
      examples: [
        "550 5.7.515 Access denied, sending domain EXAMPLE.COM doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]",
      ],
    },
    // "550 5.7.23 The message was rejected because of Sender Policy Framework violation"
    {
      id: "microsoft-365/spf-violation",
      match: { status: ["5.7.23"] },
      reason: "authfailure",
      link: fix("fix-error-code-5-7-23-in-exchange-online", "Fix NDR error code 5.7.23"),
      examples: [
        "550 5.7.23 The message was rejected because of Sender Policy Framework violation [DM6NAM12FT034.eop-nam12.prod.protection.outlook.com]",
      ],
    },
    // "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy"
    {
      id: "microsoft-365/transport-rule",
      match: { any: ["transport.rules.rejectmessage", "rejected by organization policy"] },
      reason: "policyviolation",
      actor: "recipient-admin",
      link: MASTER,
      examples: [
        "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]",
      ],
    },
    // 5.7.12, 5.7.124, 5.7.133-136, 5.7.193: the recipient (group) accepts only certain or internal senders.
    {
      id: "microsoft-365/restricted-recipient",
      match: { status: ["5.7.12", "5.7.124", "5.7.133", "5.7.134", "5.7.135", "5.7.136", "5.7.193", "5.7.13"] },
      reason: "policyviolation",
      actor: "recipient-admin",
      summary:
        "The recipient (or group) accepts mail only from certain senders, such as people inside their organisation.",
      advice: [
        "Ask the recipient or their IT to allow external senders, or to add your address to the allowed senders.",
      ],
      link: fix("fix-error-code-5-7-133-in-exchange-online", "Fix NDR error code 5.7.133"),
      examples: [
        "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group",
        "550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this mailbox",
      ],
    },
    // "550 5.7.64 TenantAttribution; Relay Access Denied"
    {
      id: "microsoft-365/tenant-attribution",
      match: { any: ["tenantattribution"] },
      reason: "norelaying",
      link: fix("fix-error-code-5-7-64-in-exchange-online", "Fix NDR error code 5.7.64"),
      examples: [
        "550 5.7.64 TenantAttribution; Relay Access Denied [DM6NAM12FT034.eop-nam12.prod.protection.outlook.com]",
      ],
    },
    // "550 5.7.57 Client not authenticated to send mail during MAIL FROM"
    {
      id: "microsoft-365/client-not-authenticated",
      match: { status: ["5.7.57", "5.7.3"], any: ["not authenticated", "authentication unsuccessful"] },
      reason: "securityerror",
      actor: "sender-admin",
      link: fix("fix-error-code-5-7-57-in-exchange-online", "Fix NDR error code 5.7.57"),
      examples: ["530 5.7.57 Client not authenticated to send mail. [BN8NAM12FT012.eop-nam12.prod.outlook.com]"],
    },
    // 5.7.501-503: the sending account is banned for spam; 5.7.700-750: the sending tenant is blocked.
    {
      id: "microsoft-365/sender-blocked-outbound",
      match: {
        status: ["5.7.501", "5.7.502", "5.7.503", "5.7.7*", "5.1.8"],
        any: ["access denied", "blocked", "banned", "spam"],
      },
      reason: "rejected",
      severity: "critical",
      actor: "sender-admin",
      summary:
        "Microsoft 365 stopped your own account or organisation from sending, usually after spam was sent from it.",
      advice: [
        "Ask your Microsoft 365 administrator to check the account for compromise and reset its password.",
        "The administrator can release the account in the Microsoft Defender portal (restricted entities).",
      ],
      link: fix("fix-error-code-5-1-8-in-exchange-online", "Fix NDR error code 5.1.8"),
      examples: [
        "550 5.1.8 Access denied, bad outbound sender AS(42170) [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]",
      ],
    },
    // "451 4.7.500 Server busy. Please try again later from [x]. (AS761)"; 4.7.650 IP reputation.
    {
      id: "microsoft-365/throttled",
      match: {
        status: ["4.7.5*", "4.7.6*", "4.7.8*"],
        any: ["server busy", "try again later", "rate limited", "reputation"],
      },
      reason: "badreputation",
      link: fix(
        "fix-error-code-451-4-7-500-699-asxxx-in-exchange-online",
        "Fix NDR error code 451 4.7.500-699 (ASxxx)",
      ),
      examples: [
        "451 4.7.500 Server busy. Please try again later from [192.0.2.25]. (AS761) [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]",
      ],
    },
    // "550 5.4.316 Message expired, connection refused(Socket error code 10061)" / 4.4.7
    {
      id: "microsoft-365/message-expired",
      match: { any: ["message expired"], none: ["dns query failed"] },
      reason: "expired",
      link: fix("fix-error-code-550-4-4-7-in-exchange-online", "Fix NDR error code 550 4.4.7"),
      examples: [
        "550 5.4.316 Message expired, connection refused(Socket error code 10061) [SG2APC01HT007.eop-APC01.prod.protection.outlook.com]",
      ],
    },
    // "550 5.4.1 Relay Access Denied" / "550 5.4.1 Recipient address rejected" / 5.4.6-5.4.20 routing.
    {
      id: "microsoft-365/routing",
      match: {
        status: [
          "5.4.6",
          "5.4.14",
          "5.4.7",
          "5.4.8",
          "5.4.9",
          "5.4.10",
          "5.4.11",
          "5.4.12",
          "5.4.13",
          "5.4.15",
          "5.4.16",
          "5.4.17",
          "5.4.18",
          "5.4.19",
          "5.4.20",
        ],
      },
      reason: "networkerror",
      actor: "recipient-admin",
      link: fix("fix-error-code-5-4-6-through-5-4-20-in-exchange-online", "Fix NDR error codes 5.4.6 through 5.4.20"),
      examples: [
        "554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]",
      ],
    },
    // 5.2.121/5.2.122: per-hour limits; 5.1.90: daily recipient limit; 5.2.2 submission quota.
    {
      id: "microsoft-365/sending-limit",
      match: { status: ["5.2.121", "5.2.122", "5.1.90", "4.5.3"] },
      reason: "ratelimited",
      link: MASTER,
      examples: [
        "550 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. For more information about this limit see https://go.microsoft.com/fwlink/?LinkId=526653 [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]",
      ],
    },
    {
      id: "microsoft-365/submission-quota",
      match: { any: ["submission quota", "submissionquotaexceeded"] },
      reason: "ratelimited",
      actor: "sender",
      link: fix("fix-error-for-submission-quota-exceeded-in-exchange-online", "Fix submission quota exceeded (5.2.2)"),
      examples: [
        "554 5.2.2 mailbox full; STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception",
      ],
    },
    // "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal"
    {
      id: "microsoft-365/bare-linefeeds",
      match: { any: ["barelinefeedsareillegal", "bare linefeed"] },
      reason: "contenterror",
      link: fix("fix-error-code-550-5-6-11-in-exchange-online", "Fix NDR error code 550 5.6.11"),
      examples: [
        "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA",
      ],
    },
    // 5.1.10 and 5.1.1 without the resolver text.
    {
      id: "microsoft-365/recipient-unknown",
      match: { status: ["5.1.1", "5.1.10", "5.7.504"] },
      reason: "userunknown",
      link: fix(
        "fix-error-code-550-5-1-1-through-5-1-20-in-exchange-online",
        "Fix NDR error codes 5.1.1 through 5.1.20",
      ),
      examples: [
        "550 5.1.1 User unknown; no mailbox here by that name [DM6NAM12FT034.eop-nam12.prod.protection.outlook.com]",
      ],
    },
    // "550 5.7.1 Unable to relay" / "Client was not authenticated" / "Delivery not authorized".
    {
      id: "microsoft-365/unable-to-relay",
      match: { any: ["unable to relay", "client was not authenticated", "delivery not authorized"] },
      reason: "norelaying",
      link: fix("fix-error-code-550-5-7-1-in-exchange-online", "Fix NDR error code 550 5.7.1"),
      examples: [
        "550 5.7.1 Unable to relay for someone@example.net [BN8NAM12FT012.eop-nam12.prod.protection.outlook.com]",
      ],
    },
  ],
};
