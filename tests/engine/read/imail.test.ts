import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("imail", () => {
  it("reads a 'reason: address' line", async () => {
    const r = await readBounce(fixture("lhost-imailserver-01.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("imail");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toBe("Unknown user: kijitora@example.com");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("imail");
  });

  it("takes the remote reply after 'Body of message generated response:'", async () => {
    const r = await readBounce(fixture("lhost-imailserver-06.eml"));
    expect(r.format).toBe("imail");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.jp");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toMatch(/^550 REJECTED - Blacklisted URL in message/);
    expect(f?.permanent).toBe(true);
  });

  it("reads the notice from its text alone", async () => {
    const r = await readBounce(
      "User mailbox exceeds allowed size: kijitora@example.co.jp\n\n\nOriginal message follows.\n\nTo: kijitora@example.co.jp\n",
    );
    expect(r.format).toBe("imail");
    expect(r.failures.map((f) => [f.recipient, f.diagnostic])).toEqual([
      ["kijitora@example.co.jp", "User mailbox exceeds allowed size: kijitora@example.co.jp"],
    ]);
  });
});
