import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** The human-readable text of a fixture alone, as a person would paste it from a webmail page. */
async function textOf(name: string): Promise<string> {
  return (await toMessage(fixture(name))).text;
}

describe("qmail reader", () => {
  it("reads each recipient and the reply after 'Remote host said:'", async () => {
    const result = await readBounce(fixture("lhost-qmail-02.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("qmail");
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode, f.command, f.remoteMta])).toEqual([
      ["userunknown@example.jp", "5.1.1", "550", "RCPT", "192.0.2.153"],
      ["filtered@example.jp", "5.2.1", "550", "RCPT", "192.0.2.153"],
    ]);
    expect(result.failures[0]?.diagnostic).toBe("550 5.1.1 <userunknown@example.jp>... User Unknown");
    expect(result.failures[0]?.reportingMta).toBe("vagrant-centos65.vagrantup.com");
    expect(result.failures.every((f) => f.permanent)).toBe(true);
  });

  it("reads the same from the text alone", async () => {
    const result = await readBounce(await textOf("lhost-qmail-02.eml"));
    expect(result.format).toBe("qmail");
    expect(result.failures.map((f) => [f.recipient, f.status, f.diagnostic])).toEqual([
      ["userunknown@example.jp", "5.1.1", "550 5.1.1 <userunknown@example.jp>... User Unknown"],
      ["filtered@example.jp", "5.2.1", "550 5.2.1 <filtered@example.jp>... User Unknown"],
    ]);
  });

  it("takes qmail's own '(#5.x.x)' code when the reason has no other", async () => {
    const [noHost] = (await readBounce(await textOf("lhost-qmail-13.eml"))).failures;
    expect(noHost?.recipient).toBe("nekochan@cx.libsisimai.com");
    expect(noHost?.status).toBe("5.1.2");
    expect(noHost?.replyCode).toBeNull();
    expect(noHost?.diagnostic).toBe("Sorry, I couldn't find any host named cx.libsisimai.com. (#5.1.2)");

    const [progress] = (await readBounce(fixture("lhost-qmail-01.eml"))).failures;
    expect(progress?.status).toBe("5.5.0");
    expect(progress?.replyCode).toBe("550");
    expect(progress?.command).toBe("RCPT");
    expect(progress?.remoteMta).toBe("192.0.2.32");
  });

  it("drops the sentence about giving up; the failure stays permanent", async () => {
    const [f] = (await readBounce(fixture("lhost-qmail-05.eml"))).failures;
    expect(f?.status).toBe("4.4.3");
    expect(f?.diagnostic).toBe("Unable to contact LDAP server. (#4.4.3)");
    expect(f?.permanent).toBe(true);
  });

  it("names the SMTP stage qmail-remote describes", async () => {
    const [helo] = (await readBounce(fixture("lhost-qmail-04.eml"))).failures;
    expect(helo?.command).toBe("HELO");
    expect(helo?.replyCode).toBe("501");
    expect(helo?.status).toBe("5.0.0");

    const [data] = (await readBounce(fixture("lhost-qmail-14.eml"))).failures;
    expect(data?.command).toBe("DATA");
    expect(data?.remoteMta).toBe("74.125.204.27");
    expect(data?.status).toBe("5.7.26");
    expect(data?.diagnostic).toMatch(/^550 5\.7\.26 Unauthenticated email from example\.jp is not accepted/);
    expect(data?.diagnostic).not.toContain("550-5.7.26");
  });

  it("reads the variant that repeats the envelope before the server's address", async () => {
    const [f] = (await readBounce(fixture("lhost-qmail-20.eml"))).failures;
    expect(f?.recipient).toBe("pseudo-local-part-of-each-esp@gmail.com");
    expect(f?.remoteMta).toBe("74.125.203.26");
    expect(f?.status).toBe("5.7.26");
    expect(f?.replyCode).toBe("550");
  });
});
