/**
 * Infomaniak (Switzerland). Runs Postfix, so Postfix's texts apply too. FAQ on error reports:
 * https://infomaniak.com/en/support/faq/858/resolve-an-email-issue-following-an-error-report.
 */
import type { ProviderTable } from "../types";

const FAQ = {
  title: "Infomaniak: resolve an email issue following an error report",
  url: "https://infomaniak.com/en/support/faq/858/resolve-an-email-issue-following-an-error-report",
};

export const infomaniak: ProviderTable = {
  id: "infomaniak",
  name: "Infomaniak",
  detect: ["mta-gw.infomaniak.ch", "infomaniak.ch", "infomaniak.com", "ik-mail"],
  hosts: ["infomaniak.ch", "infomaniak.com"],
  helpDomains: ["infomaniak.com", "www.infomaniak.com"],
  docs: FAQ,
  rules: [
    {
      id: "infomaniak/dmarc",
      match: { any: ["dmarc"] },
      reason: "authfailure",
      link: FAQ,
      examples: ["550 5.7.1 Rejected by DMARC policy for example.com (mta-gw.infomaniak.ch)"],
    },
    {
      id: "infomaniak/user-unknown",
      match: { any: ["user unknown in virtual mailbox table"] },
      reason: "userunknown",
      link: FAQ,
      examples: [
        "550 5.1.1 <someone@example.ch>: Recipient address rejected: User unknown in virtual mailbox table (mta-gw.infomaniak.ch)",
      ],
    },
    {
      id: "infomaniak/relay",
      match: { any: ["relay access denied"] },
      reason: "norelaying",
      link: FAQ,
      examples: ["554 5.7.1 <someone@example.net>: Relay access denied (mta-gw.infomaniak.ch)"],
    },
    {
      id: "infomaniak/sender-domain",
      match: { any: ["sender address rejected: domain not found"] },
      reason: "rejected",
      link: FAQ,
      examples: [
        "450 4.1.8 <someone@example.invalid>: Sender address rejected: Domain not found (mta-gw.infomaniak.ch)",
      ],
    },
  ],
};
