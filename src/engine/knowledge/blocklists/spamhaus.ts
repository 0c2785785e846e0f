/**
 * Spamhaus (ZEN: SBL, CSS, XBL, PBL; DBL for domains). Lookup and removal: the IP and Domain
 * Reputation Checker, https://check.spamhaus.org (the old `spamhaus.org/query/ip/<ip>` links
 * that bounces print lead there). 127.255.255.x answers mean the receiver's query was refused,
 * not that the sender is listed:
 * https://www.spamhaus.org/news/article/807/using-our-public-mirrors-check-your-return-codes-now
 */
import type { BlocklistTable } from "../types";

export const spamhaus: BlocklistTable = {
  id: "spamhaus",
  name: "Spamhaus",
  detect: ["spamhaus"],
  url: "https://www.spamhaus.org/query/ip/{ip}",
  urlWithoutIp: "https://check.spamhaus.org",
  examples: [
    "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.25",
    "550 5.7.1 <someone@example.com>: Rejected because 192.0.2.25 is in a black list at sbl-xbl.spamhaus.org",
  ],
  rules: [
    {
      id: "spamhaus/query-refused",
      match: { any: ["127.255.255."] },
      reason: "blocked",
      severity: "medium",
      actor: "recipient-admin",
      summary:
        "The recipient's server could not check Spamhaus (its query was refused) and wrongly treated that as a listing; you are not listed.",
      advice: [
        "Tell the recipient's IT: their Spamhaus lookups are refused (public resolver or over the free limit).",
        "Send again later; nothing needs changing on your side.",
      ],
      link: {
        title: "Spamhaus: using our public mirrors? Check your return codes",
        url: "https://www.spamhaus.org/news/article/807/using-our-public-mirrors-check-your-return-codes-now",
      },
      examples: [
        "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/172.16.1.1 127.255.255.254",
      ],
    },
  ],
};
