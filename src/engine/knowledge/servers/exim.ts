/**
 * Exim's own wording. Exim documents access control and retry rules, not per-message pages:
 * https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html.
 */
import type { ServerTable } from "../types";

const ACL = {
  title: "Exim: access control lists",
  url: "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-access_control_lists.html",
};

export const exim: ServerTable = {
  id: "exim",
  name: "Exim",
  docs: ACL,
  rules: [
    // "retry timeout exceeded" / "all hosts have been failing for a long time and were last tried after this message arrived"
    {
      id: "exim/mailbox-full",
      match: { any: ["mailbox is full"] },
      reason: "mailboxfull",
      link: ACL,
      examples: [
        "save to /mail/spool/q002.kijitora.example.com/example.com/22r/cat/n2.nyaan mailbox is full: retry timeout exceeded",
      ],
    },
    {
      id: "exim/retry-timeout",
      match: {
        any: [
          "retry timeout exceeded",
          "all hosts have been failing for a long time",
          "retry time not reached for any host",
        ],
      },
      reason: "expired",
      link: ACL,
      examples: [
        "retry timeout exceeded",
        "all hosts have been failing for a long time and were last tried after this message arrived",
      ],
    },
    // "mailbox is full: retry timeout exceeded"
    // "The mail server could not deliver mail to x. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries."
    {
      id: "exim/account-or-domain",
      match: { any: ["the account or domain may not exist"] },
      reason: "hostunknown",
      link: ACL,
      examples: [
        "The mail server could not deliver mail to kijitora@example.net. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.",
      ],
    },
    // "Unrouteable address"
    {
      id: "exim/sender-verify",
      match: { any: ["unroutable sender address", "sender verify failed", "sender verification failed"] },
      reason: "rejected",
      link: ACL,
      examples: [
        "550 Unroutable sender address",
        "550-Verification failed for <sender@example.com> 550-Unrouteable address 550 Sender verify failed",
      ],
    },
    {
      id: "exim/unrouteable-address",
      match: { any: ["unrouteable address"] },
      reason: "hostunknown",
      link: ACL,
      examples: ["Unrouteable address"],
    },
    // "all relevant MX records point to non-existent hosts" / "an MX or SRV record indicated no SMTP service"
    {
      id: "exim/no-smtp-service",
      match: {
        any: ["mx or srv record indicated no smtp service", "all relevant mx records point to non-existent hosts"],
      },
      reason: "notaccept",
      link: ACL,
      examples: ["an MX or SRV record indicated no SMTP service"],
    },
    // "550 Unroutable sender address" / "Sender verify failed"
    // "malformed address: <x> may not follow y"
    {
      id: "exim/malformed-address",
      match: { any: ["malformed address:"] },
      reason: "syntaxerror",
      link: ACL,
      examples: ["malformed address: <neko@example.net> may not follow kijitora@example.com"],
    },
    // "service permits 2 unverifyable sending IPs"
    {
      id: "exim/unverifiable-ips",
      match: { any: ["unverifyable sending ip", "unverifiable sending ip"] },
      reason: "requireptr",
      link: ACL,
      examples: ["450 service permits 2 unverifyable sending IPs - neko.example.com is not 203.0.113.222"],
    },
    // Pipe or filter transports: "Failed to read response template ..." / "Child process of x transport returned 69"
    {
      id: "exim/transport-failed",
      match: { any: ["response template", "child process of", "transport returned", "pipe to |"] },
      reason: "mailererror",
      link: ACL,
      examples: [
        "[2016-04-29 23:34:45 +0900] info [cat] Failed to read response template /home/neko/.cat/kijitora@example.com: No such file or directory",
      ],
    },
  ],
};
