/**
 * au (KDDI), the Japanese mobile carrier (au.com, ezweb.ne.jp). Its mail servers answer
 * "550 <address>: User unknown" for an address that has no mailbox, and "550 : User unknown",
 * with the address left out, when the recipient's reception settings (a domain or address
 * filter) refuse the message, which they do after the message is sent. This table is not a
 * provider table because the knowledge base has no entry for au; the behaviour is documented by
 * the Sisimai project (its KDDI rules) and seen in every au bounce of its corpus. au publishes
 * no page on these replies, so links go to the standard.
 */
import { STANDARDS } from "../standards";
import type { ServerTable } from "../types";

const AU = ["au.com", "ezweb.ne.jp"];

export const auKddi: ServerTable = {
  id: "au-kddi",
  name: "au (KDDI)",
  docs: null,
  rules: [
    {
      id: "au-kddi/filtered",
      match: { any: [" : user unknown"], recipientDomain: AU },
      reason: "filtered",
      summary:
        'au refused the message with "User unknown" but without the address: its answer when the recipient\'s reception settings (a filter on senders or domains) refuse your mail. The address itself may well exist.',
      advice: [
        "Ask the recipient by another channel to allow your address or domain in their au mail reception settings.",
        "If they no longer use this address, remove it from your lists.",
      ],
      link: STANDARDS.rfc3463,
      examples: ["550 : User unknown", "550: : User unknown"],
    },
    {
      id: "au-kddi/user-unknown",
      match: { any: [">: user unknown"], recipientDomain: AU },
      reason: "userunknown",
      link: STANDARDS.rfc3463,
      examples: ["550 <someone@ezweb.ne.jp>: User unknown"],
    },
  ],
};
