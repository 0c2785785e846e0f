/**
 * ImprovMX (e-mail forwarding). Official code list with anchors per code:
 * https://improvmx.com/guides/improvmx-error-codes/ (codes #id-5.9.0 ... #id-5.9.5).
 */
import type { ProviderTable } from "../types";

const CODES = "https://improvmx.com/guides/improvmx-error-codes/";

export const improvmx: ProviderTable = {
  id: "improvmx",
  name: "ImprovMX",
  detect: ["improvmx.com", "#id-5.9."],
  hosts: ["improvmx.com"],
  helpDomains: ["improvmx.com"],
  docs: { title: "ImprovMX: error codes", url: CODES },
  rules: [
    {
      id: "improvmx/loop",
      match: { any: ["#id-5.9.0", "loop detected"] },
      reason: "networkerror",
      actor: "recipient-admin",
      link: { title: "ImprovMX: 5.9.0, loop detected", url: `${CODES}#id-5.9.0` },
      examples: ["550 5.9.0 Loop detected. See https://improvmx.com/guides/improvmx-error-codes/#id-5.9.0"],
    },
    {
      id: "improvmx/domain-not-found",
      match: { any: ["#id-5.9.2", "domain not found"] },
      reason: "hostunknown",
      actor: "recipient-admin",
      link: { title: "ImprovMX: 5.9.2, domain not found", url: `${CODES}#id-5.9.2` },
      examples: ["550 5.9.2 Domain not found. See https://improvmx.com/guides/improvmx-error-codes/#id-5.9.2"],
    },
    {
      id: "improvmx/spam",
      match: { any: ["considered as spam"] },
      reason: "spamdetected",
      link: { title: "ImprovMX: error codes", url: CODES },
      examples: [
        "550 5.7.1 This email has been considered as SPAM. See https://improvmx.com/guides/improvmx-error-codes/",
      ],
    },
    {
      id: "improvmx/domain-reputation",
      match: { any: ["very low reputation of the sending domain"] },
      reason: "badreputation",
      link: { title: "ImprovMX: error codes", url: CODES },
      examples: [
        "550 5.7.1 The message was blocked due to the very low reputation of the sending domain. See https://improvmx.com/guides/improvmx-error-codes/",
      ],
    },
    {
      id: "improvmx/anti-spam-deferral",
      match: { any: ["#id-5.9.4"] },
      reason: "ratelimited",
      link: { title: "ImprovMX: 5.9.4", url: `${CODES}#id-5.9.4` },
      examples: [
        "451 4.9.4 Message deferred by anti-spam, try again later. See https://improvmx.com/guides/improvmx-error-codes/#id-5.9.4",
      ],
    },
    {
      id: "improvmx/forwarding",
      match: { any: ["#id-5.9.1", "#id-5.9.3", "#id-5.9.5"] },
      reason: "systemerror",
      actor: "recipient-admin",
      link: { title: "ImprovMX: error codes", url: CODES },
      examples: [
        "550 5.9.5 The forwarding destination is misconfigured. See https://improvmx.com/guides/improvmx-error-codes/#id-5.9.5",
      ],
    },
  ],
};
