/**
 * qmail's bounce wording (QSBMF, http://cr.yp.to/proto/qsbmf.txt): sentences ending in
 * "(#5.1.1)"-style codes, which readers take as the status.
 */
import type { ServerTable } from "../types";

const QSBMF = { title: "qmail-send bounce message format (QSBMF)", url: "https://cr.yp.to/proto/qsbmf.txt" };

export const qmail: ServerTable = {
  id: "qmail",
  name: "qmail",
  docs: QSBMF,
  rules: [
    {
      id: "qmail/no-mailbox",
      match: { any: ["no mailbox here by that name"] },
      reason: "userunknown",
      link: QSBMF,
      examples: [
        "Sorry, no mailbox here by that name. (#5.1.1)",
        "550 sorry, no mailbox here by that name (#5.1.1 - chkusr)",
      ],
    },
    {
      id: "qmail/no-host",
      match: { any: ["couldn't find any host named", "couldn't find any host by that name"] },
      reason: "hostunknown",
      link: QSBMF,
      examples: ["Sorry, I couldn't find any host named example.invalid. (#5.1.2)"],
    },
    {
      id: "qmail/no-mail-exchanger",
      match: { any: ["couldn't find a mail exchanger or ip address"] },
      reason: "notaccept",
      link: QSBMF,
      examples: ["Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)"],
    },
    {
      id: "qmail/gave-up",
      match: { any: ["in the queue too long"], none: ["ldap", "user", "mailbox"] },
      reason: "expired",
      link: QSBMF,
      examples: [
        "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.",
      ],
    },
    {
      id: "qmail/no-connection",
      match: { any: ["wasn't able to establish an smtp connection"] },
      reason: "networkerror",
      link: QSBMF,
      examples: ["Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)"],
    },
    {
      id: "qmail/looping",
      match: { any: ["this message is looping"] },
      reason: "networkerror",
      link: QSBMF,
      examples: ["This message is looping: it already has my Delivered-To line. (#5.4.6)"],
    },
    {
      id: "qmail/account-locked",
      match: { any: ["account is locked", "vdelivermail: user is over quota"] },
      reason: "suspend",
      link: QSBMF,
      examples: ["vdelivermail: account is locked email bounced kijitora@example.co.jp"],
    },
    {
      id: "qmail/ldap",
      match: { any: ["unable to contact ldap server"] },
      reason: "systemerror",
      link: QSBMF,
      examples: [
        "Unable to contact LDAP server. (#4.4.3)I'm not going to try again; this message has been in the queue too long.",
      ],
    },
    {
      id: "qmail/name-rejected",
      match: { any: ["but my name was rejected"] },
      reason: "blocked",
      link: QSBMF,
      examples: ["Connected to 192.0.2.112 but my name was rejected. Remote host said: 501 5.0.0 Invalid domain name"],
    },
    {
      id: "qmail/sender-rejected",
      match: { any: ["but sender was rejected"], none: ["[tss", "temporarily deferred"] },
      reason: "rejected",
      link: QSBMF,
      examples: [
        "Connected to 192.0.2.225 but sender was rejected. Remote host said: 550 5.7.1 <root@nijo.example.jp>... Access denied",
      ],
    },
  ],
};
