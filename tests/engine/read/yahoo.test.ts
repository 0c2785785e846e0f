import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** The human-readable text of a fixture alone, as a person would paste it from a webmail page. */
async function textOf(name: string): Promise<string> {
  return (await toMessage(fixture(name))).text;
}

describe("yahoo reader", () => {
  it("reads the recipient, the remote reply and the stage Yahoo names in brackets", async () => {
    const result = await readBounce(fixture("lhost-yahoo-01.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("yahoo");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe("kijitora@example.org");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.1 <kijitora@example.org>... User Unknown");
    expect(f?.command).toBe("RCPT");
    expect(f?.permanent).toBe(true);
  });

  it("joins a reply written under 'Remote host said:' on lines of its own", async () => {
    const [f] = (await readBounce(fixture("lhost-yahoo-03.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@example.jp");
    expect(f?.diagnostic).toBe("550 5.1.1 <kijitora@example.jp>... User Unknown");
    expect(f?.command).toBe("RCPT");
  });

  it("takes the reply code glued to a colon ('550: 5.2.2 ...', '550: : User unknown')", async () => {
    const [full] = (await readBounce(fixture("lhost-yahoo-08.eml"))).failures;
    expect(full?.recipient).toBe("mailboxfull@libsisimai.org");
    expect(full?.status).toBe("5.2.2");
    expect(full?.replyCode).toBe("550");
    expect(full?.diagnostic).toBe("550: 5.2.2 <mailboxfull@libsisimai.org>... Mailbox Full");

    const [bare] = (await readBounce(fixture("lhost-yahoo-06.eml"))).failures;
    expect(bare?.recipient).toBe("otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp");
    expect(bare?.status).toBeNull();
    expect(bare?.replyCode).toBe("550");
    expect(bare?.diagnostic).toBe("550: : User unknown");
    expect(bare?.permanent).toBe(true);
  });

  it("keeps Yahoo's own reason when no server replied, and the MAIL stage of a refused sender", async () => {
    const [noMx] = (await readBounce(fixture("lhost-yahoo-09.eml"))).failures;
    expect(noMx?.recipient).toBe("neko@libsisimai.org");
    expect(noMx?.diagnostic).toBe("No mx record found for domain=libsisimai.org");
    expect(noMx?.status).toBeNull();
    expect(noMx?.replyCode).toBeNull();
    expect(noMx?.permanent).toBe(true);

    const [sender] = (await readBounce(fixture("lhost-yahoo-11.eml"))).failures;
    expect(sender?.status).toBe("5.1.8");
    expect(sender?.replyCode).toBe("501");
    expect(sender?.command).toBe("MAIL");
    expect(sender?.diagnostic).toBe("501 5.1.8 Sender address rejected");
  });

  it("reads the text alone, without the message's headers", async () => {
    const result = await readBounce(await textOf("lhost-yahoo-08.eml"));
    expect(result.format).toBe("yahoo");
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([
      ["mailboxfull@libsisimai.org", "5.2.2", "550"],
    ]);
  });
});
