import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** The human-readable text of a fixture alone, as a person would paste it from a webmail page. */
async function textOf(name: string): Promise<string> {
  return (await toMessage(fixture(name))).text;
}

describe("gmx reader", () => {
  it("reads GMX's quoted recipient, the command, the host and the reply", async () => {
    const result = await readBounce(fixture("lhost-gmx-01.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("gmx");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe("shironeko@example.jp");
    expect(f?.status).toBe("5.2.2");
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toBe("5.2.2 <shironeko@example.jp>... Mailbox Full");
    expect(f?.command).toBe("RCPT");
    expect(f?.remoteMta).toBe("mx.example.jp");
    expect(f?.permanent).toBe(true);
  });

  it("separates several recipients", async () => {
    const result = await readBounce(fixture("lhost-gmx-03.eml"));
    expect(result.failures.map((f) => [f.recipient, f.status, f.diagnostic])).toEqual([
      ["mikeneko@example.co.jp", "5.2.1", "5.2.1 <mikeneko@example.co.jp>... User Unknown"],
      ["sabineko@example.co.jp", "5.2.2", "5.2.2 <sabineko@example.co.jp>... Mailbox Full"],
    ]);
  });

  it("takes the sentence under 'Reason:' when no server replied", async () => {
    const [f] = (await readBounce(fixture("lhost-gmx-04.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@6jo.example.co.jp");
    expect(f?.diagnostic).toBe("delivery retry timeout exceeded");
    expect(f?.status).toBeNull();
    expect(f?.permanent).toBe(true);
  });

  it("reads 1&1's layouts: 'For the following reason:' and 'host: ... reason: 550 ...' on one line", async () => {
    const tooBig = await readBounce(fixture("lhost-einsundeins-02.eml"));
    expect(tooBig.format).toBe("gmx");
    expect(tooBig.failures[0]?.recipient).toBe("kijitora@example.org");
    expect(tooBig.failures[0]?.diagnostic).toBe(
      "Mail size limit exceeded. For explanation visit http://postmaster.1and1.com/en/error-messages?ip=%1s",
    );

    const [rejected] = (await readBounce(fixture("lhost-einsundeins-03.eml"))).failures;
    expect(rejected?.recipient).toBe("xxxx@xxxx.fr");
    expect(rejected?.status).toBe("5.2.0");
    expect(rejected?.replyCode).toBe("550");
    expect(rejected?.diagnostic).toBe("550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]");
    expect(rejected?.remoteMta).toBe("smtp-in.orange.fr");
    expect(rejected?.command).toBe("DATA");
  });

  it("reads the text alone, without the message's headers", async () => {
    const result = await readBounce(await textOf("lhost-gmx-03.eml"));
    expect(result.format).toBe("gmx");
    expect(result.failures.map((f) => [f.recipient, f.status])).toEqual([
      ["mikeneko@example.co.jp", "5.2.1"],
      ["sabineko@example.co.jp", "5.2.2"],
    ]);
  });
});
