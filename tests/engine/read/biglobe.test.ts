import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("biglobe reader", () => {
  it("reads the addresses and the 'Non-delivered information' reason", async () => {
    const result = await readBounce(fixture("lhost-biglobe-01.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("biglobe");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe("postmaster@mxr.biglobe.ne.jp");
    expect(f?.diagnostic).toBe("The number of messages in recipient's mailbox exceeded the local limit.");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.permanent).toBe(true);
  });

  it("reads the text alone, without the message's headers", async () => {
    const text = (await toMessage(fixture("lhost-biglobe-01.eml"))).text;
    const result = await readBounce(text);
    expect(result.format).toBe("biglobe");
    expect(result.failures.map((f) => f.recipient)).toEqual(["postmaster@mxr.biglobe.ne.jp"]);
  });
});
