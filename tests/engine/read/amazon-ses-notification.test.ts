import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("amazon-ses-notification", () => {
  it("reads a bounce notification whose JSON sendmail folded with '!'", async () => {
    const r = await readBounce(fixture("lhost-amazonses-09.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("amazon-ses-notification");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("bounce@simulator.amazonses.com");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.1 user unknown");
    expect(f?.reportingMta).toBe("a27-23.smtp-out.us-west-2.amazonses.com");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("amazon-ses-notification");
  });

  it("reads the notification inside SNS's envelope", async () => {
    const r = await readBounce(fixture("lhost-amazonses-10.eml"));
    expect(r.format).toBe("amazon-ses-notification");
    const f = r.failures[0];
    expect(f?.recipient).toBe("bounce@simulator.amazonses.com");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.permanent).toBe(true);
  });

  it("tells a delivery notification from a bounce", async () => {
    const r = await readBounce(fixture("lhost-amazonses-12.eml"));
    expect(r.kind).toBe("delivered");
    expect(r.bounce).toBe(false);
    expect(r.format).toBe("amazon-ses-notification");
  });

  it("reports a complaint as feedback", async () => {
    const r = await readBounce(fixture("lhost-amazonses-11.eml"));
    expect(r.kind).toBe("feedback");
    expect(r.bounce).toBe(false);
    expect(r.feedback).toEqual({
      type: "abuse",
      recipient: "complaint@simulator.amazonses.com",
      recipients: ["complaint@simulator.amazonses.com"],
      reporter: "Amazon SES Mailbox Simulator",
    });
  });

  it("reads pasted JSON, without mail headers", async () => {
    const json = JSON.stringify({
      notificationType: "Bounce",
      bounce: {
        bounceType: "Transient",
        bounceSubType: "MailboxFull",
        bouncedRecipients: [
          { emailAddress: "kijitora@example.jp", status: "4.2.2", diagnosticCode: "smtp; 452 4.2.2 Mailbox full" },
        ],
      },
      mail: { source: "neko@example.org" },
    });
    const r = await readBounce(json);
    expect(r.format).toBe("amazon-ses-notification");
    expect(r.kind).toBe("delay");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.jp");
    expect(f?.status).toBe("4.2.2");
    expect(f?.replyCode).toBe("452");
    expect(f?.diagnostic).toBe("452 4.2.2 Mailbox full");
    expect(f?.permanent).toBe(false);
  });

  it("says SES's own classification when there is no remote reply", async () => {
    const json =
      '{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bounceSubType":"Suppressed","bouncedRecipients":[{"emailAddress":"gone@example.com"}]}}';
    const r = await readBounce(json);
    const f = r.failures[0];
    expect(f?.recipient).toBe("gone@example.com");
    expect(f?.diagnostic).toBe("Amazon SES bounce: Permanent / Suppressed");
    expect(f?.status).toBeNull();
    expect(f?.permanent).toBe(true);
  });

  it("leaves broken JSON to the other readers", async () => {
    const r = await readBounce('{"notificationType":"Bounce","bounce":{"bouncedRecipients":[');
    expect(r.format).not.toBe("amazon-ses-notification");
  });
});
