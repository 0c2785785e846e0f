/**
 * Wording of other mail servers and gateways seen in real bounces: IBM Domino / Lotus Notes,
 * Ipswitch IMail, OpenSMTPD, Trend Micro InterScan, Courier, Verizon MMS; Gmail's "Send mail as".
 * None publishes a page on its messages that the knowledge base holds, so links go to the
 * standard, except where the bounce itself prints the provider's page.
 */
import { STANDARDS } from "../standards";
import type { ServerTable } from "../types";

export const otherServers: ServerTable = {
  id: "other-servers",
  name: "Other mail servers",
  docs: null,
  rules: [
    // Domino: "User some.name (x) not listed in Domino Directory"; Notes: "User not listed in public Name & Address Book"
    {
      id: "other-servers/domino-not-listed",
      match: {
        any: [
          "not listed in domino directory",
          "not listed in public name & address book",
          "domino ディレクトリには見つかりません",
          "ディレクトリのリストにありません",
        ],
      },
      reason: "userunknown",
      link: STANDARDS.rfc3463,
      examples: [
        "User some.name (kijitora@example.jp) not listed in Domino Directory",
        "User not listed in public Name & Address Book",
      ],
    },
    // IMail's own verdict on its own users, one line per recipient: "Unknown user: x" (a remote
    // server's reply would follow "Body of message generated response:" instead).
    {
      id: "other-servers/imail-unknown-user",
      match: { any: ["unknown user:"], format: ["imail"] },
      reason: "userunknown",
      link: STANDARDS.rfc3463,
      examples: ["Unknown user: kijitora@example.com"],
    },
    // IMail: "Invalid final delivery userid: x"; "User mailbox exceeds allowed size: x"
    {
      id: "other-servers/imail-userid",
      match: { any: ["invalid final delivery userid"] },
      reason: "userunknown",
      link: STANDARDS.rfc3463,
      examples: ["Invalid final delivery userid: kijitora@neko.example.co.jp"],
    },
    {
      id: "other-servers/imail-mailbox-size",
      match: {
        any: [
          "mailbox exceeds allowed size",
          "mailfolder is full",
          "number of messages in recipient's mailbox exceeded",
        ],
      },
      reason: "mailboxfull",
      link: STANDARDS.rfc3463,
      examples: ["User mailbox exceeds allowed size: kijitora@example.co.jp"],
    },
    {
      id: "other-servers/imail-attempts",
      match: { pattern: /delivery failed \d{1,4} attempts/ },
      reason: "expired",
      link: STANDARDS.rfc3463,
      examples: ["Delivery failed 20 attempts: kijitora@example.com"],
    },
    // OpenSMTPD: "Envelope expired", "Network error on destination MXs", "No MX found for domain"
    {
      id: "other-servers/envelope-expired",
      match: { any: ["envelope expired"] },
      reason: "expired",
      link: STANDARDS.rfc3463,
      examples: ["Envelope expired"],
    },
    {
      id: "other-servers/network-error-on-mx",
      match: { any: ["network error on destination mxs"] },
      reason: "networkerror",
      link: STANDARDS.rfc3463,
      examples: ["Network error on destination MXs"],
    },
    {
      id: "other-servers/no-mx",
      match: { any: ["no mx found for domain", "no mx record found for domain"] },
      reason: "notaccept",
      link: STANDARDS.rfc7505,
      examples: ["No MX found for domain", "No mx record found for domain=example.org"],
    },
    // InterScan: "Unable to deliver message to <x> (and other recipients in the same domain)."
    {
      id: "other-servers/interscan-unable",
      match: { any: ["(and other recipients in the same domain)"] },
      reason: "userunknown",
      link: STANDARDS.rfc3463,
      examples: ["Unable to deliver message to <kijitora@neko.example.jp> (and other recipients in the same domain)."],
    },
    // Verizon MMS gateway: "No valid recipients for this MM"
    {
      id: "other-servers/mms-no-valid-recipients",
      match: { any: ["no valid recipients for this mm"] },
      reason: "userunknown",
      link: STANDARDS.rfc3463,
      examples: ["No valid recipients for this MM"],
    },
    // Courier: "550 5.7.1 can't determine Purported Responsible Address"
    {
      id: "other-servers/purported-responsible-address",
      match: { any: ["purported responsible address"] },
      reason: "rejected",
      link: STANDARDS.rfc3463,
      examples: ["550 5.7.1 can't determine Purported Responsible Address"],
    },
    // fml mailing lists: "You are not a member of this mailing list"
    {
      id: "other-servers/not-a-list-member",
      match: { any: ["not a member of this mailing list", "you are not allowed to post"] },
      reason: "rejected",
      actor: "sender",
      summary: "The mailing list accepts messages only from its members, and your address is not one.",
      advice: ["Send from the address you subscribed with, or ask the list's owner to let you post."],
      link: STANDARDS.rfc3463,
      examples: ["You are not a member of this mailing list <neko-nyaan@example.org>."],
    },
    // Gmail's "Send mail as" sending through the other address's own SMTP server, which offers no
    // sign-in: "Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH
    // capability". Gmail's card around it links its help on the setting (p=CustomFromDenied).
    {
      id: "other-servers/send-mail-as-no-auth",
      match: { any: ["does not advertise auth capability"] },
      reason: "rejected",
      severity: "high",
      actor: "sender",
      summary:
        'Your message was not sent: the outgoing mail server set up for the address you send from does not offer sign-in (SMTP AUTH), so the settings of that address (such as Gmail\'s "Send mail as") are wrong or out of date.',
      advice: [
        "In the settings of the address you send from (in Gmail: Settings, Accounts, \"Send mail as\"), check the outgoing server's name, port and security (TLS or SSL) against your email provider's instructions.",
        "Until it works, send from your main address.",
      ],
      link: {
        title: "Google: send emails from a different address or alias",
        url: "https://support.google.com/mail/?p=CustomFromDenied",
      },
      examples: ["Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability"],
    },
    {
      id: "other-servers/duplicated-message-id",
      match: { any: ["duplicated message-id"] },
      reason: "systemerror",
      link: STANDARDS.rfc3463,
      examples: ["Duplicated Message-ID in <neko@example.co.jp>."],
    },
  ],
};
