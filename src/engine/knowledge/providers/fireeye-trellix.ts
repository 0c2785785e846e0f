/**
 * FireEye / Trellix Email Security (ETP). No official public code list was found; only the
 * "ETPnnn" strings of bounces. Links go to the standard.
 */
import { STANDARDS } from "../standards";
import type { ProviderTable } from "../types";

export const fireeyeTrellix: ProviderTable = {
  id: "fireeye-trellix",
  name: "FireEye / Trellix Email Security",
  detect: ["fireeyecloud.com", "trellix", "fireeye", " etp1", " etp2", " etp3", " etp4"],
  hosts: ["fireeyecloud.com", "trellix.com"],
  docs: null,
  rules: [
    // "550 5.7.26 <x>: ETP205 DMARC Failure for domain"
    {
      id: "fireeye-trellix/dmarc",
      match: { all: ["etp", "dmarc"] },
      reason: "authfailure",
      link: STANDARDS.rfc7372,
      examples: ["smtp;550 5.7.26 <someone@example.com>: ETP205 DMARC Failure for domain"],
    },
    {
      id: "fireeye-trellix/policy",
      match: { pattern: /\betp\d{3}\b/ },
      reason: "policyviolation",
      actor: "recipient-admin",
      link: STANDARDS.rfc3463,
      examples: ["550 5.7.1 <someone@example.com>: ETP102 Message rejected by policy"],
    },
  ],
};
