/**
 * Comcast / Xfinity. The codes (BL000000, DM000001, RL000010, ...) come from bounce texts and
 * the anchors of https://postmaster.comcast.net/smtp-error-codes.php, which bounces link to; the
 * page itself was not read, so meanings follow the bounce wording.
 */
import type { ProviderTable } from "../types";

const CODES = "https://postmaster.comcast.net/smtp-error-codes.php";

export const comcast: ProviderTable = {
  id: "comcast",
  name: "Comcast / Xfinity",
  detect: [
    "comcast.net/smtp-error-codes",
    "postmaster.comcast.net",
    "comcast.net/mail-error-codes",
    "mxge.comcast.net",
    "recipient mailbox unallocated",
  ],
  hosts: ["comcast.net", "xfinity.com"],
  domains: ["comcast.net", "xfinity.com"],
  helpDomains: ["postmaster.comcast.net", "xfinity.com", "business.comcast.com"],
  docs: { title: "Comcast Postmaster: SMTP error codes", url: CODES },
  rules: [
    // "550 5.2.0 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001"
    {
      id: "comcast/dmarc",
      match: { any: ["dm000001", "rejected due to dmarc"] },
      reason: "authfailure",
      severity: "high",
      link: { title: "Comcast: DM000001, rejected due to DMARC", url: `${CODES}#DM000001` },
      examples: [
        "smtp;550 5.2.0 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001",
      ],
    },
    // "554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.25 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001"
    {
      id: "comcast/dnsbl",
      match: { any: ["bl000001", "bl000010", "bl000011", "found on one or more dnsbls"] },
      reason: "blocked",
      link: { title: "Comcast: BL000001, listed on a DNSBL", url: `${CODES}#BL000001` },
      examples: [
        "554 resimta-ch2-18v.sys.comcast.net resimta-ch2-18v.sys.comcast.net 192.0.2.25 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001",
      ],
    },
    // "554 ... 192.0.2.25 rejected by Comcast, see http://postmaster.comcast.net/smtp-error-codes.php#BL000000"
    {
      id: "comcast/reputation",
      match: { any: ["bl000000", "bl0001"] },
      reason: "badreputation",
      link: { title: "Comcast: BL000000, blocked for reputation", url: `${CODES}#BL000000` },
      examples: [
        "554 resimta-po-29v.sys.comcast.net resimta-po-29v.sys.comcast.net 192.0.2.25 Comcast block for spam. Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000",
      ],
    },
    // "421 ... Throttled - try again later. Please see http://postmaster.comcast.net/smtp-error-codes.php#RL000010"
    {
      id: "comcast/throttled",
      match: { any: ["rl000010", "rl000003", "throttled", "too many sessions opened"] },
      reason: "ratelimited",
      link: { title: "Comcast: RL000010, throttled", url: `${CODES}#RL000010` },
      examples: [
        "421 resimta-ch2-05v.sys.comcast.net comcast 192.0.2.25 Comcast Throttled - try again later. Please see http://postmaster.comcast.net/smtp-error-codes.php#RL000010",
      ],
    },
    // "550 5.1.1 <x> recipient mailbox unallocated" / "Not our Customer"
    {
      id: "comcast/unknown-recipient",
      match: { any: ["recipient mailbox unallocated", "not our customer"] },
      reason: "userunknown",
      link: { title: "Comcast Postmaster: SMTP error codes", url: CODES },
      examples: ["smtp;550 5.1.1 <someone@comcast.net> recipient mailbox unallocated"],
    },
    // "550 5.2.0 <x> - Recipient unavailable"
    {
      id: "comcast/recipient-unavailable",
      match: { any: ["recipient unavailable"] },
      reason: "userunknown",
      link: { title: "Comcast Postmaster: SMTP error codes", url: CODES },
      examples: ["smtp;550 5.2.0 <someone@comcast.net> - Recipient unavailable mx1.comcast.net"],
    },
    // "554 ... reverse DNS failure" / "PTR record required"
    {
      id: "comcast/ptr",
      match: { any: ["ptr record required", "reverse dns failure"] },
      reason: "requireptr",
      link: { title: "Comcast: 554, reverse DNS", url: `${CODES}#554` },
      examples: [
        "554 resimta-ch2-01v.sys.comcast.net comcast 192.0.2.25 PTR record required. Please see http://postmaster.comcast.net/smtp-error-codes.php#554",
      ],
    },
  ],
};
