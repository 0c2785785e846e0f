/**
 * Mail.ru (mail.ru, bk.ru, list.ru, inbox.ru, internet.ru). Its error list pages were not
 * readable in stored material; links come from what bounces print (help.mail.ru/notspam-support)
 * and from Mail.ru's help pages on spam and DMARC.
 */
import type { ProviderTable } from "../types";

const ERRORS = { title: "Mail.ru: notspam-support, errors", url: "https://help.mail.ru/notspam-support/errors" };

export const mailru: ProviderTable = {
  id: "mailru",
  name: "Mail.ru",
  detect: ["mxs.mail.ru", "help.mail.ru", "notspam-support", "corp.mail.ru", "postmaster.mail.ru"],
  hosts: ["mail.ru", "bk.ru", "list.ru", "inbox.ru"],
  domains: ["mail.ru", "bk.ru", "list.ru", "inbox.ru", "internet.ru"],
  helpDomains: ["help.mail.ru", "postmaster.mail.ru"],
  docs: ERRORS,
  rules: [
    // "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=... or report details to abuse@corp.mail.ru."
    {
      id: "mailru/spam-rejected",
      match: { any: ["spam message rejected", "spam message discarded", "notspam-support/id"] },
      reason: "spamdetected",
      severity: "high",
      actor: "sender-admin",
      summary: "Mail.ru's spam filter refused the message.",
      advice: [
        "Open the link in the bounce: Mail.ru's form lets you ask for a review of this exact message.",
        "Make sure your domain passes SPF, DKIM and DMARC, and review the message's content and links.",
      ],
      link: ERRORS,
      examples: [
        "smtp;550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=7y4ytdHbuOGv3O50NYTwpz1F-TVIpnactxtFPeFQSDYMAAAAaKgAAOX_3hE~ or report details to abuse@corp.mail.ru. Error code: 0123456789. ID: 01234567.",
      ],
    },
    // "550 Message was not accepted -- invalid mailbox. Local mailbox x is unavailable: account is disabled"
    {
      id: "mailru/account-disabled",
      match: { any: ["account is disabled", "account is blocked"] },
      reason: "suspend",
      severity: "low",
      link: ERRORS,
      examples: [
        "smtp;550 Message was not accepted -- invalid mailbox. Local mailbox someone@mail.ru is unavailable: account is disabled",
      ],
    },
    // "550 Message was not accepted -- invalid mailbox. Local mailbox x is unavailable: user not found"
    {
      id: "mailru/user-not-found",
      match: { any: ["user not found", "invalid mailbox", "no such user"] },
      reason: "userunknown",
      link: ERRORS,
      examples: [
        "550 Message was not accepted -- invalid mailbox. Local mailbox someone@mail.ru is unavailable: user not found",
      ],
    },
    // "550 Message rejected: DMARC policy of the sender domain"
    {
      id: "mailru/dmarc",
      match: { any: ["dmarc"] },
      reason: "authfailure",
      link: { title: "Mail.ru: DMARC", url: "https://help.mail.ru/mail-help/postmaster/dmarc" },
      examples: [
        "550 Message was rejected due to DMARC policy of the sender domain. See https://help.mail.ru/mail-help/postmaster/dmarc",
      ],
    },
    // "550 Message was not accepted -- mailbox is full"
    {
      id: "mailru/mailbox-full",
      match: { any: ["mailbox is full", "mailbox full", "quota exceeded"] },
      reason: "mailboxfull",
      link: ERRORS,
      examples: ["552 Message was not accepted -- mailbox is full. Local mailbox someone@mail.ru is over quota"],
    },
  ],
};
