import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("apache-james", () => {
  it("reads the RCPT TO of the message details, with the reply given above them", async () => {
    const r = await readBounce(fixture("lhost-apachejames-01.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("apache-james");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    // Written with twelve zeros; Sisimai's reference drops the first character.
    expect(f?.recipient).toBe("000000000000@vtext.example.com");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 - Requested action not taken: no such user here");
    expect(f?.command).toBe("RCPT");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("apache-james");
  });

  it("reads Verizon's vtext.com notices, which James writes", async () => {
    const r = await readBounce(fixture("lhost-verizon-02.eml"));
    expect(r.format).toBe("apache-james");
    const f = r.failures[0];
    expect(f?.recipient).toBe("may-be-straycat-nyaaaaaan@vtext.com");
    expect(f?.replyCode).toBe("550");
    expect(f?.permanent).toBe(true);
  });

  it("reads the notice from its text alone", async () => {
    const text = [
      "Error: Invalid user address",
      "",
      "Error message below:",
      "550 - Requested action not taken: no such user here",
      "",
      "Message details:",
      "  Subject: Test message",
      "  MAIL FROM: kijitora@example.com",
      "  RCPT TO: 5551234567@vtext.example.com",
      "",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("apache-james");
    expect(r.failures[0]?.recipient).toBe("5551234567@vtext.example.com");
    expect(r.failures[0]?.replyCode).toBe("550");
  });
});
