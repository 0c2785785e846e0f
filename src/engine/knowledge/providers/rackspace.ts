/**
 * Rackspace Email (emailsrvr.com). Response codes in parentheses, (G2), (G8), ...:
 * https://postmaster.emailsrvr.com/system-info/response-codes.
 */
import type { ProviderTable } from "../types";

const CODES = {
  title: "Rackspace Email: response codes",
  url: "https://postmaster.emailsrvr.com/system-info/response-codes",
};

export const rackspace: ProviderTable = {
  id: "rackspace",
  name: "Rackspace Email",
  detect: ["emailsrvr.com", "postmaster.apps.rackspace.com"],
  hosts: ["emailsrvr.com"],
  helpDomains: ["postmaster.emailsrvr.com"],
  docs: CODES,
  rules: [
    {
      id: "rackspace/recipient-not-found",
      match: { any: ["(g8)", "(g9)"] },
      reason: "userunknown",
      link: CODES,
      examples: ["550 5.1.1 <someone@example.com>: Recipient address rejected: No such user (G8) mx1.emailsrvr.com"],
    },
    {
      id: "rackspace/rate",
      match: { any: ["(g2)", "(g28)", "(g30)"] },
      reason: "ratelimited",
      link: CODES,
      examples: ["421 4.7.0 Too many concurrent connections from your IP (G2) mx1.emailsrvr.com"],
    },
    {
      id: "rackspace/no-ptr",
      match: { any: ["(g1f)"] },
      reason: "requireptr",
      link: CODES,
      examples: ["450 4.7.1 Client host rejected: cannot find your reverse hostname (G1F) mx1.emailsrvr.com"],
    },
    {
      id: "rackspace/virus",
      match: { any: ["(g3)", "(g4)", "(g5)", "(g18)", "(g19)", "(g1a)", "(g1b)", "(g1c)", "(g1d)"] },
      reason: "virusdetected",
      link: CODES,
      examples: ["550 5.7.1 Message rejected: virus found (G3) mx1.emailsrvr.com"],
    },
    {
      id: "rackspace/dmarc",
      match: { any: ["(g15)", "(g1e)"] },
      reason: "authfailure",
      link: CODES,
      examples: ["550 5.7.1 Message rejected per DMARC policy (G15) mx1.emailsrvr.com"],
    },
    {
      id: "rackspace/blocked",
      match: { any: ["(g14)", "(g31)"] },
      reason: "blocked",
      link: CODES,
      examples: ["550 5.7.1 Client IP 192.0.2.25 is listed on a blocklist (G31) mx1.emailsrvr.com"],
    },
    {
      id: "rackspace/recipient-refused",
      match: { any: ["(g7)", "(ge)"] },
      reason: "filtered",
      link: CODES,
      examples: ["550 5.7.1 Sender blocked by recipient (GE) mx1.emailsrvr.com"],
    },
    {
      id: "rackspace/loop",
      match: { any: ["(g16)"] },
      reason: "networkerror",
      link: CODES,
      examples: ["554 5.4.6 Routing loop detected (G16) mx1.emailsrvr.com"],
    },
  ],
};
