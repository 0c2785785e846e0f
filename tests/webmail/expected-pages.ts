/**
 * What the adapters must find on each fixture page of `tests/fixtures/pages/`. Every page has an
 * entry (a test fails on a page without one), so a new page cannot go untested.
 */
import type { Sender } from "../../src/webmail/adapter";

export interface ExpectedMessage {
  sender: Sender;
  subject: string;
  /** Gmail's keys are its message ids; Outlook's are hashes, checked for shape and stability. */
  key?: string;
  /** Lines the body text must contain, in this order. */
  bodyLines: string[];
  /** What the cheap hints must say about the sender and subject. */
  looksLikeBounce: boolean;
  /** Recipients the engine must find in the body text; [] for a message that is no bounce. */
  recipients: string[];
}

export interface ExpectedPage {
  messages: ExpectedMessage[];
  /** Subjects of the message-list rows that look like bounces (Gmail). */
  bounceRows?: string[];
  /** Recipients the engine must find in the raw message ("Show original"). */
  rawRecipients?: string[];
}

const GMAIL_BOUNCER: Sender = { name: "Mail Delivery Subsystem", address: "mailer-daemon@googlemail.com" };
const ME_GMAIL: Sender = { name: "Alex Morgan", address: "alex.morgan@example.com" };

export const GMAIL_PAGES: Record<string, ExpectedPage> = {
  "single-address-not-found": {
    messages: [
      {
        sender: GMAIL_BOUNCER,
        subject: "Delivery Status Notification (Failure)",
        key: "gmail:msg-f:1792638409012345678",
        bodyLines: [
          "Address not found",
          "Your message wasn't delivered to maria.lopez@example.org because the address couldn't be found, or is unable to receive mail.",
          "The response from the remote server was:",
          "550 5.1.1 The email account that you tried to reach does not exist.",
          "----- Original message -----",
        ],
        looksLikeBounce: true,
        recipients: ["maria.lopez@example.org"],
      },
    ],
  },
  "conversation-bounce-second": {
    messages: [
      {
        sender: ME_GMAIL,
        subject: "Quarterly figures",
        key: "gmail:msg-f:1792638100000000001",
        bodyLines: ["Hi Kim,", "here are the quarterly figures we talked about"],
        looksLikeBounce: false,
        recipients: [],
      },
      {
        sender: GMAIL_BOUNCER,
        subject: "Quarterly figures",
        key: "gmail:msg-f:1792638100000000002",
        bodyLines: [
          "Message not delivered",
          "There was a problem delivering your message to kim.lee@example.net. See the technical details below.",
          "The response was:",
          "[mx.example.net 192.0.2.222: timed out]",
        ],
        looksLikeBounce: true,
        recipients: ["kim.lee@example.net"],
      },
    ],
  },
  "collapsed-messages": {
    messages: [
      {
        sender: GMAIL_BOUNCER,
        subject: "Invoice 2024-117",
        key: "gmail:msg-f:1792700000000000005",
        bodyLines: ["Message not delivered", "There was a problem delivering your message to accounts@example.org."],
        looksLikeBounce: true,
        recipients: ["accounts@example.org"],
      },
    ],
  },
  "preview-pane": {
    messages: [
      {
        sender: GMAIL_BOUNCER,
        subject: "Delivery Status Notification (Failure)",
        key: "gmail:msg-f:1792800000000000001",
        bodyLines: [
          "Address not found",
          "because the domain mail.example.invalid couldn't be found.",
          "DNS Error: 16578478 DNS type 'mx' lookup of mail.example.invalid responded with code NXDOMAIN",
        ],
        looksLikeBounce: true,
        recipients: ["sam.taylor@mail.example.invalid"],
      },
    ],
    bounceRows: [
      "Delivery Status Notification (Failure)",
      "Undelivered Mail Returned to Sender",
      "Undeliverable: Invoice 2024-117",
    ],
  },
  popout: {
    messages: [
      {
        sender: GMAIL_BOUNCER,
        subject: "Delivery Status Notification (Failure)",
        key: "gmail:msg-f:1792900000000000001",
        bodyLines: [
          "Message not delivered",
          "There was a problem delivering your message to team@lists.example.org.",
          "Your email to group team@lists.example.org was rejected due to spam classification.",
        ],
        looksLikeBounce: true,
        recipients: ["team@lists.example.org"],
      },
    ],
  },
  "show-original": { messages: [], rawRecipients: ["maria.lopez@example.org"] },
  "show-original-renamed": { messages: [], rawRecipients: ["maria.lopez@example.org"] },
  "dark-theme": {
    messages: [
      {
        sender: GMAIL_BOUNCER,
        subject: "Delivery Status Notification (Failure)",
        key: "gmail:msg-f:1793000000000000001",
        bodyLines: ["Message blocked", "Your message to ops@example.net has been blocked.", "Message rejected."],
        looksLikeBounce: true,
        recipients: ["ops@example.net"],
      },
    ],
  },
  hostile: {
    messages: [
      {
        sender: { name: "Mail Delivery System", address: "mailer-daemon@mx.example.net" },
        subject: "Undelivered Mail Returned to Sender",
        key: "gmail:msg-f:1793100000000000001",
        bodyLines: [
          "This is the mail system at host mx.example.net.",
          "<lee@example.org>: host mail.example.org[192.0.2.25] said: 550 5.7.1",
          "<img src=x onerror=alert(1)><script>alert(2)</script> Message refused,",
          "appeal at javascript:alert(3) or data:text/html;base64,",
          // A right-to-left override: shown as is, it makes the reversed text read as Google's help page.
          "help at \u202E0277/rewsna/liam/moc.elgoog.troppus//:sptth",
          "or https://support.google.com.account-check.example/mail/answer/7720 (in reply to RCPT TO command)",
        ],
        looksLikeBounce: true,
        recipients: ["lee@example.org"],
      },
    ],
  },
  "ordinary-550": {
    messages: [
      {
        sender: { name: "Priya Shah", address: "priya.shah@example.org" },
        subject: "Re: the 550 error on the newsletter",
        key: "gmail:msg-f:1793200000000000001",
        bodyLines: ["Hi Alex,", "550 5.1.1 <j.doe@example.net>: Recipient address rejected: User unknown"],
        looksLikeBounce: false,
        recipients: [],
      },
    ],
  },
  "changed-classes": {
    messages: [
      {
        sender: GMAIL_BOUNCER,
        subject: "Contract",
        key: "gmail:msg-f:1793300000000000002",
        bodyLines: ["Address not found", "Your message wasn't delivered to chris.baker@example.com"],
        looksLikeBounce: true,
        recipients: ["chris.baker@example.com"],
      },
    ],
  },
  "changed-structure": { messages: [] },
};

const ME_OUTLOOK: Sender = { name: "Alex Morgan", address: "alex.morgan@example.com" };

export const OUTLOOK_PAGES: Record<string, ExpectedPage> = {
  "reading-pane-classic-ndr": {
    messages: [
      {
        sender: { name: "Microsoft Outlook", address: "postmaster@example.com" },
        subject: "Undeliverable: Quarterly figures",
        bodyLines: [
          "Delivery has failed to these recipients or groups:",
          "kim.lee@example.net",
          "Diagnostic information for administrators:",
          "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
          "Original message headers:",
        ],
        looksLikeBounce: true,
        recipients: ["kim.lee@example.net"],
      },
    ],
  },
  "reading-pane-new-ndr": {
    messages: [
      {
        sender: { name: "Microsoft Outlook", address: "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@example.com" },
        subject: "Undeliverable: Project kickoff",
        bodyLines: [
          "Your message to oliver@example.net couldn't be delivered.",
          "How to Fix It",
          "Status code: 550 5.1.10",
          "Reported error:\t550 5.1.10 RESOLVER.ADR.RecipientNotFound",
        ],
        looksLikeBounce: true,
        recipients: ["oliver@example.net"],
      },
    ],
  },
  "german-ui-two-recipients": {
    messages: [
      {
        sender: { name: "Microsoft Outlook", address: "postmaster@example.com" },
        subject: "Unzustellbar: Angebot für das Frühjahr",
        bodyLines: [
          "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:",
          "Diagnoseinformationen für Administratoren:",
          "tom.becker@example.net",
          "vertrieb@example.net",
        ],
        looksLikeBounce: true,
        recipients: ["tom.becker@example.net", "vertrieb@example.net"],
      },
    ],
  },
  "conversation-bounce-second": {
    messages: [
      {
        sender: ME_OUTLOOK,
        subject: "Quarterly figures",
        bodyLines: ["Hi Jordan,", "the figures are attached"],
        looksLikeBounce: false,
        recipients: [],
      },
      {
        sender: { name: "Microsoft Outlook", address: "postmaster@outlook.com" },
        subject: "Quarterly figures",
        bodyLines: [
          "mx.example.org rejected your message to the following email addresses:",
          "jordan@example.org",
          "Remote Server returned '501 5.1.8 Sender address rejected'",
        ],
        looksLikeBounce: true,
        recipients: ["jordan@example.org"],
      },
    ],
  },
  "full-page-on-premises": {
    messages: [
      {
        sender: {
          name: "Microsoft Exchange",
          address: "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.com",
        },
        subject: "Undeliverable: Excursion forms",
        bodyLines: [
          "Delivery has failed to these recipients or groups:",
          "Receiving server: mail.school.example.org (192.0.2.3)",
          "Remote Server at mail.school.example.org (192.0.2.3) returned '550 4.4.7 QUEUE.Expired; message expired'",
        ],
        looksLikeBounce: true,
        recipients: ["g.wang@school.example.org"],
      },
    ],
  },
  "popout-postfix": {
    messages: [
      {
        sender: { name: "Mail Delivery System", address: "mailer-daemon@mx.example.net" },
        subject: "Undelivered Mail Returned to Sender",
        bodyLines: [
          "This is the mail system at host mx.example.net.",
          "<dana@example.org>: host mail.example.org[192.0.2.40] said: 550 5.1.1",
        ],
        looksLikeBounce: true,
        recipients: ["dana@example.org"],
      },
    ],
  },
  "dark-theme-gmail-card": {
    messages: [
      {
        sender: GMAIL_BOUNCER,
        subject: "Delivery Status Notification (Failure)",
        bodyLines: ["Address not found", "Your message wasn't delivered to lena.fischer@example.org"],
        looksLikeBounce: true,
        recipients: ["lena.fischer@example.org"],
      },
    ],
  },
  "hostile-exim": {
    messages: [
      {
        sender: { name: "Mail Delivery System", address: "mailer-daemon@smtp.example.net" },
        subject: "Mail delivery failed: returning message to sender",
        bodyLines: [
          "This message was created automatically by mail delivery software.",
          "SMTP error from remote mail server after RCPT TO:<sam@example.org>:",
          "550 5.7.1 <img src=x onerror=alert(1)><script>alert(2)</script> Blocked. Appeal at",
          "javascript:alert(3) or data:text/html;base64,",
          "or https://go.microsoft.com/fwlink/?LinkId=532972",
        ],
        looksLikeBounce: true,
        recipients: ["sam@example.org"],
      },
    ],
  },
  "ordinary-550": {
    messages: [
      {
        sender: { name: "Priya Shah", address: "priya.shah@example.org" },
        subject: "RE: 550 5.1.1 on the newsletter",
        bodyLines: ["Hi Alex,", "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'"],
        looksLikeBounce: false,
        recipients: [],
      },
    ],
  },
  "changed-classes": {
    messages: [
      {
        sender: { name: "Microsoft Outlook", address: "postmaster@example.com" },
        subject: "Non remis : Budget 2024",
        bodyLines: ["Échec de la remise pour ces destinataires ou groupes :", "nadia.roux@example.net"],
        looksLikeBounce: true,
        recipients: ["nadia.roux@example.net"],
      },
    ],
  },
  "changed-roles": {
    messages: [
      {
        sender: { name: "Microsoft Outlook", address: "postmaster@example.com" },
        // No heading role is left: the subject is unknown, the sender alone says "bounce".
        subject: "",
        bodyLines: ["Échec de la remise pour ces destinataires ou groupes :", "Remote Server returned '550 5.1.10"],
        looksLikeBounce: true,
        recipients: ["nadia.roux@example.net"],
      },
    ],
  },
  "changed-structure": { messages: [] },
};
