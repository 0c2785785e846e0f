/**
 * Outlook.com, Hotmail, Live and MSN: Microsoft's consumer mail, received by
 * *.olc.protection.outlook.com (formerly *.hotmail.com). Its postmaster site documents the RP,
 * SC, DY and OU codes: https://postmaster.live.com/pm/troubleshooting.aspx. The S-tags (S3140,
 * S3150, S775, S843, S3114) are internal and undocumented; bounces point to the retired
 * mail.live.com troubleshooting page or to postmaster.live.com.
 */
import type { ProviderTable } from "../types";

const TROUBLESHOOTING = {
  title: "Outlook.com Postmaster: troubleshooting",
  url: "https://postmaster.live.com/pm/troubleshooting.aspx",
};
const SUPPORT_FORM = {
  title: "Outlook.com: sender support request",
  url: "https://go.microsoft.com/fwlink/?LinkID=614866",
};

export const outlookCom: ProviderTable = {
  id: "outlook-com",
  name: "Outlook.com / Hotmail (consumer)",
  detect: [
    "olc.protection.outlook.com",
    "postmaster.live.com",
    "mail.live.com/mail/troubleshooting",
    "(s3140)",
    "(s3150)",
    "(s3113)",
    "(s3114)",
    "(s775)",
    "(s843)",
  ],
  hosts: ["olc.protection.outlook.com", "hotmail.com", "outlook.com", "live.com", "msn.com"],
  domains: [
    "hotmail.com",
    "outlook.com",
    "live.com",
    "msn.com",
    "hotmail.co.uk",
    "hotmail.fr",
    "live.fr",
    "outlook.fr",
  ],
  helpDomains: [
    "postmaster.live.com",
    "go.microsoft.com",
    "substrate.office.com",
    "learn.microsoft.com",
    "support.microsoft.com",
  ],
  docs: TROUBLESHOOTING,
  rules: [
    // "550 5.7.1 Unfortunately, messages from [x] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150)."
    {
      id: "outlook-com/policy-block",
      match: { any: ["sc-001", "sc-002", "sc-003", "sc-004", "dy-001", "dy-002"] },
      reason: "blocked",
      link: TROUBLESHOOTING,
      examples: [
        "550 SC-001 (BAY004-MC5F7) Unfortunately, messages from 192.0.2.25 weren't sent. Please contact your Internet service provider since part of their network is on our block list. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
        "550 DY-001 (COL004-MC4F23) Unfortunately, messages from 192.0.2.25 weren't sent. Please contact your Internet service provider. We do not accept email from dynamic IP's or mail servers that appear to be residential machines.",
      ],
    },
    {
      id: "outlook-com/network-on-block-list",
      match: { any: ["part of their network is on our block list", "(s3150)", "(s3140)", "(ass3150)", "(ass3140)"] },
      reason: "blocked",
      severity: "high",
      summary: "Outlook.com blocks part of your email provider's network, including the server that sent your message.",
      advice: [
        "Tell your email provider or IT: Outlook.com blocks the sending IP range (S3150).",
        "They can ask Microsoft to review the block with the Outlook.com sender support form.",
      ],
      link: SUPPORT_FORM,
      examples: [
        "smtp;550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [AM4PEPF00027A5F.eurprd04.prod.outlook.com]",
        "550 5.7.1 Unfortunately, messages from [192.0.2.25] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors. [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]",
      ],
    },
    // "451 4.7.650 The mail server [x] has been temporarily rate limited due to IP reputation. (S3113)"
    {
      id: "outlook-com/ip-reputation",
      match: { any: ["due to ip reputation", "(s775)", "(s843)", "(s3114)", "(s3113)"] },
      reason: "badreputation",
      link: TROUBLESHOOTING,
      examples: [
        "451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113) [5NY1SSJFSTZJRJBG.eurprd02.prod.outlook.com]",
      ],
    },
    // "421 RP-001 (BAY004-MC1F12) Unfortunately, some messages from x weren't sent. Please try again."
    {
      id: "outlook-com/rate-limited",
      match: { any: ["rp-001", "rp-002", "rp-003"] },
      reason: "ratelimited",
      link: TROUBLESHOOTING,
      examples: [
        "421 RP-001 (COL004-MC1F12) Unfortunately, some messages from 192.0.2.25 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      ],
    },
    // "550 SC-001 (BAY004-MC5F7) Unfortunately, messages from x weren't sent. Please contact your Internet service provider since part of their network is on our block list."
    // "550 OU-001 (SNT004-MC1F43) Unfortunately, messages from x weren't sent. Please contact your Internet service provider since part of their network is on our block list." (Spamhaus data)
    {
      id: "outlook-com/ou-block",
      match: { any: ["ou-001", "ou-002"] },
      reason: "blocked",
      link: TROUBLESHOOTING,
      examples: [
        "550 OU-001 (SNT004-MC1F43) Unfortunately, messages from 192.0.2.25 weren't sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
      ],
    },
    // "550 5.7.509 Access denied, sending domain [X] does not pass DMARC verification and has a DMARC policy of reject."
    {
      id: "outlook-com/dmarc-reject",
      match: { status: ["5.7.509"] },
      reason: "authfailure",
      link: TROUBLESHOOTING,
      examples: [
        "550 5.7.509 Access denied, sending domain [EXAMPLE.JP] does not pass DMARC verification and has a DMARC policy of reject. [7FQL1BDY0XZ5XGTW.JPNP222.PROD.OUTLOOK.COM 2024-04-29T23:34:45.000Z NG5X6YLY2QZK8T7B] [VB0JMRQKNLZPTQMN.apc.olc.protection.outlook.com]",
      ],
    },
    // "550 5.7.515 Access denied, sending domain X doesn't meet the required authentication level."
    {
      id: "outlook-com/authentication-level",
      match: { status: ["5.7.515"] },
      reason: "authfailure",
      link: {
        title: "Microsoft: Outlook's requirements for high-volume senders",
        url: "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730",
      },
      examples: [
        "550 5.7.515 Access denied, sending domain EXAMPLE.COM doesn't meet the required authentication level. The sender's domain in the 5322.From address doesn't meet the authentication requirements defined for the sender. [OL1P279CA0012.NORP279.PROD.OUTLOOK.COM] [hotmail-com.olc.protection.outlook.com]",
      ],
    },
    // "550 5.5.0 Requested action not taken: mailbox unavailable (-1915321397:308:-2147467259)"
    {
      id: "outlook-com/mailbox-unavailable",
      match: { any: ["requested action not taken: mailbox unavailable"] },
      reason: "userunknown",
      link: TROUBLESHOOTING,
      examples: [
        "550 Requested action not taken: mailbox unavailable (-0000000022:2222:-0000000022) [hotmail-com.olc.protection.outlook.com]",
      ],
    },
    // "554 The mail could not be delivered to the recipient because the domain is not reachable."
    {
      id: "outlook-com/domain-not-reachable",
      match: { any: ["because the domain is not reachable"] },
      reason: "hostunknown",
      link: TROUBLESHOOTING,
      examples: [
        "554 The mail could not be delivered to the recipient because the domain is not reachable. Please check the domain and try again (-1915321397:308:-2147467259)",
      ],
    },
    // "550 domain [example.com] mismatches client ip 192.0.2.225."
    {
      id: "outlook-com/domain-mismatches-ip",
      match: { any: ["mismatches client ip"] },
      reason: "requireptr",
      link: TROUBLESHOOTING,
      examples: ["550 domain [example.com] mismatches client ip 192.0.2.225. [hotmail-com.olc.protection.outlook.com]"],
    },
    // "550 5.2.122 / 5.2.121 ... exceeded their limit for the number of messages they can receive per hour"
    {
      id: "outlook-com/hourly-limit",
      match: { status: ["5.2.121", "5.2.122"] },
      reason: "ratelimited",
      link: { title: "Microsoft: hourly message limits", url: "https://go.microsoft.com/fwlink/?LinkId=526653" },
      examples: [
        "550 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour. For more information about this limit see https://go.microsoft.com/fwlink/?LinkId=526653 [hotmail-com.olc.protection.outlook.com]",
      ],
    },
  ],
};
