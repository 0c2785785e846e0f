import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const corpus = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("gmail-legacy reader", () => {
  it("reads the recipient under 'failed permanently' and the reply the other server returned", async () => {
    const result = await readBounce(corpus("lhost-gmail-01.eml"));
    expect(result.format).toBe("gmail-legacy");
    expect(result.kind).toBe("bounce");
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode, f.diagnostic, f.permanent])).toEqual([
      ["userunknown@example.jp", "5.1.1", "550", "550 5.1.1 <userunknown@example.jp>... User Unknown", true],
    ]);
  });

  it("takes the listed recipient, not the address inside the reply, and drops the doubled code", async () => {
    const [f] = (await readBounce(corpus("lhost-gmail-05.eml"))).failures;
    expect(f?.recipient).toBe("shironeko@example.jp");
    expect(f?.diagnostic).toBe(
      "550 5.7.1 <this-local-part-does-not-exist-on-google-mail@gmail.com>... Access denied (state 13).",
    );
    expect(f?.status).toBe("5.7.1");
  });

  it("reads 'has been delayed' as a delay, with or without technical details", async () => {
    const withDetails = await readBounce(corpus("lhost-gmail-06.eml"));
    expect(withDetails.kind).toBe("delay");
    expect(withDetails.failures.map((f) => [f.recipient, f.status, f.replyCode, f.permanent])).toEqual([
      ["kijitora@example.jp", "4.2.2", "450", false],
    ]);
    const bare = await readBounce(corpus("lhost-gmail-08.eml"));
    expect(bare.kind).toBe("delay");
    expect(bare.failures.map((f) => [f.recipient, f.diagnostic, f.permanent])).toEqual([
      ["kijitora@example.com", "Message will be retried for 2 more day(s)", false],
    ]);
  });

  it("keeps Gmail's own reason when no server replied", async () => {
    const [f] = (await readBounce(corpus("lhost-gmail-19.eml"))).failures;
    expect(f?.recipient).toBe("neko-nyaan@google.example.com");
    expect(f?.diagnostic).toBe("Storage quota exceeded");
    expect(f?.status).toBeNull();
    expect(f?.permanent).toBe(true);
  });

  it("reads the same from the text alone", async () => {
    const text = await readBounce((await toMessage(corpus("lhost-gmail-01.eml"))).text);
    expect(text.format).toBe("gmail-legacy");
    expect(text.failures.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([
      ["userunknown@example.jp", "5.1.1", "550"],
    ]);
  });
});
