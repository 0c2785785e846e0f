/**
 * The bounces shown by the demo mailbox: real ones from the test fixtures, as a webmail shows
 * them (its text) and as raw `.eml` files to open with the popup's file picker. Missing files
 * are skipped, so the demo keeps working while fixtures are renamed.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type Mailbox = "gmail" | "outlook";

export interface MessageSample {
  id: string;
  mailbox: Mailbox;
  from: string;
  subject: string;
  /** Path from the repository root. */
  file: string;
}

export interface LoadedMessage extends MessageSample {
  body: string;
}

export const MESSAGE_SAMPLES: readonly MessageSample[] = [
  {
    id: "gmail-address-not-found",
    mailbox: "gmail",
    from: "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    subject: "Delivery Status Notification (Failure)",
    file: "tests/fixtures/webmail/gmail-address-not-found.txt",
  },
  {
    id: "gmail-unauthenticated",
    mailbox: "gmail",
    from: "Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    subject: "Delivery Status Notification (Failure)",
    file: "tests/fixtures/webmail/gmail-message-not-delivered-5.7.26.txt",
  },
  {
    id: "outlook-two-recipients",
    mailbox: "outlook",
    from: "Microsoft Outlook <postmaster@contoso.example>",
    subject: "Undeliverable: Quote for the spring order",
    file: "tests/fixtures/webmail/outlook-classic-two-recipients.txt",
  },
  {
    id: "microsoft365-not-found",
    mailbox: "outlook",
    from: "Microsoft Outlook <postmaster@contoso.example>",
    subject: "Undeliverable: Project timeline",
    file: "tests/fixtures/webmail/microsoft365-new-layout.txt",
  },
];

/** Raw messages offered for download, to try the file picker and drag and drop. */
export const EML_SAMPLES: readonly { file: string; label: string }[] = [
  { file: "tests/fixtures/corpus/lhost-sendmail-01.eml", label: "Sendmail: user unknown" },
  { file: "tests/fixtures/corpus/rhost-messagelabs-01.eml", label: "MessageLabs: refused for security" },
  { file: "tests/fixtures/corpus/lhost-x2-02.eml", label: "Three recipients in one bounce" },
  { file: "tests/fixtures/corpus/rfc3834-01.eml", label: "An out-of-office reply (not a bounce)" },
  { file: "tests/fixtures/corpus/arf-01.eml", label: "A spam complaint report (not a bounce)" },
];

export function loadMessages(root: string, mailbox?: Mailbox): LoadedMessage[] {
  return MESSAGE_SAMPLES.filter((sample) => mailbox === undefined || sample.mailbox === mailbox)
    .filter((sample) => existsSync(join(root, sample.file)))
    .map((sample) => ({ ...sample, body: readFileSync(join(root, sample.file), "utf8") }));
}

export function availableEmls(root: string): { file: string; label: string; name: string }[] {
  return EML_SAMPLES.filter((sample) => existsSync(join(root, sample.file))).map((sample) => ({
    ...sample,
    name: sample.file.split("/").pop() ?? sample.file,
  }));
}
