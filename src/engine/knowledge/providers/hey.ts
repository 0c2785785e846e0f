/**
 * HEY (hey.com, 37signals). No official bounce documentation: most HEY non-delivery is silent
 * screening, not a bounce. Links go to the standard.
 */
import { STANDARDS } from "../standards";
import type { ProviderTable } from "../types";

export const hey: ProviderTable = {
  id: "hey",
  name: "HEY",
  detect: ["mx.hey.com"],
  hosts: ["hey.com"],
  domains: ["hey.com"],
  docs: null,
  rules: [
    {
      id: "hey/user-unknown",
      match: { any: ["user unknown"] },
      reason: "userunknown",
      link: STANDARDS.rfc3463,
      examples: ["550 5.1.1 <someone@hey.com>: Recipient address rejected: User unknown mx.hey.com"],
    },
  ],
};
