/**
 * Proton Mail. Proton publishes no error table that could be read (its support page on SMTP
 * errors is listed with low confidence), so links go to the standard.
 */
import { STANDARDS } from "../standards";
import type { ProviderTable } from "../types";

export const protonmail: ProviderTable = {
  id: "protonmail",
  name: "Proton Mail",
  detect: ["mail.protonmail.ch", "mailsec.protonmail.ch", "protonmail.ch"],
  hosts: ["protonmail.ch", "protonmail.com", "proton.me"],
  domains: ["protonmail.com", "protonmail.ch", "proton.me", "pm.me"],
  docs: null,
  rules: [
    {
      id: "protonmail/spam-filter",
      match: { any: ["rejected by spam filter"] },
      reason: "spamdetected",
      link: STANDARDS.rfc3463,
      examples: ["550 5.7.1 Message rejected by spam filter mail.protonmail.ch"],
    },
    {
      id: "protonmail/address-does-not-exist",
      match: { any: ["address does not exist"] },
      reason: "userunknown",
      link: STANDARDS.rfc3463,
      examples: ["550 5.1.1 Address does not exist mail.protonmail.ch"],
    },
    {
      id: "protonmail/virus",
      match: { any: ["do not accept viral traffic"] },
      reason: "virusdetected",
      link: STANDARDS.rfc3463,
      examples: ["554 5.7.1 We do not accept viral traffic mailsec.protonmail.ch"],
    },
  ],
};
