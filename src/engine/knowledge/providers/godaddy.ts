/**
 * GoDaddy (secureserver.net). IBnnn codes: "Fix rejected email with a bounce error",
 * https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685.
 */
import type { ProviderTable } from "../types";

const HELP = {
  title: "GoDaddy: fix rejected email with a bounce error",
  url: "https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685",
};

export const godaddy: ProviderTable = {
  id: "godaddy",
  name: "GoDaddy",
  detect: ["secureserver.net", "x.co/rlbounce", "godaddy"],
  hosts: ["secureserver.net"],
  helpDomains: ["godaddy.com", "ca.godaddy.com"],
  docs: HELP,
  rules: [
    {
      id: "godaddy/blocklisted",
      match: { pattern: /\bib10[3-6]\b/, any: ["ib10"] },
      reason: "blocked",
      link: HELP,
      examples: [
        "554 p3plibsmtp01-01.prod.phx3.secureserver.net bizsmtp IB104 192.0.2.25 is listed on the Spamhaus blocklist. Please visit https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685",
      ],
    },
    {
      id: "godaddy/rate",
      match: { any: ["too many recipients this hour", "ib007", "ib504", "ib510", "ib607"] },
      reason: "ratelimited",
      link: HELP,
      examples: [
        "550 5.1.1 <someone@example.com> - 203.0.113.222 has sent to too many recipients this hour. IB607 <http://x.co/rlbounce>",
      ],
    },
    {
      id: "godaddy/ptr",
      match: { any: ["ib108"] },
      reason: "requireptr",
      link: HELP,
      examples: [
        "421 p3plibsmtp01-01.prod.phx3.secureserver.net bizsmtp IB108 Temporarily rejected. Reverse DNS failed. Please visit https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685",
      ],
    },
    {
      id: "godaddy/spf",
      match: { any: ["ib508"] },
      reason: "authfailure",
      link: HELP,
      examples: [
        "550 p3plibsmtp01-01.prod.phx3.secureserver.net bizsmtp IB508 SPF validation failed. Please visit https://ca.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685",
      ],
    },
    {
      id: "godaddy/spam",
      match: { any: ["ib212"] },
      reason: "spamdetected",
      link: { title: "GoDaddy: spam check", url: "https://checkspam.godaddy.com/" },
      examples: [
        "552 p3plibsmtp01-01.prod.phx3.secureserver.net bizsmtp IB212 This message has been rejected as spam. Please visit https://checkspam.godaddy.com/",
      ],
    },
  ],
};
