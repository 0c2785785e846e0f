import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("fml", () => {
  it("reads a refused post: the list's address in angle brackets", async () => {
    const r = await readBounce(fixture("lhost-fml-02.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("fml");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("neko-nyaan@example.org");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toBe("You are not a member of this mailing list <neko-nyaan@example.org>.");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("fml");
  });

  it("reads a loop alert and stops before the returned mail", async () => {
    const r = await readBounce(fixture("lhost-fml-03.eml"));
    expect(r.format).toBe("fml");
    expect(r.failures.map((f) => [f.recipient, f.diagnostic])).toEqual([
      ["neko@example.co.jp", "Duplicated Message-ID in <neko@example.co.jp>."],
    ]);
  });

  it("reads the notice from its text alone", async () => {
    const r = await readBounce(
      "You are not a member of this mailing list <neko@example.org>.\n\nIf you know the general guide of this list, please send mail.\n",
    );
    expect(r.format).toBe("fml");
    expect(r.failures[0]?.recipient).toBe("neko@example.org");
  });

  it("leaves an ordinary message with an address in brackets alone", async () => {
    const r = await readBounce("Hello <neko@example.org>, see you tomorrow.\n");
    expect(r.format).not.toBe("fml");
  });
});
