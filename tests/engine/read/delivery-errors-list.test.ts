import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("delivery-errors-list", () => {
  it("reads 'address [reason]' lines", async () => {
    const r = await readBounce(fixture("lhost-x1-01.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("delivery-errors-list");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.co.jp");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toBe("User unknown");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("delivery-errors-list");
  });

  it("reads a warning as a delay", async () => {
    const r = await readBounce(fixture("lhost-x1-04.eml"));
    expect(r.kind).toBe("delay");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora-neko@neko.example.go.jp");
    expect(f?.diagnostic).toBe("Connection timed out");
    expect(f?.permanent).toBe(false);
  });

  it("reads the notice from its text alone", async () => {
    const text =
      "---The following addresses had delivery errors---\n\nkijitora@example.org [User unknown]\nneko@example.org [Mailbox full]\n";
    const r = await readBounce(text);
    expect(r.format).toBe("delivery-errors-list");
    expect(r.failures.map((f) => [f.recipient, f.diagnostic])).toEqual([
      ["kijitora@example.org", "User unknown"],
      ["neko@example.org", "Mailbox full"],
    ]);
  });
});
