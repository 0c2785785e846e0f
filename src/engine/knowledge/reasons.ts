/**
 * What each of the 34 reasons (the Sisimai project's vocabulary) means for a sender: a plain
 * label, how bad it is, who must act, one sentence and the steps. A rule may override any of it.
 * Severity scale: low = this one recipient cannot receive; medium = temporary or specific to this
 * message; high = the sender's setup or message is refused until fixed; critical = the sender's
 * IP or domain is blocked wholesale.
 */
import type { Reason } from "../types";
import type { ReasonInfo, TemporaryInfo } from "./types";

const RETRY: TemporaryInfo = {
  severity: "medium",
  actor: "none",
  summary: "The receiving server refused the message for now; the sending server keeps retrying on its own.",
  advice: [
    "Wait: the sending server retries automatically for up to a few days.",
    "If a final failure notice arrives later, read that one.",
  ],
};

export const REASONS: Readonly<Record<Reason, ReasonInfo>> = {
  userunknown: {
    reason: "userunknown",
    label: "The address does not exist",
    severity: "low",
    actor: "sender",
    summary: "The recipient's mail server says there is no mailbox with this address.",
    advice: [
      "Check the address for typos (the part before and after the @).",
      "Ask the recipient for their current address by another channel.",
      "Remove the address from your lists if it keeps failing.",
    ],
    temporary: {
      ...RETRY,
      summary: "The recipient's server could not confirm the address for now; it may exist, so the message is retried.",
    },
  },
  hostunknown: {
    reason: "hostunknown",
    label: "The recipient's domain does not exist",
    severity: "low",
    actor: "sender",
    summary: "The part of the address after the @ is not a domain that can receive email.",
    advice: [
      "Check the domain (after the @) for typos such as gmial.com or hotmial.com.",
      "Ask the recipient for their current address.",
      "Remove the address if the domain no longer exists.",
    ],
    temporary: {
      ...RETRY,
      summary: "The recipient's domain could not be looked up for now; the message is retried.",
    },
  },
  hasmoved: {
    reason: "hasmoved",
    label: "The recipient has moved to another address",
    severity: "low",
    actor: "sender",
    summary: "The mailbox used to exist, but the person has moved and mail is no longer forwarded.",
    advice: [
      "Look in the bounce for the new address, or ask the recipient for it.",
      "Update your address book and lists.",
    ],
    temporary: RETRY,
  },
  notaccept: {
    reason: "notaccept",
    label: "The recipient's domain does not accept email",
    severity: "low",
    actor: "sender",
    summary: "The recipient's domain or server is set up to refuse all email.",
    advice: [
      "Check that the address is right; the domain may be used only for a website.",
      "Reach the recipient by another channel and ask for a working address.",
    ],
    temporary: {
      ...RETRY,
      summary: "The recipient's server is not accepting email right now; the message is retried.",
    },
  },
  suspend: {
    reason: "suspend",
    label: "The recipient's mailbox is disabled",
    severity: "low",
    actor: "recipient",
    summary: "The mailbox exists but has been disabled or suspended, so it cannot receive email.",
    advice: [
      "Reach the recipient by another channel; the account may be closed or inactive.",
      "Remove the address from your lists if it stays disabled.",
    ],
    temporary: {
      ...RETRY,
      summary: "The recipient's mailbox is temporarily unavailable; the message is retried.",
    },
  },
  mailboxfull: {
    reason: "mailboxfull",
    label: "The recipient's mailbox is full",
    severity: "low",
    actor: "recipient",
    summary: "The recipient's mailbox has no space left for new messages.",
    advice: [
      "Tell the recipient by another channel that their mailbox is full.",
      "Send the message again later, or with smaller attachments.",
    ],
    temporary: {
      ...RETRY,
      summary: "The recipient's mailbox is full right now; the message is retried in case space is freed.",
    },
  },
  suppressed: {
    reason: "suppressed",
    label: "Not sent: the address is on a suppression list",
    severity: "low",
    actor: "sender",
    summary: "Your sending service did not send the message because the address failed or complained before.",
    advice: [
      "Check in your sending service why the address is suppressed.",
      "Remove it from the suppression list only if you are sure the address works now.",
    ],
    temporary: RETRY,
  },
  rejected: {
    reason: "rejected",
    label: "Your sender address was refused",
    severity: "high",
    actor: "sender-admin",
    summary: "The receiving server refused the address you sent from (the envelope sender), not the recipient.",
    advice: [
      "Check that your sending domain exists and has valid DNS records (MX or A).",
      "Make sure the sender address is a full, valid address.",
      "If the recipient blocked you on purpose, contact them another way.",
    ],
    temporary: {
      severity: "medium",
      actor: "sender-admin",
      summary: "The receiving server could not verify your sender address for now; the message is retried.",
      advice: ["Wait for the retry; if it keeps failing, check your sending domain's DNS records."],
    },
  },
  authfailure: {
    reason: "authfailure",
    label: "Your message failed sender authentication (SPF, DKIM or DMARC)",
    severity: "high",
    actor: "sender-admin",
    summary: "The receiving server could not confirm that your server may send for your domain.",
    advice: [
      "Ask whoever runs your domain's email to check its SPF, DKIM and DMARC records.",
      "Make sure every service that sends as your domain is in SPF and signs with DKIM.",
      "Send again once the records are fixed.",
    ],
    temporary: {
      severity: "high",
      actor: "sender-admin",
      summary: "The receiving server is delaying your mail because it could not authenticate it (SPF, DKIM or DMARC).",
      advice: [
        "Ask whoever runs your domain's email to check its SPF, DKIM and DMARC records.",
        "The message is retried for now, but it will keep failing until authentication passes.",
      ],
    },
  },
  requireptr: {
    reason: "requireptr",
    label: "Your sending server has no valid reverse DNS",
    severity: "high",
    actor: "sender-admin",
    summary:
      "The receiving server refused mail from your server's IP address because it has no proper host name (PTR record).",
    advice: [
      "Ask your IT or email service to set a reverse DNS (PTR) record for the sending IP.",
      "The host name it returns must point back to the same IP.",
    ],
    temporary: {
      severity: "high",
      actor: "sender-admin",
      summary: "The receiving server is delaying mail from your server's IP because it has no proper reverse DNS.",
      advice: ["Ask your IT or email service to set a matching reverse DNS (PTR) record for the sending IP."],
    },
  },
  badreputation: {
    reason: "badreputation",
    label: "Your server or domain has a poor reputation",
    severity: "critical",
    actor: "sender-admin",
    summary: "The receiving server distrusts mail from your IP address or domain because of its sending history.",
    advice: [
      "Tell your IT or email service: mail to this provider is being refused for reputation.",
      "Check for compromised accounts or unwanted bulk mail from your domain.",
      "Use the provider's postmaster tools and follow its sender guidelines.",
    ],
    temporary: {
      severity: "high",
      actor: "sender-admin",
      summary: "The receiving server is slowing down mail from your server because of its reputation.",
      advice: [
        "The message is retried, but ask your IT or email service to look at your sending reputation.",
        "Send less at once and only to people who asked for your mail.",
      ],
    },
  },
  blocked: {
    reason: "blocked",
    label: "Your sending server is blocked",
    severity: "critical",
    actor: "sender-admin",
    summary:
      "The receiving server refused the connection from your server's IP address, often because it is on a blocklist.",
    advice: [
      "Tell your IT or email service: the sending IP is blocked.",
      "Look the IP up on the blocklist named in the bounce and request removal.",
      "Find and stop the cause (a compromised account or device, unwanted bulk mail).",
    ],
    temporary: {
      severity: "high",
      actor: "sender-admin",
      summary: "The receiving server is refusing your server for now, often because of a blocklist or reputation.",
      advice: [
        "The message is retried, but tell your IT or email service that the sending IP is being refused.",
        "Check the sending IP on the blocklist named in the bounce.",
      ],
    },
  },
  norelaying: {
    reason: "norelaying",
    label: "The server refused to pass the message on",
    severity: "high",
    actor: "sender-admin",
    summary: "The server you sent through does not accept mail for that recipient's domain (relaying denied).",
    advice: [
      "Check that your mail program signs in to its outgoing server (SMTP authentication).",
      "Check the recipient's domain: it may point its mail to a server that no longer hosts it.",
    ],
    temporary: RETRY,
  },
  ratelimited: {
    reason: "ratelimited",
    label: "Too much mail at once",
    severity: "medium",
    actor: "sender-admin",
    summary: "The receiving server is limiting how much mail it takes from your server or for this recipient.",
    advice: ["Send again later; the limit lifts after a while.", "Send in smaller batches and more slowly."],
    temporary: {
      severity: "medium",
      actor: "none",
      summary: "The receiving server is limiting how fast it takes mail; the sending server slows down and retries.",
      advice: ["Wait: the message is retried automatically.", "If this happens often, send in smaller batches."],
    },
  },
  failedstarttls: {
    reason: "failedstarttls",
    label: "An encrypted connection could not be set up",
    severity: "high",
    actor: "sender-admin",
    summary: "The message needed an encrypted (TLS) connection and the servers could not agree on one.",
    advice: ["Ask your IT or email service to check TLS on your sending server (certificates, versions)."],
    temporary: {
      severity: "medium",
      actor: "sender-admin",
      summary: "An encrypted connection could not be set up for now; the message is retried.",
      advice: ["If it keeps failing, ask your IT or email service to check TLS on the sending server."],
    },
  },
  spamdetected: {
    reason: "spamdetected",
    label: "Your message was judged to be spam",
    severity: "high",
    actor: "sender",
    summary: "The receiving server's spam filter refused the message because of its content or how it was sent.",
    advice: [
      "Remove link shorteners, large images without text and spam-like wording, then send again.",
      "Make sure your domain passes SPF, DKIM and DMARC.",
      "If you send in bulk, send only to people who asked for it and include an unsubscribe link.",
    ],
    temporary: {
      severity: "high",
      actor: "sender",
      summary: "The receiving server is delaying the message because it looks like spam.",
      advice: [
        "The message is retried, but it may be refused; review its content and links.",
        "Make sure your domain passes SPF, DKIM and DMARC.",
      ],
    },
  },
  virusdetected: {
    reason: "virusdetected",
    label: "A virus or dangerous attachment was found",
    severity: "high",
    actor: "sender",
    summary: "The receiving server's scanner found malware or a forbidden attachment in the message.",
    advice: [
      "Scan your computer and the attachment for malware.",
      "Send the file another way (a shared link) or in a different format.",
    ],
    temporary: RETRY,
  },
  policyviolation: {
    reason: "policyviolation",
    label: "Refused by the recipient's mail policy",
    severity: "high",
    actor: "recipient-admin",
    summary:
      "The message broke a rule set by the recipient's organisation (for example attachment types or allowed senders).",
    advice: [
      "Ask the recipient whether their organisation blocks this kind of message or sender.",
      "Try again without attachments or with a different file type.",
    ],
    temporary: {
      ...RETRY,
      summary: "The recipient's mail policy is holding the message for now; it is retried.",
    },
  },
  contenterror: {
    reason: "contenterror",
    label: "The message's format was refused",
    severity: "medium",
    actor: "sender-admin",
    summary: "The receiving server could not accept the message's structure or encoding.",
    advice: [
      "Send the message again from a different mail program, or without unusual attachments.",
      "If it keeps happening, tell your IT or email service.",
    ],
    temporary: RETRY,
  },
  notcompliantrfc: {
    reason: "notcompliantrfc",
    label: "The message breaks email standards",
    severity: "high",
    actor: "sender-admin",
    summary: "The message's headers do not follow the email standard (RFC 5322), so it was refused.",
    advice: [
      "Tell whoever runs the sending software: headers such as From, Date or Message-ID are missing, duplicated or malformed.",
      "Send again once the software is fixed.",
    ],
    temporary: RETRY,
  },
  emailtoolarge: {
    reason: "emailtoolarge",
    label: "The message is too large",
    severity: "medium",
    actor: "sender",
    summary: "The message, with its attachments, is bigger than the recipient's server accepts.",
    advice: [
      "Send the attachments as a shared link, or compress them.",
      "Split large attachments over several messages.",
    ],
    temporary: {
      ...RETRY,
      summary: "The message is too large for the recipient's server right now; it is retried.",
    },
  },
  filtered: {
    reason: "filtered",
    label: "Refused by the recipient's filter (or the address is closed)",
    severity: "medium",
    actor: "recipient",
    summary:
      "The recipient's server refused this message after accepting the address: most likely a filter or the recipient's own settings (allowed senders, blocked domains), sometimes an address that no longer exists.",
    advice: [
      "Check that the address is the one the recipient uses now.",
      "Ask the recipient by another channel to allow your address or domain.",
      "If they no longer use the address, remove it from your lists.",
    ],
    temporary: RETRY,
  },
  securityerror: {
    reason: "securityerror",
    label: "Refused for a security reason",
    severity: "high",
    actor: "sender-admin",
    summary: "The server refused the message under a security policy (for example sign-in or encryption required).",
    advice: [
      "Check your mail program's outgoing server settings (sign-in, encryption).",
      "Ask your IT or email service with the full bounce text.",
    ],
    temporary: {
      severity: "medium",
      actor: "sender-admin",
      summary: "The server delayed the message under a security policy; it is retried.",
      advice: ["If it keeps failing, ask your IT or email service with the full bounce text."],
    },
  },
  expired: {
    reason: "expired",
    label: "Delivery timed out",
    severity: "medium",
    actor: "recipient-admin",
    summary: "Your server tried to deliver for a long time and gave up: the recipient's server could not be reached.",
    advice: [
      "Send again later; the recipient's server may have been down.",
      "If it keeps failing, tell the recipient that their mail server is unreachable.",
    ],
    temporary: {
      ...RETRY,
      summary: "Delivery is taking long: the recipient's server could not be reached yet; the message is retried.",
    },
  },
  networkerror: {
    reason: "networkerror",
    label: "A network or DNS problem",
    severity: "medium",
    actor: "recipient-admin",
    summary: "The servers could not reach each other because of a network, routing or DNS problem.",
    advice: [
      "Send again later.",
      "If it keeps failing, tell the recipient's IT that their mail domain's DNS or servers may be broken.",
    ],
    temporary: RETRY,
  },
  systemerror: {
    reason: "systemerror",
    label: "A fault on the receiving server",
    severity: "medium",
    actor: "recipient-admin",
    summary: "The recipient's mail server had an internal problem.",
    advice: [
      "Send again later.",
      "If it keeps failing, tell the recipient by another channel that their mail server has a problem.",
    ],
    temporary: RETRY,
  },
  systemfull: {
    reason: "systemfull",
    label: "The receiving server is out of space",
    severity: "medium",
    actor: "recipient-admin",
    summary: "The recipient's mail server has no storage left for new messages.",
    advice: ["Send again later.", "If it keeps failing, tell the recipient that their mail server is full."],
    temporary: RETRY,
  },
  mailererror: {
    reason: "mailererror",
    label: "The recipient's delivery program failed",
    severity: "medium",
    actor: "recipient-admin",
    summary: "The program that puts mail into the recipient's mailbox (a filter or script) failed.",
    advice: ["Tell the recipient or their IT; the problem is on their side.", "Send again later."],
    temporary: RETRY,
  },
  syntaxerror: {
    reason: "syntaxerror",
    label: "The servers could not understand each other",
    severity: "high",
    actor: "sender-admin",
    summary: "The receiving server did not accept a command from your server (an SMTP protocol error).",
    advice: [
      "Tell your IT or email service: the sending server sent a command the receiver rejected.",
      "Check the sender and recipient addresses for invalid characters.",
    ],
    temporary: RETRY,
  },
  delivered: {
    reason: "delivered",
    label: "Delivered",
    severity: "low",
    actor: "none",
    summary: "The message was delivered; this notice only confirms it.",
    advice: ["Nothing to do."],
    temporary: { severity: "low", actor: "none", summary: "The message was delivered.", advice: ["Nothing to do."] },
  },
  feedback: {
    reason: "feedback",
    label: "A spam complaint",
    severity: "high",
    actor: "sender",
    summary: "A recipient marked a delivered message as spam; this is a complaint report, not a bounce.",
    advice: [
      "Stop sending to the recipient who complained.",
      "Send only to people who asked for your mail, with an easy unsubscribe link.",
    ],
    temporary: {
      severity: "high",
      actor: "sender",
      summary: "A recipient marked a delivered message as spam.",
      advice: ["Stop sending to the recipient who complained."],
    },
  },
  vacation: {
    reason: "vacation",
    label: "An automatic reply",
    severity: "low",
    actor: "none",
    summary:
      "The recipient's mailbox replied automatically (for example an out-of-office message); your message was delivered.",
    advice: ["Nothing to do; read the reply for when the person is back or whom to contact instead."],
    temporary: {
      severity: "low",
      actor: "none",
      summary: "An automatic reply; your message was delivered.",
      advice: ["Nothing to do."],
    },
  },
  onhold: {
    reason: "onhold",
    label: "Not delivered, cause not stated",
    severity: "medium",
    actor: "sender",
    summary:
      "The bounce says the message was not delivered, but the server's answer does not give enough detail to tell why.",
    advice: [
      "Check the recipient's address.",
      "Send again later; if it fails again, ask the recipient by another channel.",
    ],
    temporary: RETRY,
  },
  undefined: {
    reason: "undefined",
    label: "Not delivered, cause unknown",
    severity: "medium",
    actor: "sender",
    summary: "The bounce says the message was not delivered but gives no server answer and no code at all.",
    advice: [
      "Check the recipient's address and send again later.",
      "If it fails again, ask the recipient by another channel, or your email service for its logs of the delivery.",
    ],
    temporary: RETRY,
  },
};

export function reasonInfo(reason: Reason): ReasonInfo {
  return REASONS[reason];
}
