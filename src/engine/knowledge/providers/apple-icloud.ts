/**
 * Apple iCloud Mail (icloud.com, me.com, mac.com). Apple publishes requirements only, no code
 * table: "Postmaster information for iCloud Mail", https://support.apple.com/en-us/102322
 * (bounces still print the old address HT204137). CS01, CS02, HM08, BS01 and HME1 are internal
 * tags read from bounce texts.
 */
import type { ProviderTable } from "../types";

const POSTMASTER = {
  title: "Apple: Postmaster information for iCloud Mail",
  url: "https://support.apple.com/en-us/102322",
};

export const appleIcloud: ProviderTable = {
  id: "apple-icloud",
  name: "Apple iCloud Mail",
  detect: [
    "mail.icloud.com",
    "privaterelay.appleid.com",
    "ht204137",
    "support.apple.com/en-us/102322",
    "[cs01]",
    "[cs02]",
    "[hm08]",
    "[bs01]",
    "[hme1]",
  ],
  hosts: ["icloud.com", "apple.com", "me.com", "mac.com", "appleid.com"],
  domains: ["icloud.com", "me.com", "mac.com"],
  helpDomains: ["support.apple.com"],
  docs: POSTMASTER,
  rules: [
    // "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137"
    {
      id: "apple-icloud/local-policy",
      match: { any: ["[cs01]", "[cs02]", "[hm08]", "[bs01]", "rejected due to local policy"] },
      reason: "spamdetected",
      actor: "sender-admin",
      summary:
        "iCloud Mail refused the message under its local policy, which covers content and the sender's reputation.",
      advice: [
        "Make sure your domain passes SPF, DKIM and DMARC.",
        "Review the content and links of the message, and the reputation of your sending IP.",
        "Follow Apple's postmaster requirements; contact iCloud's postmaster team if it persists.",
      ],
      link: POSTMASTER,
      examples: [
        "smtp;550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
      ],
    },
    // "550 5.7.1 [HME1] Message failed both SPF and DKIM" / DMARC.
    {
      id: "apple-icloud/authentication",
      match: { any: ["[hme1]", "failed both spf and dkim", "dmarc policy"] },
      reason: "authfailure",
      link: POSTMASTER,
      examples: [
        "554 5.7.1 Your message was rejected due to example.com's DMARC policy. See https://support.apple.com/en-us/HT204137 for info",
      ],
    },
    // "552 5.2.2 <x>: user is over quota"
    {
      id: "apple-icloud/over-quota",
      match: { any: ["over quota"] },
      reason: "mailboxfull",
      link: POSTMASTER,
      examples: ["552 5.2.2 <someone@icloud.com>: user is over quota (in reply to RCPT TO command)"],
    },
    // "550 5.1.1 <x>: inactive email address"
    {
      id: "apple-icloud/inactive",
      match: { any: ["inactive email address"] },
      reason: "suspend",
      link: POSTMASTER,
      examples: ["550 5.1.1 <someone@icloud.com>: inactive email address (in reply to RCPT TO command)"],
    },
    // "550 5.1.6 recipient no longer on server"
    {
      id: "apple-icloud/moved",
      match: { any: ["no longer on server"] },
      reason: "hasmoved",
      link: POSTMASTER,
      examples: ["550 5.1.6 recipient no longer on server: someone@icloud.com"],
    },
    // "550 5.1.1 <x>: user does not exist" / "user not found" / "unknown or illegal alias"
    {
      id: "apple-icloud/user-unknown",
      match: { any: ["user does not exist", "user not found", "unknown or illegal alias"] },
      reason: "userunknown",
      link: POSTMASTER,
      examples: [
        "550 5.1.1 <someone@icloud.com>: user does not exist (in reply to RCPT TO command) mx01.mail.icloud.com",
      ],
    },
    // "421 4.7.0 ... deferred due to excessive volume" / "too many errors"
    {
      id: "apple-icloud/volume",
      match: { any: ["excessive volume", "too many errors"] },
      reason: "ratelimited",
      link: POSTMASTER,
      examples: [
        "421 4.7.0 Message deferred due to excessive volume. Please see https://support.apple.com/en-us/102322",
      ],
    },
  ],
};
