import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** The human-readable text of a fixture alone, as a person would paste it from a webmail page. */
async function textOf(name: string): Promise<string> {
  return (await toMessage(fixture(name))).text;
}

describe("postfix reader", () => {
  it("reads each recipient's paragraph, its wrapped reply and the command it answered", async () => {
    const result = await readBounce(fixture("lhost-postfix-02.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("postfix");
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode, f.command])).toEqual([
      ["filtered@example.co.jp", "5.2.1", "550", "RCPT"],
      ["userunknown@example.co.jp", "5.1.1", "550", "RCPT"],
    ]);
    const [first] = result.failures;
    expect(first?.diagnostic).toBe("550 5.2.1 <filtered@example.co.jp>... User Unknown");
    expect(first?.remoteMta).toBe("mx.example.co.jp");
    expect(first?.reportingMta).toBe("smtp.example.com");
    expect(first?.permanent).toBe(true);
  });

  it("reads the same from the text alone, without headers or DSN part", async () => {
    const result = await readBounce(await textOf("lhost-postfix-02.eml"));
    expect(result.format).toBe("postfix");
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode, f.diagnostic])).toEqual([
      ["filtered@example.co.jp", "5.2.1", "550", "550 5.2.1 <filtered@example.co.jp>... User Unknown"],
      ["userunknown@example.co.jp", "5.1.1", "550", "550 5.1.1 <userunknown@example.co.jp>... User Unknown"],
    ]);
    expect(result.failures.every((f) => f.permanent)).toBe(true);
  });

  it("keeps the address a local delivery failed for, not the alias it was expanded from", async () => {
    const [f] = (await readBounce(fixture("lhost-postfix-01.eml"))).failures;
    expect(f?.recipient).toBe("r@p351355.pool.example.ne.jp");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toContain("user unknown. Command output: procmail");
    expect(f?.permanent).toBe(true);
  });

  it("takes the DSN's recipient when the text names the address before a rewrite", async () => {
    const [f] = (await readBounce(fixture("lhost-postfix-31.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@gmail.com");
    expect(f?.status).toBe("5.1.1");
    expect(f?.diagnostic).toMatch(/^550 5\.1\.1 The email account that you tried to reach does not exist\./);
  });

  it("reads a bounce forwarded as text, with its delivery status fields in the text", async () => {
    const [f] = (await readBounce(fixture("lhost-postfix-49.eml"))).failures;
    expect(f?.recipient).toBe("kijitora-neko-nyaan@ntt.example.ne.jp");
    expect(f?.status).toBe("4.0.0");
    expect(f?.replyCode).toBe("421");
    expect(f?.diagnostic).toBe("421 Service not available, closing transmission channel");
    expect(f?.command).toBe("CONN");
    expect(f?.remoteMta).toBe("mfsmax.example.com");
    expect(f?.permanent).toBe(true);
  });

  it("joins a reply continued on lines that are not indented", async () => {
    const [f] = (await readBounce(await textOf("lhost-postfix-57.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@cr.nyaan.jp");
    expect(f?.status).toBe("5.2.1");
    expect(f?.diagnostic).toBe("550 5.2.1 <kijitora@cr.nyaan.jp>... User Unknown");
    expect(f?.command).toBe("RCPT");
  });

  it("recognises a template a site edited by Postfix's wording or its way of quoting a reply", async () => {
    const edited = [
      "I'm sorry to have to inform you that your message could not",
      "be delivered to one or more recipients. It's attached below.",
      "",
      "If you do so, please include this problem report. You can",
      "delete your own text from the attached returned message.",
      "",
      "<bob@example.jp>: 550 5.1.6 recipient no longer on server: bob@example.jp",
    ].join("\n");
    const gateway = [
      "This is the Email Security Gateway at host smtpd-02.example.org.",
      "",
      "<bob@example.com>: host 192.0.2.2[192.0.2.2] said: 554 Mail from",
      "    alice@example.net rejected for policy reasons. (in reply to MAIL FROM",
      "    command)",
    ].join("\n");
    const [first] = (await readBounce(edited)).failures;
    expect(first?.recipient).toBe("bob@example.jp");
    expect(first?.status).toBe("5.1.6");
    expect(first?.format).toBe("postfix");
    const [second] = (await readBounce(gateway)).failures;
    expect(second?.recipient).toBe("bob@example.com");
    expect(second?.replyCode).toBe("554");
    expect(second?.command).toBe("MAIL");
    expect(second?.remoteMta).toBe("192.0.2.2");
    expect(second?.format).toBe("postfix");
  });

  it("keeps a quoted local part whole", async () => {
    for (const input of [fixture("lhost-postfix-32.eml"), await textOf("lhost-postfix-32.eml")]) {
      const [f] = (await readBounce(input)).failures;
      expect(f?.recipient).toBe('"neko....nyaan...."@libsisimai.org');
      expect(f?.status).toBe("5.1.1");
    }
  });

  it("falls back on the returned message's To when the delivery report is unavailable", async () => {
    const result = await readBounce(fixture("lhost-postfix-64.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("postfix");
    expect(result.failures.map((f) => [f.recipient, f.diagnostic])).toEqual([
      ["xxxx@wanadoo.fr", "Delivery report unavailable"],
    ]);
  });

  it("reads the transcript Postfix's SMTP server mails about a refused session", async () => {
    for (const input of [fixture("lhost-postfix-75.eml"), await textOf("lhost-postfix-75.eml")]) {
      const result = await readBounce(input);
      expect(result.format).toBe("postfix");
      expect(result.kind).toBe("delay");
      const [f] = result.failures;
      expect(f?.recipient).toBe("kijitora@libsisimai.net");
      expect(f?.status).toBe("4.3.0");
      expect(f?.replyCode).toBe("451");
      expect(f?.diagnostic).toBe("451 4.3.0 Error: queue file write error");
      expect(f?.command).toBe("DATA");
      expect(f?.permanent).toBe(false);
    }
  });

  it("reads a delay warning as not permanent, with and without its DSN part", async () => {
    const withDsn = await readBounce(fixture("rfc3464-09.eml"));
    expect(withDsn.kind).toBe("delay");
    expect(withDsn.format).toBe("postfix");
    expect(withDsn.failures[0]?.status).toBe("4.3.0");
    expect(withDsn.failures[0]?.action).toBe("delayed");

    const inlineFields = await readBounce(fixture("rfc3464-34.eml"));
    expect(inlineFields.kind).toBe("delay");
    const [f] = inlineFields.failures;
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.status).toBe("4.4.1");
    expect(f?.diagnostic).toBe("connect to nyaan.example.com[192.0.2.2]:25: No route to host");
    expect(f?.permanent).toBe(false);

    const text = await readBounce((await textOf("rfc3464-09.eml")).split("Reporting-MTA:")[0] as string);
    expect(text.kind).toBe("delay");
    expect(text.failures[0]?.recipient).toBe("kijitora-cat@mx4.gr3.example.jp");
  });

  it("reads a success report as delivered, not as a bounce", async () => {
    const text = [
      "This is the mail system at host mx.example.org.",
      "",
      "Your message was successfully delivered to the destination(s)",
      "listed below. If the message was delivered to mailbox you will",
      "receive no further notifications. Otherwise you may still receive",
      "notifications of mail delivery errors from other systems.",
      "",
      "                   The mail system",
      "",
      "<bob@example.com>: delivery via mx.example.com[192.0.2.1]:25: 250 2.0.0 Ok:",
      "    queued as 4ABC123",
    ].join("\n");
    const result = await readBounce(text);
    expect(result.bounce).toBe(false);
    expect(result.kind).toBe("delivered");
    expect(result.format).toBe("postfix");
  });
});
