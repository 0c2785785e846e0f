/**
 * A raw bounce of about 1 MB, as a file opened in the popup: Postfix's report (from the test
 * corpus) with the returned original attached in full, and that original carrying a base64
 * attachment that makes up the size. What makes real bounces big is exactly this: the returned
 * message with its attachments, which postal-mime must still walk through.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../../scripts/lib/shared-corpus";

export const TYPICAL_BOUNCE_PATH = join(REPO_ROOT, "tests", "fixtures", "corpus", "lhost-postfix-01.eml");

/** A few-kilobyte bounce, the whole raw message as a user copies it from "Show original". */
export function typicalBounce(): string {
  return readFileSync(TYPICAL_BOUNCE_PATH, "utf8");
}

export function megabyteBounce(targetBytes = 1024 * 1024): string {
  const boundary = "=_bench_report_0001";
  const inner = "=_bench_original_0002";
  const head = [
    "Return-Path: <>",
    "Date: Thu, 28 Nov 2024 10:15:02 +0000 (UTC)",
    "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "To: alex.morgan@example.com",
    "Auto-Submitted: auto-replied",
    "MIME-Version: 1.0",
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    "Message-Id: <20241128101502.4F1C2A0001@mx.example.net>",
    "",
    "This is a MIME-encapsulated message.",
    "",
    `--${boundary}`,
    "Content-Description: Notification",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mx.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    "",
    "<kim.lee@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1",
    "    <kim.lee@example.org>: Recipient address rejected: User unknown in virtual",
    "    mailbox table (in reply to RCPT TO command)",
    "",
    `--${boundary}`,
    "Content-Description: Delivery report",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "Arrival-Date: Thu, 28 Nov 2024 10:15:01 +0000 (UTC)",
    "",
    "Final-Recipient: rfc822; kim.lee@example.org",
    "Action: failed",
    "Status: 5.1.1",
    "Remote-MTA: dns; mx.example.org",
    "Diagnostic-Code: smtp; 550 5.1.1 <kim.lee@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
    "",
    `--${boundary}`,
    "Content-Description: Undelivered Message",
    "Content-Type: message/rfc822",
    "",
    "From: Alex Morgan <alex.morgan@example.com>",
    "To: Kim Lee <kim.lee@example.org>",
    "Subject: Quarterly figures",
    "Date: Thu, 28 Nov 2024 10:14:58 +0000",
    "Message-ID: <quarterly-figures-0001@example.com>",
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${inner}"`,
    "",
    `--${inner}`,
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Hello Kim, the figures for the quarter are attached.",
    "",
    `--${inner}`,
    "Content-Type: application/pdf; name=figures.pdf",
    "Content-Disposition: attachment; filename=figures.pdf",
    "Content-Transfer-Encoding: base64",
    "",
  ].join("\r\n");
  const tail = `\r\n--${inner}--\r\n\r\n--${boundary}--\r\n`;
  // Deterministic bytes (a linear congruential generator), base64 in 76-character lines.
  const lines: string[] = [];
  let size = head.length + 2 + tail.length;
  let seed = 12345;
  while (size < targetBytes) {
    const bytes = Buffer.alloc(57);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = seed >>> 24;
    }
    const line = bytes.toString("base64");
    lines.push(line);
    size += line.length + 2;
  }
  return `${head}\r\n${lines.join("\r\n")}${tail}`;
}
