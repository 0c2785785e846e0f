/**
 * QQ Mail and Tencent Exmail (qq.com, foxmail.com). Bounces link to help pages
 * (service.mail.qq.com/cgi-bin/help?...&no=NNNNNNN, service.exmail.qq.com); the per-reason pages
 * under https://service.mail.qq.com/detail/122 are numbered (72 SPF, 169 not found, ...) as in
 * Sisimai's Tencent table; their content was not retrieved.
 */
import type { ProviderTable } from "../types";

const INDEX = { title: "QQ Mail: bounce reasons", url: "https://service.mail.qq.com/detail/122" };
const page = (n: number, title: string) => ({
  title: `QQ Mail: ${title}`,
  url: `https://service.mail.qq.com/detail/122/${n}`,
});

export const qq: ProviderTable = {
  id: "qq",
  name: "QQ Mail / Tencent Exmail",
  detect: [
    "mx1.qq.com",
    "mx2.qq.com",
    "mx3.qq.com",
    "mxbiz1.qq.com",
    "mxbiz2.qq.com",
    "service.mail.qq.com",
    "service.exmail.qq.com",
    "exmail.qq.com",
  ],
  hosts: ["qq.com", "foxmail.com"],
  domains: ["qq.com", "foxmail.com", "vip.qq.com"],
  helpDomains: ["service.mail.qq.com", "service.exmail.qq.com", "openmail.qq.com"],
  docs: INDEX,
  rules: [
    {
      id: "qq/mailbox-not-found",
      match: { any: ["mailbox not found"] },
      reason: "userunknown",
      link: page(169, "mailbox not found"),
      examples: [
        "smtp;550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
      ],
    },
    {
      id: "qq/content-denied",
      match: { any: ["mail content denied", "spam is embedded in the email"] },
      reason: "spamdetected",
      link: page(171, "content denied"),
      examples: [
        "smtp;550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
      ],
    },
    {
      id: "qq/frequency-limited",
      match: { any: ["frequency limited"] },
      reason: "ratelimited",
      link: page(172, "frequency limited"),
      examples: [
        "550 Ip frequency limited [V2VkIEFwciAgMyAxNjozNjo1OSBKU1QgMjAxOQo=/RkNGMjlFQTVEQ0E Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
        "550 Connection frequency limited [Q1YzZ3kxdnRYYnpkbVZ0MAo+QTMzMTMzRjUxNzQ4Cg/MTI3MTY2MDge= Blocked IP 192.0.2.22]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000722",
      ],
    },
    {
      id: "qq/spf",
      match: { any: ["spf check failed"] },
      reason: "authfailure",
      link: page(72, "SPF check failed"),
      examples: ["550 SPF check failed. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1001499"],
    },
    {
      id: "qq/dmarc",
      match: { any: ["dmarc check failed"] },
      reason: "authfailure",
      link: INDEX,
      examples: ["550 DMARC check failed. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16."],
    },
    {
      id: "qq/spam-ip",
      match: { any: ["suspected spam ip", "suspected bounce attacks", "connection denied"] },
      reason: "badreputation",
      link: page(66, "suspected spam IP"),
      examples: [
        "550 Suspected spam ip [192.0.2.25]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000724",
      ],
    },
    {
      id: "qq/suspected-spam",
      match: { any: ["suspected spam"] },
      reason: "spamdetected",
      link: page(71, "suspected spam"),
      examples: [
        "550 Mail is rejected as suspected spam. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000731",
      ],
    },
    {
      id: "qq/rejected-by-recipient",
      match: { any: ["mail is rejected by recipients"] },
      reason: "filtered",
      link: page(92, "rejected by the recipient"),
      examples: [
        "550 Mail is rejected by recipients. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000733",
      ],
    },
    {
      id: "qq/too-large",
      match: { any: ["message too large"] },
      reason: "emailtoolarge",
      link: page(168, "message too large"),
      examples: ["552 Message too large. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000729"],
    },
    {
      id: "qq/deactivated",
      match: { any: ["is a deactivated mailbox"] },
      reason: "suspend",
      link: INDEX,
      examples: [
        "550 The account or domain may not exist, they are blacklisted, or is a deactivated mailbox. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000742",
      ],
    },
    {
      id: "qq/bad-syntax",
      match: { any: ["bad address syntax"] },
      reason: "userunknown",
      link: page(167, "bad address syntax"),
      examples: ["550 Bad address syntax. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730"],
    },
  ],
};
