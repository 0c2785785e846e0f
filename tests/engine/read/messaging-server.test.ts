import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("messaging-server", () => {
  it("names the recipient as sent when the server rewrote it into a route", async () => {
    const r = await readBounce(fixture("lhost-messagingserver-02.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("messaging-server");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.net");
    expect(f?.status).toBe("5.2.0");
    expect(f?.replyCode).toBe("522");
    expect(f?.diagnostic).toBe("522 5.2.0 Delivery failed: Over quota");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("messaging-server");
  });

  it("reads every recipient of a PMDF report whose MIME parts are broken", async () => {
    const r = await readBounce(fixture("lhost-messagingserver-03.eml"));
    expect(r.format).toBe("messaging-server");
    expect(r.failures.map((f) => f.recipient)).toEqual(["sabineko@example.org", "mikeneko@example.org"]);
    for (const f of r.failures) {
      expect(f.status).toBe("5.7.1");
      expect(f.replyCode).toBe("550");
      expect(f.diagnostic).toContain("User Unknown");
      expect(f.permanent).toBe(true);
    }
  });

  it("reads a delay notice as a delay", async () => {
    const r = await readBounce(fixture("lhost-messagingserver-07.eml"));
    expect(r.kind).toBe("delay");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@2jo.example.jp");
    expect(f?.status).toBe("4.4.7");
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toBe("unable to deliver this message after 1 day");
    expect(f?.permanent).toBe(false);
  });

  it("reads the report from its text alone", async () => {
    const text = [
      "This report relates to a message you sent with the following header fields:",
      "",
      "  Message-id: <0000@me.example.com>",
      "  To: kijitora@example.jp",
      "",
      "Your message cannot be delivered to the following recipients:",
      "",
      "  Recipient address: kijitora@example.jp",
      "  Reason: Remote SMTP server has rejected address",
      "  Diagnostic code: smtp;550 5.1.1 <kijitora@example.jp>... User Unknown",
      "  Remote system: dns;mx.example.jp (TCP|192.0.2.1|47323|192.0.2.225|25) (6jo.example.jp ESMTP)",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("messaging-server");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.jp");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.1 <kijitora@example.jp>... User Unknown");
    expect(f?.remoteMta).toBe("mx.example.jp");
    expect(f?.permanent).toBe(true);
  });
});
