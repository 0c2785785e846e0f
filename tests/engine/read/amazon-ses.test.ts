import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("amazon-ses", () => {
  it("takes the remote reply's codes from inside SES's own classification", async () => {
    const r = await readBounce(fixture("lhost-amazonses-01.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("amazon-ses");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("shironeko@example.co.jp");
    expect(f?.status).toBe("5.7.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toContain("5.1.0 - Unknown address error 550-'5.7.1");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("amazon-ses");
  });

  it("reads the last reply of an expired message, and SES has given up", async () => {
    const r = await readBounce(fixture("lhost-amazonses-17.eml"));
    expect(r.format).toBe("amazon-ses");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.status).toBe("4.4.2");
    expect(f?.replyCode).toBe("421");
    expect(f?.diagnostic).toContain("Message expired");
    expect(f?.action).toBe("failed");
    expect(f?.permanent).toBe(true);
    expect(r.kind).toBe("bounce");
  });

  it("reads Amazon WorkMail's DSN fields written in the text", async () => {
    const r = await readBounce(fixture("lhost-amazonworkmail-01.eml"));
    expect(r.format).toBe("amazon-ses");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.jp");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.1 <kijitora@example.jp>... User Unknown");
    expect(f?.permanent).toBe(true);
  });

  it("reads the old layout from its text alone", async () => {
    const text = [
      "The following message to <shironeko@example.co.jp> was undeliverable.",
      "The reason for the problem:",
      "5.1.0 - Unknown address error 550-'5.2.2 <shironeko@example.co.jp>... Mailbox Full'",
      "",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("amazon-ses");
    const f = r.failures[0];
    expect(f?.recipient).toBe("shironeko@example.co.jp");
    expect(f?.status).toBe("5.2.2");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toContain("Mailbox Full");
    expect(f?.permanent).toBe(true);
  });

  it("reads the current layout from its text alone, with the report's fields shown", async () => {
    const text = [
      "An error occurred while trying to deliver the mail to the following recipients:",
      "kijitora@example.com",
      "",
      "Reporting-MTA: dsn; a27-33.smtp-out.us-west-2.amazonses.com",
      "",
      "Action: failed",
      "Final-Recipient: rfc822; kijitora@example.com",
      "Diagnostic-Code: smtp; 550 5.1.1 user unknown",
      "Status: 5.1.1",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("amazon-ses");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.action).toBe("failed");
    expect(f?.permanent).toBe(true);
  });

  it("lists the recipients of the notification text when no fields follow", async () => {
    const r = await readBounce(
      "An error occurred while trying to deliver the mail to the following recipients:\nkijitora@example.com\nneko@example.org\n",
    );
    expect(r.format).toBe("amazon-ses");
    expect(r.failures.map((f) => f.recipient)).toEqual(["kijitora@example.com", "neko@example.org"]);
    expect(r.failures[0]?.status).toBeNull();
  });
});
