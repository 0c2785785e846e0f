import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("qmail-style", () => {
  it("reads one block per recipient", async () => {
    const r = await readBounce(fixture("lhost-x2-02.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("qmail-style");
    expect(r.failures.map((f) => f.recipient)).toEqual([
      "kijitora@example.com",
      "mikeneko@example.com",
      "sabineko@example.com",
    ]);
    const f = r.failures[1];
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toBe(
      "Sorry your message to mikeneko@example.com cannot be delivered. This account has been disabled or discontinued [#102].",
    );
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("qmail-style");
  });

  it("takes the enhanced code of a reason and knows the server gave up", async () => {
    const r = await readBounce(fixture("lhost-x2-05.eml"));
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@y.example.com");
    expect(f?.status).toBe("4.1.9");
    expect(f?.diagnostic).toContain("I'm not going to try again");
    expect(f?.permanent).toBe(true);
    expect(r.kind).toBe("bounce");
  });

  it("reads the vpopmail-style wording", async () => {
    const r = await readBounce(fixture("lhost-x4-01.eml"));
    expect(r.format).toBe("qmail-style");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.diagnostic).toContain("the user's mailfolder is full");
    expect(f?.permanent).toBe(true);
  });

  it("reads the notice from its text alone", async () => {
    const text = [
      "Unable to deliver message to the following address(es).",
      "",
      "<kijitora@example.jp>:",
      "Sorry, your message to kijitora@example.jp cannot be delivered.  This account is over quota.",
      "",
      "--- Original message follows.",
      "To: <kijitora@example.jp>",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("qmail-style");
    expect(r.failures.map((f) => f.recipient)).toEqual(["kijitora@example.jp"]);
  });
});
