import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("kddi reader", () => {
  it("reads the address and the indented reason after 'Could not be delivered to:'", async () => {
    const result = await readBounce(fixture("lhost-kddi-02.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("kddi");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe("kijitora@00000000000000.dion.ne.jp");
    expect(f?.diagnostic).toBe("As their mailbox is full.");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.permanent).toBe(true);
  });

  it("reads the notice under a Japanese preface, and the text alone", async () => {
    const [f] = (await readBounce(fixture("lhost-kddi-01.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@x0000000000000.dion.ne.jp");
    expect(f?.diagnostic).toBe("As their mailbox is full.");

    const text = (await toMessage(fixture("lhost-kddi-01.eml"))).text;
    const alone = await readBounce(text);
    expect(alone.format).toBe("kddi");
    expect(alone.failures.map((x) => x.recipient)).toEqual(["kijitora@x0000000000000.dion.ne.jp"]);
  });
});
