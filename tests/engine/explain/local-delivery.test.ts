/**
 * A DSN whose Diagnostic-Code is of type x-unix carries the words of a local delivery program on
 * the recipient's server (a pipe, procmail): when nothing more telling is said, that program failed.
 */
import { describe, expect, it } from "vitest";
import { explainBounce, explainFailure } from "../../../src/engine/index";
import { failureOf } from "./rows";

const POSTFIX_LOCAL = [
  "From: MAILER-DAEMON@example.net (Mail Delivery System)",
  "Subject: Undelivered Mail Returned to Sender",
  "MIME-Version: 1.0",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  "",
  "--B",
  "Content-Type: text/plain",
  "",
  "This is the mail system at host example.net.",
  "",
  "<bob@example.net>: temporary failure",
  "",
  "--B",
  "Content-Type: message/delivery-status",
  "",
  "Reporting-MTA: dns; example.net",
  "",
  "Final-Recipient: rfc822; bob@example.net",
  "Action: failed",
  "Status: 4.3.0",
  "Diagnostic-Code: x-unix; temporary failure",
  "",
  "--B--",
  "",
].join("\n");

describe("a local delivery program's words (x-unix)", () => {
  it("are kept as the failure's diagnostic type", async () => {
    const result = await explainBounce(POSTFIX_LOCAL);
    const [f] = result.failures;
    expect(f?.diagnosticType).toBe("x-unix");
    expect(f?.reason).toBe("mailererror");
    expect(f?.ruleId).toBe("phrases/local-delivery-program");
  });

  it("give way to anything more telling", () => {
    const full = explainFailure(failureOf("maildrop: maildir over quota.", { diagnosticType: "x-unix" }));
    expect(full.reason).toBe("mailboxfull");
  });

  it("need the type: the same words from a mail server are not a program's", () => {
    expect(explainFailure(failureOf("temporary failure", { diagnosticType: "smtp" })).reason).not.toBe("mailererror");
  });
});
