/**
 * UCEPROTECT (levels 1, 2 and 3: a single IP, a provider's netblock, a whole network). Level 1
 * expires on its own after about a week without spam; levels 2 and 3 only the network's owner
 * can fix. Check: https://www.uceprotect.net/en/rblcheck.php.
 */
import type { BlocklistTable } from "../types";

export const uceprotect: BlocklistTable = {
  id: "uceprotect",
  name: "UCEPROTECT",
  detect: ["uceprotect"],
  url: "https://www.uceprotect.net/en/rblcheck.php",
  severity: "high",
  examples: [
    "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using dnsbl-1.uceprotect.net; IP 192.0.2.25 is UCEPROTECT-Level1 listed. See http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.25",
  ],
};
