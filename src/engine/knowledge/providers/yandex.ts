/**
 * Yandex Mail and Yandex 360. Bounce help: https://www.yandex.com/support/mail/bounces/yandex.html;
 * spam rejections link a page of their own and short ya.cc links.
 */
import type { ProviderTable } from "../types";

const BOUNCES = {
  title: "Yandex Mail: bounce messages from Yandex servers",
  url: "https://www.yandex.com/support/mail/bounces/yandex.html",
};

export const yandex: ProviderTable = {
  id: "yandex",
  name: "Yandex Mail",
  detect: ["mx.yandex.net", "mx.yandex.ru", "yandex.net", "ya.cc/", "yandex.com/support", "yandex.ru/support"],
  hosts: ["yandex.net", "yandex.ru", "yandex.com"],
  domains: ["yandex.ru", "yandex.com", "ya.ru", "yandex.by", "yandex.kz", "yandex.ua"],
  helpDomains: ["yandex.com", "yandex.ru", "ya.cc"],
  docs: BOUNCES,
  rules: [
    // "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1234567890-abcdef"
    {
      id: "yandex/suspected-spam",
      match: { any: ["suspicion of spam"] },
      reason: "spamdetected",
      link: {
        title: "Yandex: message rejected under suspicion of spam",
        url: "https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html?lang=en",
      },
      examples: ["554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc 1711234567-AbCdEfGh12"],
    },
    // "550 5.7.1 Policy rejection on the target address"
    {
      id: "yandex/policy-rejection",
      match: { any: ["policy rejection on the target address"] },
      reason: "suspend",
      link: BOUNCES,
      examples: ["550 5.7.1 Policy rejection on the target address"],
    },
    // "550 5.7.1 No such user!"
    {
      id: "yandex/no-such-user",
      match: { any: ["no such user"] },
      reason: "userunknown",
      link: BOUNCES,
      examples: ["550 5.7.1 No such user! mx.yandex.net"],
    },
    // "552 5.2.2 Mailbox size limit exceeded"
    {
      id: "yandex/mailbox-full",
      match: { any: ["mailbox size limit exceeded"] },
      reason: "mailboxfull",
      link: BOUNCES,
      examples: ["552 5.2.2 Mailbox size limit exceeded mx.yandex.ru"],
    },
    // "554 5.7.1 Blocked by spam statistics"
    {
      id: "yandex/spam-statistics",
      match: { any: ["blocked by spam statistics"] },
      reason: "badreputation",
      link: BOUNCES,
      examples: ["554 5.7.1 [1] Blocked by spam statistics - see https://ya.cc/1IrBc"],
    },
    // "554 5.7.1 Message infected by virus"
    {
      id: "yandex/virus",
      match: { any: ["infected by virus"] },
      reason: "virusdetected",
      link: BOUNCES,
      examples: ["554 5.7.1 Message infected by virus mx.yandex.net"],
    },
    // "451 4.7.1 Sorry, the service is currently unavailable. Please come back later." / rate.
    {
      id: "yandex/rate",
      match: { any: ["exceeded message rate limit", "recipient has exceeded"] },
      reason: "ratelimited",
      link: BOUNCES,
      examples: ["451 4.7.1 The recipient has exceeded message rate limit. Try again later. mx.yandex.net"],
    },
    // "550 5.7.1 ... DMARC"
    {
      id: "yandex/dmarc",
      match: { any: ["dmarc"] },
      reason: "authfailure",
      link: BOUNCES,
      examples: ["550 5.7.1 Email rejected per DMARC policy for example.com mx.yandex.net"],
    },
  ],
};
