import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("mailmarshal", () => {
  it("reads the reply, the affected recipients and the remote server", async () => {
    const r = await readBounce(fixture("lhost-mailmarshal-02.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("mailmarshal");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@nyaan.example.com");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.1 User unknown");
    expect(f?.remoteMta).toBe("203.0.113.2");
    expect(f?.reportingMta).toBe("rr1.example.com");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("mailmarshal");
  });

  it("reads the notice from its text alone", async () => {
    const text = [
      "Your message:",
      "   From:    sironeko@example.com",
      "",
      "Could not be delivered because of",
      "",
      "550 5.2.2 Mailbox full",
      "",
      "The following recipients were affected: ",
      "    kijitora@example.com",
      "    neko@example.com",
      "",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("mailmarshal");
    expect(r.failures.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([
      ["kijitora@example.com", "5.2.2", "550"],
      ["neko@example.com", "5.2.2", "550"],
    ]);
  });
});
