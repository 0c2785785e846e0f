import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("verizon-mms", () => {
  it("reads the error and the original message's recipient", async () => {
    const r = await readBounce(fixture("lhost-verizon-01.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("verizon-mms");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("0000000000@vzwpix.com");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toBe("No valid recipients for this MM");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("verizon-mms");
  });

  it("reads the notice from its text alone", async () => {
    const text = [
      "Message could not be delivered to mobile.",
      "Error: No valid recipients for this MM",
      "",
      "Original Message:",
      "From: Neko <neko@example.jp>",
      "To: 5551234567@vzwpix.com",
      "Subject: test",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("verizon-mms");
    expect(r.failures.map((f) => [f.recipient, f.diagnostic])).toEqual([
      ["5551234567@vzwpix.com", "No valid recipients for this MM"],
    ]);
  });
});
