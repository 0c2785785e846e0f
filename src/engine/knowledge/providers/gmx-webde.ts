/**
 * GMX, WEB.DE, mail.com and 1&1/IONOS (United Internet). Replies carry no enhanced status codes;
 * the last line holds a case link (postmaster.gmx.net/en/case?c=r0201&...) whose `c` names the
 * reason. Error list: https://postmaster.gmx.com/en/error-messages (WEB.DE:
 * https://postmaster.web.de/error-messages).
 */
import type { ProviderTable } from "../types";

const ERRORS = { title: "GMX Postmaster: error messages", url: "https://postmaster.gmx.com/en/error-messages" };

export const gmxWebde: ProviderTable = {
  id: "gmx-webde",
  name: "GMX / WEB.DE (United Internet)",
  detect: [
    "nemesis esmtp",
    "postmaster.gmx",
    "postmaster.web.de",
    "postmaster.1and1",
    "postmaster.ionos",
    "mx-ha.gmx.net",
    "mx-ha.web.de",
    "mx00.emig.gmx.net",
    "mx01.emig.gmx.net",
    "kundenserver.de",
    "reject due to policy restrictions",
    "invalid dns mx or a/aaaa resource record",
  ],
  hosts: ["gmx.net", "web.de", "gmx.com", "mail.com", "kundenserver.de", "ionos.com", "1and1.com", "gmx.de"],
  domains: ["gmx.de", "gmx.net", "gmx.at", "gmx.ch", "gmx.com", "web.de", "mail.com", "email.com", "usa.com"],
  helpDomains: [
    "postmaster.gmx.com",
    "postmaster.gmx.net",
    "postmaster.web.de",
    "postmaster.1and1.com",
    "postmaster.ionos.com",
  ],
  docs: ERRORS,
  rules: [
    {
      id: "gmx-webde/rate",
      match: { any: ["rate limit"] },
      reason: "ratelimited",
      link: ERRORS,
      examples: [
        "421 gmx.net (mxgmx014) Nemesis ESMTP Service not available Rate limit reached. For explanation visit https://postmaster.gmx.net/en/case?c=rl&i=ip&v=192.0.2.25",
      ],
    },
    {
      id: "gmx-webde/ip-block-listed",
      match: { any: ["ip address is block listed", "ip address is blocklisted", "block listed", "blocklisted"] },
      reason: "blocked",
      link: ERRORS,
      examples: [
        "smtp;550 <someone@web.de>: IP address is block listed",
        "554-gmx.net (mxgmx117) Nemesis ESMTP Service not available 554-No SMTP service 554 IP address is block listed. For explanation visit https://postmaster.gmx.net/en/case?c=ip&i=ip&v=192.0.2.25&r=1ABCDE-1FGHIJ",
      ],
    },
    {
      id: "gmx-webde/spf",
      match: { any: ["reject due to spf policy"] },
      reason: "authfailure",
      link: ERRORS,
      examples: [
        "smtp;550 <someone@web.de>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner",
      ],
    },
    {
      id: "gmx-webde/ptr",
      match: { any: ["bad dns ptr resource record"] },
      reason: "requireptr",
      link: ERRORS,
      examples: ["smtp;550 <someone@web.de>: Bad DNS PTR resource record"],
    },
    {
      id: "gmx-webde/sender-domain-dns",
      match: { any: ["invalid dns mx or a/aaaa resource record"] },
      reason: "rejected",
      link: ERRORS,
      examples: ["smtp;550 <someone@web.de>: Invalid DNS MX or A/AAAA resource record"],
    },
    {
      id: "gmx-webde/policy-restrictions",
      match: { any: ["reject due to policy restrictions", "reject due to policy violations"] },
      reason: "policyviolation",
      actor: "sender-admin",
      summary: "GMX/WEB.DE refused the message under its rules for headers, sending domains or IP addresses.",
      advice: [
        "Open the case link in the bounce, if there is one: it names the rule.",
        "Check the message's headers (From, Date, Message-ID), your domain's authentication and your IP's reputation.",
      ],
      link: ERRORS,
      examples: [
        "smtp;550 <someone@web.de>: Reject due to policy restrictions (header based)",
        "smtp;550 <someone@web.de>: Reject due to policy restrictions (domain based)",
        "smtp;550 <someone@web.de>: Reject due to policy restrictions (IP based)",
      ],
    },
    {
      id: "gmx-webde/quota",
      match: { any: ["exceeded storage allocation", "quota exceeded"] },
      reason: "mailboxfull",
      link: ERRORS,
      examples: [
        "smtp;550 <someone@web.de>: Requested mail action aborted: exceeded storage allocation, Quota exceeded",
      ],
    },
    {
      id: "gmx-webde/mailbox-unavailable",
      match: { any: ["mailbox unavailable", "mailbox not found", "unknown or inactive"] },
      reason: "userunknown",
      link: ERRORS,
      examples: ["smtp;550 <someone@web.de>: Requested action not taken: mailbox unavailable"],
    },
    {
      id: "gmx-webde/syntax",
      match: { any: ["syntax error in parameters or arguments"] },
      reason: "syntaxerror",
      link: ERRORS,
      examples: ["smtp;550 <someone@web.de>: Syntax error in parameters or arguments"],
    },
  ],
};
