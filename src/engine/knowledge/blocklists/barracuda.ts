/**
 * Barracuda Reputation Block List (BRBL, b.barracudacentral.org), which many servers query, not
 * only Barracuda's own. Removal: https://www.barracudacentral.org/rbl/removal-request.
 */
import type { BlocklistTable } from "../types";

export const barracudaBrbl: BlocklistTable = {
  id: "barracuda",
  name: "Barracuda Reputation Block List",
  detect: ["barracudacentral", "barracuda reputation", "b.barracuda"],
  url: "https://www.barracudacentral.org/rbl/removal-request",
  examples: [
    "554 Service unavailable; Client host [192.0.2.25] blocked using Barracuda Reputation, http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.25",
    "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using b.barracudacentral.org",
  ],
};
