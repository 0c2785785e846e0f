/**
 * Titan Email (titan.email). Runs Postfix, so Postfix's texts apply too. Reject codes:
 * https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes.
 */
import type { ProviderTable } from "../types";

const CODES = {
  title: "Titan: understanding incoming email reject codes",
  url: "https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes",
};

export const titan: ProviderTable = {
  id: "titan",
  name: "Titan Email",
  detect: ["mx1.titan.email", "mx2.titan.email", "titan.email"],
  hosts: ["titan.email"],
  helpDomains: ["support.titan.email"],
  docs: CODES,
  rules: [
    {
      id: "titan/insufficient-reputation",
      match: { any: ["insufficient reputation"] },
      reason: "badreputation",
      link: CODES,
      examples: ["451 4.7.1 Rejected due to insufficient reputation of the sending IP 192.0.2.25 (mx1.titan.email)"],
    },
    {
      id: "titan/spam-rate",
      match: { any: ["spam rate exceeded"] },
      reason: "blocked",
      link: CODES,
      examples: ["554 5.7.1 Rejected: spam rate exceeded for 192.0.2.25 (mx1.titan.email)"],
    },
    {
      id: "titan/receive-quota",
      match: { any: ["hourly quota exceeded", "daily quota exceeded", "recipient quota exceeded"] },
      reason: "ratelimited",
      link: CODES,
      examples: [
        "550 5.7.1 Recipient Quota Exceeded (mx1.titan.email)",
        "550 5.7.1 Domain Daily Quota Exceeded (mx2.titan.email)",
      ],
    },
    {
      id: "titan/incoming-suspended",
      match: { any: ["incoming suspended", "incoming temporarily suspended"] },
      reason: "suspend",
      link: CODES,
      examples: ["550 5.2.1 Incoming temporarily suspended for this account (mx1.titan.email)"],
    },
  ],
};
