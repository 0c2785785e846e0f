/**
 * Trend Micro Email Reputation Services (RBL+, formerly MAPS at mail-abuse.com), queried by many
 * servers. Page on ERS blocks: https://docs.trendmicro.com/en-us/documentation/article/email-reputation-services-service-central-blocked.
 */
import type { BlocklistTable } from "../types";

export const trendMicroRbl: BlocklistTable = {
  id: "trend-micro-rbl",
  name: "Trend Micro Email Reputation Services (RBL+)",
  detect: ["trend micro rbl", "rbl-plus", "mail-abuse.com", "mail-abuse.org"],
  url: "https://docs.trendmicro.com/en-us/documentation/article/email-reputation-services-service-central-blocked",
  examples: [
    "550 Service unavailable; Client host [192.0.2.25] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.25",
  ],
};
