/**
 * AT&T (att.net, sbcglobal.net, bellsouth.net and other legacy domains). Since 2025 AT&T's
 * consumer mail is received by Yahoo (mx-att.mail.am0.yahoodns.net), so current bounces carry
 * Yahoo's codes. No current official error-code page was found; the legacy postmaster pages
 * appear only in old bounces, so links go to the standard.
 */
import { STANDARDS } from "../standards";
import type { ProviderTable } from "../types";

export const att: ProviderTable = {
  id: "att",
  name: "AT&T",
  detect: [
    "rbl.att.net",
    "flpd",
    "ldap:ou=rblmx",
    "postmaster.bellsouth.net",
    "att.net/esupport",
    "dnsbl:attrbl",
    "blank mailhost",
  ],
  hosts: ["att.net", "sbcglobal.net", "bellsouth.net", "prodigy.net", "attmail.com"],
  domains: [
    "att.net",
    "sbcglobal.net",
    "bellsouth.net",
    "pacbell.net",
    "swbell.net",
    "prodigy.net",
    "flash.net",
    "ameritech.net",
    "snet.net",
    "wans.net",
  ],
  docs: null,
  rules: [
    // "550 5.2.1 <x>... Addressee unknown, relay=[x]" and "... blank mailhost - invalid address"
    {
      id: "att/addressee-unknown",
      match: { any: ["addressee unknown", "blank mailhost", "invalid address, relay="] },
      reason: "userunknown",
      link: STANDARDS.rfc3463,
      examples: [
        "smtp;550 5.2.1 <someone@att.net>... Addressee unknown, relay=[192.0.2.25]",
        "smtp;550 5.2.1 <someone@att.net>... blank mailhost - invalid address, relay=[192.0.2.25]",
      ],
    },
    // "521 5.3.0 flpd575 DNSBL:RBL 521< x >_is_blocked."
    {
      id: "att/rbl",
      match: { any: ["dnsbl:rbl", "dnsbl:attrbl", "blocked by ldap:ou=rblmx", "rbl.att.net"] },
      reason: "blocked",
      link: STANDARDS.rfc3463,
      examples: [
        "521 5.3.0 flpd575 DNSBL:RBL 521< 192.0.2.25 >_is_blocked.For assistance forward this error to abuse_rbl@abuse-att.net",
      ],
    },
    // "553 5.3.0 flpd... Mailbox currently suspended"
    {
      id: "att/suspended",
      match: { any: ["mailbox currently suspended", "[suspend]"] },
      reason: "suspend",
      link: STANDARDS.rfc3463,
      examples: ["550 5.2.1 flpd120 Mailbox currently suspended - please contact the recipient by another means"],
    },
  ],
};
