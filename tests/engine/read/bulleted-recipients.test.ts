import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("bulleted-recipients", () => {
  it("reads the bulleted recipient and the SMTP reason", async () => {
    const r = await readBounce(fixture("lhost-x3-01.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("bulleted-recipients");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.status).toBe("5.3.0");
    expect(f?.replyCode).toBe("553");
    expect(f?.diagnostic).toBe("SMTP:RCPT host 192.0.2.8: 553 5.3.0 <kijitora@example.com>... No such user here");
    expect(f?.command).toBe("RCPT");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("bulleted-recipients");
  });

  it("trusts the reply over a DSN Status that contradicts it", async () => {
    const r = await readBounce(fixture("lhost-x3-06.eml"));
    expect(r.format).toBe("bulleted-recipients");
    const f = r.failures[0];
    expect(f?.recipient).toBe("xxxx@xxxx.net");
    expect(f?.status).toBe("5.2.2");
    expect(f?.replyCode).toBe("552");
    expect(f?.diagnostic).toBe("552 5.2.2 Over quota");
    expect(f?.permanent).toBe(true);
  });

  it("reads the notice from its text alone", async () => {
    const text = [
      "=========================================================",
      "",
      "Delevery to the following recipients was aborted after 5.0 hour(s):",
      "",
      "  * kijitora@example.co.jp",
      "",
      "=========================================================",
      "",
      "Routing: Could not find a gateway for kijitora@example.co.jp",
      "",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("bulleted-recipients");
    expect(r.failures.map((f) => [f.recipient, f.diagnostic])).toEqual([
      ["kijitora@example.co.jp", "Could not find a gateway for kijitora@example.co.jp"],
    ]);
  });
});
