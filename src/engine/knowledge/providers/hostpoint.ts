/**
 * Hostpoint (Switzerland). Support page on e-mail: https://support.hostpoint.ch/en/technical/e-mail.
 */
import type { ProviderTable } from "../types";

const SUPPORT = { title: "Hostpoint support: e-mail", url: "https://support.hostpoint.ch/en/technical/e-mail" };

export const hostpoint: ProviderTable = {
  id: "hostpoint",
  name: "Hostpoint",
  detect: ["mxpool.hostpoint.ch", "mail.hostpoint.ch", "hostpoint.ch"],
  hosts: ["hostpoint.ch"],
  helpDomains: ["support.hostpoint.ch"],
  docs: SUPPORT,
  rules: [
    {
      id: "hostpoint/spf",
      match: { any: ["spf-check failed"] },
      reason: "authfailure",
      link: SUPPORT,
      examples: [
        "550 5.7.1 SPF-check failed: 192.0.2.25 is not allowed to send mail from example.com (mxpool.hostpoint.ch)",
      ],
    },
    {
      id: "hostpoint/dmarc",
      match: { any: ["failed sender's dmarc policy"] },
      reason: "authfailure",
      link: SUPPORT,
      examples: ["550 5.7.1 Message failed sender's DMARC policy, REJECT (mxpool.hostpoint.ch)"],
    },
    {
      id: "hostpoint/no-such-address",
      match: { any: ["no such address here"] },
      reason: "userunknown",
      link: SUPPORT,
      examples: ["550 5.1.1 <someone@example.ch>: no such address here (mxpool.hostpoint.ch)"],
    },
  ],
};
