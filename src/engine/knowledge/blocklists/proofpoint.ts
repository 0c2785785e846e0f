/**
 * Proofpoint Dynamic Reputation (prs.proofpoint.com), which Proofpoint's customers and others
 * (iCloud) consult. Lookup: https://support.proofpoint.com/dnsbl-lookup.cgi?ip=<ip>, as bounces
 * print it; blocked-IP FAQ: https://www.proofpoint.com/us/support-services/ip-blocked-faq.
 */
import type { BlocklistTable } from "../types";

export const proofpointPdr: BlocklistTable = {
  id: "proofpoint",
  name: "Proofpoint Dynamic Reputation",
  detect: ["prs.proofpoint.com", "dnsbl-lookup.cgi", "ipcheck.proofpoint.com"],
  url: "https://support.proofpoint.com/dnsbl-lookup.cgi?ip={ip}",
  urlWithoutIp: "https://www.proofpoint.com/us/support-services/ip-blocked-faq",
  examples: [
    "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using prs.proofpoint.com; https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.2.25",
  ],
};
