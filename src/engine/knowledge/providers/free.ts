/**
 * Free (free.fr, aliceadsl.fr). Postmaster pages: https://postmaster.free.fr/index_en.html.
 */
import type { ProviderTable } from "../types";

const POSTMASTER = { title: "Free Postmaster", url: "https://postmaster.free.fr/index_en.html" };

export const free: ProviderTable = {
  id: "free",
  name: "Free.fr",
  detect: ["postmaster.free.fr", "mx1.free.fr", "mx2.free.fr", "proxad.net"],
  hosts: ["free.fr", "proxad.net"],
  domains: ["free.fr", "aliceadsl.fr"],
  helpDomains: ["postmaster.free.fr"],
  docs: POSTMASTER,
  rules: [
    {
      id: "free/spam",
      match: { any: ["spam detected", "too many spams from your ip"] },
      reason: "spamdetected",
      link: POSTMASTER,
      examples: ["550 5.7.1 spam detected - see http://postmaster.free.fr/"],
    },
    {
      id: "free/quota",
      match: { any: ["user quota exceeded"] },
      reason: "mailboxfull",
      link: POSTMASTER,
      examples: ["452 4.2.2 <someone@free.fr>: Recipient address rejected: user quota exceeded mx1.free.fr"],
    },
    {
      id: "free/inactive",
      match: { any: ["blocked due to inactivity"] },
      reason: "suspend",
      link: POSTMASTER,
      examples: [
        "550 5.2.1 <someone@free.fr>: Recipient address rejected: account blocked due to inactivity mx1.free.fr",
      ],
    },
    {
      id: "free/connections",
      match: { any: ["too many connections from your ip"] },
      reason: "ratelimited",
      link: POSTMASTER,
      examples: ["421 4.7.0 too many connections from your IP, please visit http://postmaster.free.fr/"],
    },
    {
      id: "free/virus",
      match: { any: ["virus detected"] },
      reason: "virusdetected",
      link: POSTMASTER,
      examples: ["550 5.7.1 virus detected - see http://postmaster.free.fr/"],
    },
  ],
};
