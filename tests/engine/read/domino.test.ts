import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("domino", () => {
  it("reads the recipient and the reason of a notice without a DSN part", async () => {
    const r = await readBounce(fixture("lhost-domino-01.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("domino");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.jp");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toBe("User some.name (kijitora@example.jp) not listed in Domino Directory");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("domino");
  });

  it("names the recipient as the text does and takes the status from the DSN part", async () => {
    const r = await readBounce(fixture("lhost-domino-03.eml"));
    expect(r.format).toBe("domino");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@neko.example.com");
    expect(f?.status).toBe("5.0.0");
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toContain("Maximum hop count exceeded");
    expect(f?.action).toBe("failed");
    expect(f?.permanent).toBe(true);
  });

  it("reads the notice from its text alone", async () => {
    const text = [
      "Your message",
      "",
      "  Subject: Test Bounce",
      "",
      "was not delivered to:",
      "",
      "  kijitora@example.jp",
      "  neko@example.jp",
      "",
      "because:",
      "",
      "  User some.name (kijitora@example.jp) not listed in Domino Directory",
      "",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("domino");
    expect(r.failures.map((f) => f.recipient)).toEqual(["kijitora@example.jp", "neko@example.jp"]);
    const f = r.failures[0];
    expect(f?.status).toBeNull();
    expect(f?.diagnostic).toContain("not listed in Domino Directory");
    expect(f?.permanent).toBe(true);
  });
});
