import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const corpus = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("exchange2003 reader", () => {
  it("reads each recipient of 'did not reach the following recipient(s):' with Exchange's reason", async () => {
    const result = await readBounce(corpus("lhost-exchange2003-02.eml"));
    expect(result.format).toBe("exchange2003");
    expect(result.kind).toBe("bounce");
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode, f.permanent])).toEqual([
      ["kijitora@example.co.jp", null, null, true],
      ["mikeneko@example.co.jp", null, null, true],
    ]);
    // The wrapped MTS-ID line is left out; the reason and Exchange's code stay.
    expect(result.failures[0]?.diagnostic).toBe(
      "The recipient name is not recognized MSEXCH:IMS:KIJITORA CAT:EXAMPLE:EXCHANGE 0 (000C05A6) Unknown Recipient",
    );
  });

  it("reads the Internet Mail Connector's 'could not be reached' variant", async () => {
    const [f] = (await readBounce(corpus("lhost-exchange2003-04.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.diagnostic).toBe("Recipient Not Found MSEXCH:IMC:NEKO:KIJITORA:CAT");
    expect(f?.format).toBe("exchange2003");
  });

  it("lower-cases the domain and joins a reason wrapped without indentation", async () => {
    const [f] = (await readBounce(corpus("lhost-exchange2003-07.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@example.org");
    expect(f?.diagnostic).toBe(
      "The recipient name is not recognized MSEXCH:IMS:Kyoto Nyaans:NEKO:Nyaan 2 (000C05A6) Unknown Recipient",
    );
  });

  it("reads the same from the text alone", async () => {
    const raw = await readBounce(corpus("lhost-exchange2003-02.eml"));
    const text = await readBounce((await toMessage(corpus("lhost-exchange2003-02.eml"))).text);
    expect(text.format).toBe("exchange2003");
    expect(text.failures.map((f) => [f.recipient, f.diagnostic, f.permanent])).toEqual(
      raw.failures.map((f) => [f.recipient, f.diagnostic, f.permanent]),
    );
  });
});
