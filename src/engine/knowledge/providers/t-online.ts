/**
 * Deutsche Telekom T-Online (t-online.de). Postmaster: https://postmaster.t-online.de/.
 */
import type { ProviderTable } from "../types";

const POSTMASTER = { title: "T-Online Postmaster", url: "https://postmaster.t-online.de/" };

export const tOnline: ProviderTable = {
  id: "t-online",
  name: "T-Online",
  detect: ["mx00.t-online.de", "mx01.t-online.de", "mx02.t-online.de", "mx03.t-online.de", "postmaster.t-online.de"],
  hosts: ["t-online.de"],
  domains: ["t-online.de", "magenta.de"],
  helpDomains: ["postmaster.t-online.de"],
  docs: POSTMASTER,
  rules: [
    {
      id: "t-online/spam-or-virus",
      match: { any: ["considered as spam or virus"] },
      reason: "spamdetected",
      link: POSTMASTER,
      examples: [
        "554 IP=192.0.2.25 - Message considered as spam or virus. Please see https://postmaster.t-online.de/ (mx01.t-online.de)",
      ],
    },
  ],
};
