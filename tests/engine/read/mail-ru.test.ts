import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** The human-readable text of a fixture alone, as a person would paste it from a webmail page. */
async function textOf(name: string): Promise<string> {
  return (await toMessage(fixture(name))).text;
}

// Mail.ru runs Exim: its bounce is Exim's report under a Russian preface, and the Exim reader
// reads it. These cases keep Mail.ru's variants (the preface, the local part alone in the
// Russian list) read right.
describe("Mail.ru bounces", () => {
  it("gives each of several recipients its own reply, host and command", async () => {
    const result = await readBounce(fixture("lhost-mailru-03.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("exim");
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode, f.command])).toEqual([
      ["mikeneko@example.jp", "5.2.2", "550", "RCPT"],
      ["sabineko@example.jp", "5.2.1", "550", "RCPT"],
    ]);
    const [f] = result.failures;
    expect(f?.diagnostic).toBe("550 5.2.2 <mikeneko@example.jp>... Mailbox Full");
    expect(f?.remoteMta).toBe("mx.example.jp");
    expect(f?.permanent).toBe(true);
  });

  it("takes the address from the English list when the Russian one names only the local part", async () => {
    const result = await readBounce(fixture("lhost-mailru-04.eml"));
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]?.recipient).toBe("kijitora@example.jp");
    expect(result.failures[0]?.status).toBe("5.1.1");
  });

  it("joins a reply split over lines and names the stage ('after end of data', 'after MAIL FROM')", async () => {
    const [data] = (await readBounce(fixture("lhost-mailru-07.eml"))).failures;
    expect(data?.recipient).toBe("otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp");
    expect(data?.diagnostic).toBe("550 : User unknown");
    expect(data?.replyCode).toBe("550");
    expect(data?.status).toBeNull();
    expect(data?.command).toBe("DATA");

    const [mail] = (await readBounce(fixture("lhost-mailru-09.eml"))).failures;
    expect(mail?.recipient).toBe("kijitora@example.jp");
    expect(mail?.diagnostic).toBe("501 5.1.8 Sender address rejected");
    expect(mail?.status).toBe("5.1.8");
    expect(mail?.replyCode).toBe("501");
    expect(mail?.command).toBe("MAIL");
  });

  it("keeps Exim's own reason when no server answered", async () => {
    const [f] = (await readBounce(fixture("lhost-mailru-10.eml"))).failures;
    expect(f?.recipient).toBe("neko@sijo.example.jp");
    expect(f?.diagnostic).toBe("retry timeout exceeded");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.permanent).toBe(true);
  });

  it("reads the text alone, without the message's headers", async () => {
    const result = await readBounce(await textOf("lhost-mailru-03.eml"));
    expect(result.format).toBe("exim");
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([
      ["mikeneko@example.jp", "5.2.2", "550"],
      ["sabineko@example.jp", "5.2.1", "550"],
    ]);
  });
});
