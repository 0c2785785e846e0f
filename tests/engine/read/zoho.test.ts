import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** The human-readable text of a fixture alone, as a person would paste it from a webmail page. */
async function textOf(name: string): Promise<string> {
  return (await toMessage(fixture(name))).text;
}

describe("zoho reader", () => {
  it("reads the recipient, the reply code after ERROR_CODE and the enhanced code of the reply", async () => {
    const result = await readBounce(fixture("lhost-zoho-01.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("zoho");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe("kijitora@example.co.jp");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe(
      "Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <kijitora@example.co.jp>... User Unknown",
    );
    expect(f?.permanent).toBe(true);
  });

  it("gives each recipient line its own reply", async () => {
    const result = await readBounce(fixture("lhost-zoho-02.eml"));
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([
      ["mikeneko@example.co.jp", "5.2.1", "550"],
      ["sabineko@example.co.jp", "5.2.2", "550"],
    ]);
  });

  it("finds no enhanced code where the reply has none", async () => {
    const [f] = (await readBounce(fixture("lhost-zoho-03.eml"))).failures;
    expect(f?.recipient).toBe("shironeko@example.org");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toContain("Requested action not taken: mailbox unavailable");
  });

  it("tells a delay warning (will be retried) from a returned message after the same 421", async () => {
    const delay = await readBounce(fixture("lhost-zoho-04.eml"));
    expect(delay.kind).toBe("delay");
    expect(delay.failures[0]?.recipient).toBe("kijitora@6kaku.example.co.jp");
    expect(delay.failures[0]?.replyCode).toBe("421");
    expect(delay.failures[0]?.diagnostic).toBe("ResponseCode 421, , Host not reachable.");
    expect(delay.failures[0]?.permanent).toBe(false);

    const returned = await readBounce(fixture("lhost-zoho-05.eml"));
    expect(returned.kind).toBe("bounce");
    expect(returned.failures[0]?.recipient).toBe("kijitora@7jo.example.jp");
    expect(returned.failures[0]?.replyCode).toBe("421");
    expect(returned.failures[0]?.permanent).toBe(true);
  });

  it("reads the text alone, without the message's headers", async () => {
    const result = await readBounce(await textOf("lhost-zoho-02.eml"));
    expect(result.format).toBe("zoho");
    expect(result.failures.map((f) => f.recipient)).toEqual(["mikeneko@example.co.jp", "sabineko@example.co.jp"]);
  });
});
