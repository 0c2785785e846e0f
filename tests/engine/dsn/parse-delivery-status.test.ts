import { describe, expect, it } from "vitest";
import { parseDeliveryStatus } from "../../../src/engine/dsn/parse-delivery-status";

const lines = (...l: string[]) => l.join("\n");

describe("parseDeliveryStatus", () => {
  it("reads the per-message fields and one recipient's fields", () => {
    const dsn = parseDeliveryStatus(
      lines(
        "Reporting-MTA: dns; mx.example.net",
        "Received-From-MTA: dns; client.example.org",
        "Arrival-Date: Thu, 29 Apr 2021 23:34:45 +0900",
        "",
        "Final-Recipient: rfc822; bob@example.com",
        "Original-Recipient: rfc822; Bob@Example.com",
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; mx.example.com",
        "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.com>: Recipient address rejected",
        "Last-Attempt-Date: Thu, 29 Apr 2021 23:34:46 +0900",
        "Will-Retry-Until: Fri, 30 Apr 2021 23:34:45 +0900",
      ),
    );
    expect(dsn.reportingMta).toBe("mx.example.net");
    expect(dsn.receivedFromMta).toBe("client.example.org");
    expect(dsn.recipients).toEqual([
      {
        finalRecipient: "bob@example.com",
        originalRecipient: "Bob@Example.com",
        action: "failed",
        status: "5.1.1",
        statusComment: null,
        diagnosticCode: "550 5.1.1 <bob@example.com>: Recipient address rejected",
        diagnosticType: "smtp",
        remoteMta: "mx.example.com",
        lastAttemptDate: "Thu, 29 Apr 2021 23:34:46 +0900",
        willRetryUntil: "Fri, 30 Apr 2021 23:34:45 +0900",
      },
    ]);
  });

  it("reads several recipients, each in its own block", () => {
    const dsn = parseDeliveryStatus(
      lines(
        "Reporting-MTA: dns; mx.example.net",
        "",
        "Final-Recipient: rfc822; bob@example.com",
        "Action: failed",
        "Status: 5.1.1",
        "",
        "Final-Recipient: rfc822; carol@example.org",
        "Action: delayed",
        "Status: 4.4.1",
        "Diagnostic-Code: smtp; 421 4.4.1 Connection timed out",
        "",
        "Final-Recipient: rfc822; dave@example.org",
        "Action: delivered",
        "Status: 2.0.0",
      ),
    );
    expect(dsn.recipients.map((r) => [r.finalRecipient, r.action, r.status])).toEqual([
      ["bob@example.com", "failed", "5.1.1"],
      ["carol@example.org", "delayed", "4.4.1"],
      ["dave@example.org", "delivered", "2.0.0"],
    ]);
    expect(dsn.recipients[0]?.diagnosticCode).toBeNull();
    expect(dsn.recipients[1]?.diagnosticCode).toBe("421 4.4.1 Connection timed out");
  });

  it("keeps the reporting server's comment after the Status code", () => {
    const dsn = parseDeliveryStatus(
      lines(
        "Final-Recipient: rfc822;bob@example.net",
        "Action: delayed",
        "Status: 4.0.0 (example.net: host name lookup failure)",
        "",
        "Final-Recipient: rfc822;carol@example.net",
        "Status: 5.1.1",
      ),
    );
    expect(dsn.recipients.map((r) => [r.status, r.statusComment])).toEqual([
      ["4.0.0", "example.net: host name lookup failure"],
      ["5.1.1", null],
    ]);
  });

  it("joins folded continuation lines of a field", () => {
    const dsn = parseDeliveryStatus(
      lines(
        "Final-Recipient: rfc822; bob@example.com",
        "Action: failed",
        "Status: 5.7.1",
        "Diagnostic-Code: smtp; 550-5.7.1 Our system has detected that this message is",
        "    likely unsolicited mail. To reduce the amount of spam sent to Gmail,",
        "\tthis message has been blocked.",
        "Remote-MTA: dns; mx.example.com",
      ),
    );
    const [r] = dsn.recipients;
    expect(r?.diagnosticCode).toBe(
      "550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked.",
    );
    expect(r?.remoteMta).toBe("mx.example.com");
  });

  it("separates recipients when the blank line between them is missing", () => {
    const dsn = parseDeliveryStatus(
      lines(
        "Reporting-MTA: dns; mx.example.net",
        "Final-Recipient: rfc822; bob@example.com",
        "Action: failed",
        "Status: 5.1.1",
        "Final-Recipient: rfc822; carol@example.org",
        "Action: failed",
        "Status: 5.2.2",
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
      ),
    );
    expect(dsn.reportingMta).toBe("mx.example.net");
    expect(dsn.recipients.map((r) => [r.finalRecipient, r.status, r.diagnosticCode])).toEqual([
      ["bob@example.com", "5.1.1", null],
      ["carol@example.org", "5.2.2", "552 5.2.2 Mailbox full"],
    ]);
  });

  it("separates recipients without blank lines whose blocks open with Action", () => {
    const dsn = parseDeliveryStatus(
      lines(
        "Action: failed",
        "Final-Recipient: rfc822; bob@example.com",
        "Status: 5.1.1",
        "Action: delayed",
        "Final-Recipient: rfc822; carol@example.org",
        "Status: 4.2.2",
      ),
    );
    expect(dsn.recipients.map((r) => [r.finalRecipient, r.action, r.status])).toEqual([
      ["bob@example.com", "failed", "5.1.1"],
      ["carol@example.org", "delayed", "4.2.2"],
    ]);
  });

  it("keeps one recipient whose fields come in an unusual order", () => {
    const dsn = parseDeliveryStatus(
      lines(
        "Reporting-MTA: dns; mailbox.example.org",
        "",
        "Action: failed",
        "Status: 5.0.0 (Remote SMTP server has rejected address)",
        "Original-recipient: rfc822;bob@example.com",
        "Final-recipient: rfc822;bob@example.com",
        "Remote-MTA: dns; mx.example.com",
        " (TCP|192.0.2.1|34321|192.0.2.2|25)",
        "Diagnostic-code: smtp; 550 5.1.1 User unknown",
      ),
    );
    expect(dsn.recipients).toHaveLength(1);
    const [r] = dsn.recipients;
    expect(r?.finalRecipient).toBe("bob@example.com");
    expect(r?.originalRecipient).toBe("bob@example.com");
    expect(r?.action).toBe("failed");
    expect(r?.status).toBe("5.0.0");
    expect(r?.remoteMta).toBe("mx.example.com");
    expect(r?.diagnosticCode).toBe("550 5.1.1 User unknown");
  });

  it("accepts odd case and spacing in names, types and values", () => {
    const dsn = parseDeliveryStatus(
      lines(
        "REPORTING-MTA:dns;mx.example.net",
        "",
        "final-recipient : RFC822 ;  <bob@example.com>",
        "ACTION:   Failed (permanent)",
        "status:5.1.1 (user unknown)",
        "Diagnostic-Code :SMTP;550 5.1.1 no such user",
        "Remote-MTA: DNS; [192.0.2.25]",
      ),
    );
    expect(dsn.reportingMta).toBe("mx.example.net");
    const [r] = dsn.recipients;
    expect(r?.finalRecipient).toBe("bob@example.com");
    expect(r?.action).toBe("failed");
    expect(r?.status).toBe("5.1.1");
    expect(r?.diagnosticType).toBe("smtp");
    expect(r?.diagnosticCode).toBe("550 5.1.1 no such user");
    expect(r?.remoteMta).toBe("192.0.2.25");
  });

  it("reads CRLF and CR line ends alike", () => {
    const text = "Final-Recipient: rfc822; bob@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n";
    expect(parseDeliveryStatus(text).recipients[0]?.status).toBe("5.1.1");
    expect(parseDeliveryStatus(text.replace(/\r\n/g, "\r")).recipients[0]?.status).toBe("5.1.1");
  });

  it("takes the address from a display name form and from a misspelt type", () => {
    const dsn = parseDeliveryStatus(
      lines(
        'Final-Recipient: rfc822; "Bob Example" <bob@example.com>',
        "Action: failed",
        "",
        "Final-Recipient : rfc/822;carol@example.org",
        "Action: failed",
      ),
    );
    expect(dsn.recipients.map((r) => r.finalRecipient)).toEqual(["bob@example.com", "carol@example.org"]);
  });

  it("finds the enhanced code in a Status field that puts the reply code first", () => {
    const dsn = parseDeliveryStatus(
      lines("Final-Recipient: rfc822; bob@example.com", "Status: 550 5.1.1 User unknown"),
    );
    expect(dsn.recipients[0]?.status).toBe("5.1.1");
  });

  it("uses X-Actual-Recipient when there is no Final-Recipient", () => {
    const dsn = parseDeliveryStatus(
      lines("X-Actual-Recipient: rfc822; bob@example.com", "Action: failed", "Status: 5.1.1"),
    );
    expect(dsn.recipients[0]?.finalRecipient).toBe("bob@example.com");
  });

  it("leaves header fields such as X-Failed-Recipients alone: they are the message's, not the DSN's", () => {
    const dsn = parseDeliveryStatus(
      lines(
        "X-Failed-Recipients: bob@example.com",
        "Subject: Mail delivery failed",
        "Reporting-MTA: dns; mx.example.net",
      ),
    );
    expect(dsn.recipients).toEqual([]);
    expect(dsn.reportingMta).toBe("mx.example.net");
  });

  it("returns no recipients for text without DSN fields", () => {
    expect(parseDeliveryStatus("").recipients).toEqual([]);
    expect(parseDeliveryStatus("Hello,\n\nthis is just a letter: nothing to see.\n").recipients).toEqual([]);
  });
});
