/**
 * Sendmail's own wording. No official page on its messages was found, so links go to the
 * standard.
 */
import { STANDARDS } from "../standards";
import type { ServerTable } from "../types";

export const sendmail: ServerTable = {
  id: "sendmail",
  name: "Sendmail",
  docs: null,
  rules: [
    // "Message could not be delivered for 5 days" / "Cannot send message for 5 days"
    {
      id: "sendmail/mailer-error",
      match: { any: ["mailer error", "operating system error"] },
      reason: "mailererror",
      link: STANDARDS.rfc3463,
      examples: [
        "554 5.3.0 unknown mailer error 255",
        "451 4.0.0 Operating system error (Warning: message still undelivered after 4 hours)",
      ],
    },
    {
      id: "sendmail/could-not-deliver-for",
      match: {
        any: [
          "message could not be delivered for",
          "cannot send message for",
          "still undelivered after",
          "message will be deleted from queue",
        ],
        none: ["host name lookup failure"],
      },
      reason: "expired",
      link: STANDARDS.rfc3463,
      examples: [
        "Message could not be delivered for 5 days Message will be deleted from queue",
        "421 (Warning: message still undelivered after 4 hours)",
      ],
    },
    // Sendmail's local delivery program on the recipient's own server found no such user:
    // "554 <bob@example.net>... Service unavailable (mail.local: unknown user: bob)".
    {
      id: "sendmail/mail-local-unknown-user",
      match: { any: ["mail.local: unknown user"] },
      reason: "userunknown",
      link: STANDARDS.rfc3463,
      examples: ["554 <kijitora@example.net>... Service unavailable (mail.local: unknown user: kijitora)"],
    },
    // "550 Host unknown (Authoritative answer from name server)"
    {
      id: "sendmail/host-unknown",
      match: { any: ["host unknown", "authoritative answer from name server"] },
      reason: "hostunknown",
      link: STANDARDS.rfc3463,
      examples: [
        "550 Host unknown (Authoritative answer from name server)",
        "550 5.1.2 <kijitora@example.invalid>... Host unknown (Name server: example.invalid: host not found)",
      ],
    },
    // "Name server: example.co.jp.: host name lookup failure"
    {
      id: "sendmail/host-name-lookup-failure",
      match: { any: ["host name lookup failure"] },
      reason: "networkerror",
      link: STANDARDS.rfc3463,
      examples: ["Name server: example.co.jp.: host name lookup failure (Message could not be delivered for 8 hours)"],
    },
    // "554 5.3.0 unknown mailer error 255" / "Operating system error"
    // "450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]"
    {
      id: "sendmail/ip-name-lookup-failed",
      match: { any: ["ip name lookup failed"] },
      reason: "requireptr",
      link: STANDARDS.rfc7372,
      examples: ["450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]"],
    },
    // "550 5.1.1 <x>... User unknown" is left to the generic phrases; "Insufficient permission" is a local store failure.
    {
      id: "sendmail/insufficient-permission",
      match: { any: ["insufficient permission"] },
      reason: "systemerror",
      link: STANDARDS.rfc3463,
      examples: ["550 5.0.0 <kijitora@example.or.jp>... Insufficient permission (maildrop: maildir over quota.)"],
    },
  ],
};
