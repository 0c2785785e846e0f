import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** The human-readable text of a fixture alone, as a person would paste it from a webmail page. */
async function textOf(name: string): Promise<string> {
  return (await toMessage(fixture(name))).text;
}

describe("sendmail reader", () => {
  it("takes the remote reply of the transcript, its host, and RCPT for a pipelined refusal", async () => {
    const result = await readBounce(fixture("lhost-sendmail-01.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("sendmail");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe("userunknown@bouncehammer.jp");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.1 <userunknown@bouncehammer.jp>... User Unknown");
    // Logged after ">>> DATA", but Sendmail's verdict line shows the RCPT was refused.
    expect(f?.command).toBe("RCPT");
    expect(f?.remoteMta).toBe("mx.bouncehammer.jp");
    expect(f?.permanent).toBe(true);
  });

  it("gives each recipient the reply that precedes its own verdict line", async () => {
    const result = await readBounce(fixture("lhost-sendmail-02.eml"));
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([
      ["userunknown@example.org", "5.1.1", "550"],
      ["filtered@example.com", "5.2.1", "550"],
    ]);
    expect(result.failures[1]?.diagnostic).toContain("550 5.2.1 <filtered@example.org>");
  });

  it("ties an address expanded from an alias to the DSN's recipient", async () => {
    const [f] = (await readBounce(fixture("lhost-sendmail-03.eml"))).failures;
    expect(f?.recipient).toBe("bounce0@example.org");
    expect(f?.diagnostic).toContain("<userunknown@example.co.jp>... User Unknown");
    expect(f?.status).toBe("5.1.1");
  });

  it("prefers the remote server's code to Sendmail's 4.4.7 when it gave up", async () => {
    const result = await readBounce(fixture("lhost-sendmail-08.eml"));
    const [f] = result.failures;
    expect(f?.recipient).toBe("neko@example.org");
    expect(f?.status).toBe("4.7.1");
    expect(f?.replyCode).toBe("450");
    expect(f?.command).toBe("MAIL");
    expect(f?.diagnostic).toBe("450 4.7.1 Access denied. IP name lookup failed [192.0.2.222]");
    // Listed under "permanent fatal errors": Sendmail stopped trying.
    expect(f?.permanent).toBe(true);
    expect(result.kind).toBe("bounce");
  });

  it("prefers the remote reply's code to a Status field Sendmail wrote after the refused RCPT", async () => {
    const [f] = (await readBounce(fixture("lhost-sendmail-33.eml"))).failures;
    expect(f?.status).toBe("5.7.1");
    expect(f?.command).toBe("RCPT");
    expect(f?.diagnostic).toBe("550 5.7.1 IP address blacklisted by recipient");
  });

  it("finds the address when the DSN gives only its domain", async () => {
    const [f] = (await readBounce(fixture("lhost-sendmail-15.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@example.org");
    expect(f?.status).toBe("5.1.2");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toContain("Host unknown (Name server: smtp24.example.org: no data known)");
  });

  it("reads a local delivery program's failure with its output", async () => {
    const [f] = (await readBounce(fixture("lhost-sendmail-18.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@example.jp");
    expect(f?.status).toBe("5.3.0");
    expect(f?.replyCode).toBe("554");
    expect(f?.diagnostic).toMatch(/^554 5\.3\.0 unknown mailer error 255 \(DBI connect/);
    expect(f?.diagnostic).toContain("too many clients already");
  });

  it("reads a warning as a delay, not a failure", async () => {
    const result = await readBounce(fixture("lhost-sendmail-29.eml"));
    expect(result.kind).toBe("delay");
    const [f] = result.failures;
    expect(f?.recipient).toBe("this-local-part-does-not-exist-on-the-system@y-mobile.ne.jp");
    expect(f?.status).toBe("4.5.0");
    expect(f?.replyCode).toBe("421");
    expect(f?.permanent).toBe(false);
    expect(f?.diagnostic).toContain("Warning: message still undelivered after 4 hours");
  });

  it("joins a multi-line reply and gives it to every recipient of the refused DATA", async () => {
    const result = await readBounce(fixture("lhost-sendmail-31.eml"));
    expect(result.failures.map((f) => f.recipient)).toEqual(["kijitora@example.net", "sabatora@example.net"]);
    for (const f of result.failures) {
      expect(f.status).toBe("5.7.0");
      expect(f.replyCode).toBe("552");
      expect(f.diagnostic).toMatch(
        /^552 5\.7\.0 This message was blocked .* content and attachment content guidelines/,
      );
    }
  });

  it("keeps the reply to the failed attempt, not the reply to QUIT", async () => {
    const [f] = (await readBounce(fixture("lhost-sendmail-56.eml"))).failures;
    expect(f?.replyCode).toBe("554");
    expect(f?.status).toBe("5.5.0");
    expect(f?.diagnostic).toBe("554 st11p00im-smtpin013.me.com ESMTP not accepting connections");
    // "... while talking to host:" then "<<<" with no ">>>" before it: the greeting refused.
    expect(f?.command).toBe("CONN");
  });

  it("reads a forwarded bounce quoted with '> '", async () => {
    const result = await readBounce(fixture("lhost-sendmail-14.eml"));
    expect(result.format).toBe("sendmail");
    const [f] = result.failures;
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.1 <kijitora@example.com>... User unknown");
    expect(f?.permanent).toBe(true);
  });

  it("reads the text alone, without headers or DSN part", async () => {
    const result = await readBounce(await textOf("lhost-sendmail-33.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("sendmail");
    const [f] = result.failures;
    expect(f?.recipient).toBe("mailboxfull@neko.example.org");
    expect(f?.status).toBe("5.7.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.permanent).toBe(true);
    expect(f?.remoteMta).toBe("inbound-smtp.us-west-2.amazonaws.com");
  });

  it("reads a pasted warning as a delay", async () => {
    const result = await readBounce(await textOf("lhost-sendmail-29.eml"));
    expect(result.kind).toBe("delay");
    expect(result.failures[0]?.recipient).toBe("this-local-part-does-not-exist-on-the-system@y-mobile.ne.jp");
    expect(result.failures[0]?.replyCode).toBe("421");
    expect(result.failures[0]?.permanent).toBe(false);
  });
});
