/**
 * Cisco Secure Email (IronPort / Cloud Email Security, hosted as *.iphmx.com). No official page
 * for these texts was found; links go to the standard.
 */
import { STANDARDS } from "../standards";
import type { ProviderTable } from "../types";

export const cisco: ProviderTable = {
  id: "cisco",
  name: "Cisco Secure Email (IronPort)",
  detect: ["iphmx.com", "ironport"],
  hosts: ["iphmx.com"],
  docs: null,
  rules: [
    {
      id: "cisco/poor-reputation",
      match: {
        any: [
          "sending mta's poor reputation",
          "your access to submit messages to this e-mail system has been rejected",
        ],
      },
      reason: "badreputation",
      link: STANDARDS.rfc3463,
      examples: [
        "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
      ],
    },
  ],
};
