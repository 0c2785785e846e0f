/**
 * SPF, DKIM, DMARC and ARC failures, whoever reports them (RFC 7372 codes and the usual
 * wording). Providers' private meanings of the same numbers (Gmail 5.7.27/29/30) are in their
 * own tables, which come first.
 */
import { STANDARDS } from "../standards";
import type { ServerTable } from "../types";

export const authentication: ServerTable = {
  id: "authentication",
  name: "Sender authentication (SPF, DKIM, DMARC, ARC)",
  docs: STANDARDS.rfc7372,
  rules: [
    {
      id: "authentication/failed-checks",
      match: {
        any: [
          "multiple authentication checks failed",
          "does not have authentication information",
          "fails to pass authentication checks",
          "failed both spf and dkim",
          "authentication checks failed",
        ],
      },
      reason: "authfailure",
      link: STANDARDS.rfc7372,
      examples: [
        "550 5.7.26 <someone@example.net>: Recipient address rejected: Multiple authentication checks failed",
        "550 5.7.1 This message does not have authentication information or fails to pass authentication checks. To best protect our users from spam, the message has been blocked.",
      ],
    },
    {
      id: "authentication/dmarc",
      match: { any: ["dmarc"] },
      reason: "authfailure",
      link: STANDARDS.rfc7489,
      examples: [
        "550 5.7.1 Email rejected per DMARC policy for example.com",
        "554 5.7.5 Message rejected due to DMARC policy of example.com (p=reject)",
      ],
    },
    {
      id: "authentication/spf",
      match: {
        any: [
          "spf fail",
          "spf check failed",
          "spf validation failed",
          "spf policy",
          "not permitted by spf",
          "not authorized by spf",
          "does not designate",
          "sender policy framework",
          "spf: fail",
          "spf=fail",
          "spf permerror",
          "bad spf record",
          "spf temperror",
        ],
      },
      reason: "authfailure",
      link: STANDARDS.rfc7208,
      examples: [
        "550 5.7.23 The message was rejected because of Sender Policy Framework violation",
        "550 5.7.1 Message rejected: SPF check failed for example.com: 192.0.2.25 is not permitted",
        "550 5.7.1 <someone@example.net>: Sender address rejected: domain of example.com does not designate 192.0.2.25 as permitted sender",
      ],
    },
    {
      id: "authentication/dkim",
      match: { any: ["dkim"], none: ["dkim=pass", "dkim: pass", "duplicate header"] },
      reason: "authfailure",
      link: STANDARDS.rfc6376,
      examples: [
        "550 5.7.20 Message rejected: no valid DKIM signature found",
        "550 5.7.1 DKIM signature verification failed",
      ],
    },
  ],
};
