import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("lotus-notes", () => {
  it("reads the reason and the address between the two dashed lines", async () => {
    const r = await readBounce(fixture("lhost-notes-03.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("lotus-notes");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toBe("User not listed in public Name & Address Book");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("lotus-notes");
  });

  it("decodes a Japanese reason", async () => {
    const r = await readBounce(fixture("lhost-notes-01.eml"));
    expect(r.format).toBe("lotus-notes");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@u1.example.co.jp");
    expect(f?.diagnostic).toBe("エラー(テストメッセージとしての)");
    expect(f?.permanent).toBe(true);
  });

  it("reads the notice from its text alone", async () => {
    const text = [
      "------- Failure Reasons  --------",
      "",
      "User not listed in public Name & Address Book",
      "kijitora@example.com",
      "",
      "------- Returned Message --------",
      "To: kijitora@example.com",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("lotus-notes");
    expect(r.failures.map((f) => [f.recipient, f.diagnostic])).toEqual([
      ["kijitora@example.com", "User not listed in public Name & Address Book"],
    ]);
  });
});
