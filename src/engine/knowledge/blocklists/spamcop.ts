/**
 * SpamCop Blocking List (bl.spamcop.net): listings from user reports and spam traps, which expire
 * on their own. Lookup: https://www.spamcop.net/bl.shtml (bounces print `bl.shtml?<ip>`).
 */
import type { BlocklistTable } from "../types";

export const spamcop: BlocklistTable = {
  id: "spamcop",
  name: "SpamCop",
  detect: ["spamcop"],
  url: "https://www.spamcop.net/bl.shtml?{ip}",
  urlWithoutIp: "https://www.spamcop.net/bl.shtml",
  examples: [
    "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.25",
  ],
};
