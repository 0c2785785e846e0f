/**
 * Cox (cox.net), received by *.cloudfilter.net. Codes (CXBL, CDRBL, ...) come from bounce
 * texts; the bounces name https://www.cox.com/residential/support/email-error-codes.html, but no
 * official page was confirmed in the knowledge base, so links go to the standard.
 */
import { STANDARDS } from "../standards";
import type { ProviderTable } from "../types";

export const cox: ProviderTable = {
  id: "cox",
  name: "Cox",
  detect: ["cox.com/residential/support/email-error-codes", "aup#cxbl", "aup#cdrbl", "mx.cox.net", "cloudfilter.net"],
  hosts: ["cox.net", "cloudfilter.net"],
  domains: ["cox.net"],
  docs: null,
  rules: [
    {
      id: "cox/blocklisted",
      match: { any: ["cxbl", "cdrbl", "ipbl"] },
      reason: "blocked",
      link: STANDARDS.rfc3463,
      examples: [
        "550 5.1.0 <bounce@mailer.example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL",
      ],
    },
    {
      id: "cox/rate",
      match: { any: ["cxcnct", "cxthrt"] },
      reason: "ratelimited",
      link: STANDARDS.rfc3463,
      examples: ["421 4.7.0 192.0.2.25 too many connections. AUP#CXCNCT"],
    },
    {
      id: "cox/spam",
      match: { any: ["cxmj", "urlbl"] },
      reason: "spamdetected",
      link: STANDARDS.rfc3463,
      examples: ["554 5.7.1 Message rejected as spam. AUP#CXMJ"],
    },
  ],
};
