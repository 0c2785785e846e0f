/**
 * Postfix's own wording (shared by the many hosts that run it: Infomaniak, Titan, ISPs). Postfix
 * documents its restrictions, not per-message pages: https://www.postfix.org/SMTPD_ACCESS_README.html.
 */
import type { ServerTable } from "../types";

const ACCESS = {
  title: "Postfix: SMTP relay and access control",
  url: "https://www.postfix.org/SMTPD_ACCESS_README.html",
};

export const postfix: ServerTable = {
  id: "postfix",
  name: "Postfix",
  docs: ACCESS,
  rules: [
    // "can't create user output file. Command output: procmail: ..." / "Command died with status 1"
    {
      id: "postfix/local-delivery-command",
      match: {
        any: [
          "command output:",
          "command died with status",
          "can't create user output file",
          "command time limit exceeded",
        ],
      },
      reason: "mailererror",
      link: { title: "Postfix: postconf(5)", url: "https://www.postfix.org/postconf.5.html" },
      examples: [
        `can't create user output file. Command output: procmail: Lock failure on "/var/virtmail/k/ij/it/kijitora/mailbox.lock" procmail: Error while writing to "/var/virtmail/k/ij/it/kijitora/mailbox"`,
        `user unknown. Command output: procmail: Couldn't create "/var/spool/mail/neko" id: r.example.org: No such user`,
      ],
    },
    // "550 5.1.1 <x>: Recipient address rejected: User unknown in local recipient table"
    {
      id: "postfix/user-unknown-in-table",
      match: { pattern: /user unknown in (?:local recipient|virtual mailbox|virtual alias|relay recipient) table/ },
      reason: "userunknown",
      link: ACCESS,
      examples: [
        "550 5.1.1 <kijitora@example.jp>: Recipient address rejected: User unknown in local recipient table",
        "450 4.1.1 <kijitora@example.org>: Recipient address rejected: User unknown in virtual alias table (in reply to RCPT TO command)",
      ],
    },
    // "mail for example.jp loops back to myself"
    {
      id: "postfix/loops-back",
      match: { any: ["loops back to myself"] },
      reason: "networkerror",
      actor: "recipient-admin",
      link: ACCESS,
      examples: ["mail for example.jp loops back to myself"],
    },
    // "450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.25]"
    {
      id: "postfix/reverse-hostname",
      match: {
        any: ["cannot find your reverse hostname", "cannot find your hostname", "client host rejected: cannot find"],
      },
      reason: "requireptr",
      link: ACCESS,
      examples: ["450 4.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.25]"],
    },
    // "554 5.7.1 <x>: Helo command rejected: Host not found"
    {
      id: "postfix/helo-rejected",
      match: { any: ["helo command rejected"] },
      reason: "blocked",
      severity: "high",
      link: ACCESS,
      examples: ["504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname"],
    },
    // "Client host rejected: may not be mail exchanger"
    {
      id: "postfix/not-mail-exchanger",
      match: { any: ["may not be mail exchanger"] },
      reason: "blocked",
      link: ACCESS,
      examples: ["450 4.7.1 <c135.kyoto.example.ne.jp[192.0.2.56]>: Client host rejected: may not be mail exchanger"],
    },
    // "552 5.3.4 Message size exceeds fixed limit"
    {
      id: "postfix/size-limit",
      match: { any: ["message size exceeds fixed limit", "message size exceeds fixed maximum message size"] },
      reason: "emailtoolarge",
      link: { title: "Postfix: postconf(5), message_size_limit", url: "https://www.postfix.org/postconf.5.html" },
      examples: [
        "552 5.3.4 Message size exceeds fixed limit",
        "552 5.2.3 Message size exceeds fixed maximum message size (10485760)",
      ],
    },
    // "451 4.3.0 Error: queue file write error"
    {
      id: "postfix/queue-file-write-error",
      match: { any: ["queue file write error"] },
      reason: "systemerror",
      link: ACCESS,
      examples: ["451 4.3.0 Error: queue file write error"],
    },
    // "Delivery report unavailable"
    {
      id: "postfix/report-unavailable",
      match: { any: ["delivery report unavailable"] },
      reason: "undefined",
      link: ACCESS,
      examples: ["Delivery report unavailable"],
    },
  ],
};
