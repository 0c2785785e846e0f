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
      match: { status: ["5.7.6*"], any: ["banned sending ip", "access denied", "sender.office.com"] },
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
  ],
};
