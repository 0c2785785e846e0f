import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("rfc3464 reader", () => {
  it("reads the recipient, status and remote reply from the DSN part", async () => {
    const result = await readBounce(fixture("rfc3464-01.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("rfc3464");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe("userunknown@bouncehammer.jp");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.1 <userunknown@bouncehammer.jp>... User Unknown");
    expect(f?.remoteMta).toBe("mx.bouncehammer.jp");
    expect(f?.reportingMta).toBe("smtpgw.example.jp");
    expect(f?.action).toBe("failed");
    expect(f?.permanent).toBe(true);
  });

  it("reads a delay notice as a delay", async () => {
    const result = await readBounce(fixture("rfc3464-07.eml"));
    expect(result.kind).toBe("delay");
    expect(result.format).toBe("rfc3464");
    const [f] = result.failures;
    expect(f?.recipient).toBe("kijitora@example.net");
    expect(f?.status).toBe("4.4.0");
    expect(f?.replyCode).toBeNull();
    expect(f?.action).toBe("delayed");
    expect(f?.permanent).toBe(false);
  });

  it("takes the reply code from the Diagnostic-Code and keeps the Status field", async () => {
    const [f] = (await readBounce(fixture("rfc3464-29.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.status).toBe("5.5.0");
    expect(f?.replyCode).toBe("503");
    expect(f?.diagnostic).toBe("503 Improper sequence of commands");
  });
});

describe("rfc3464 reader on verification reports", () => {
  it("reads 'Action: deliverable' as a positive answer, not a failure", async () => {
    const raw = [
      "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
      "Subject: Mail Delivery Status Report",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      "",
      "--B",
      "Content-Type: text/plain",
      "",
      "Enclosed is the mail delivery report that you requested.",
      "--B",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.net",
      "",
      "Final-Recipient: rfc822; bob@example.com",
      "Action: deliverable",
      "Status: 2.1.5",
      "Diagnostic-Code: smtp; 250 2.1.5 Ok",
      "--B--",
      "",
    ].join("\r\n");
    const result = await readBounce(raw);
    expect(result.kind).toBe("delivered");
    expect(result.bounce).toBe(false);
    expect(result.format).toBe("rfc3464");
  });
});
