import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("failed-recipient-prose reader", () => {
  it.each([
    ["rfc3464-37.eml", "kijitora@neko.nyaan.example.com", "kijitora@neko.nyaan.example.com ... unknown host"],
    [
      "rfc3464-38.eml",
      "kijitora-nyaan@example.jp",
      "User's mailbox is full: <kijitora-nyaan@example.jp> Unable to deliver mail.",
    ],
    [
      "rfc3464-39.eml",
      "kijitora@nyaan.example.net",
      "Did not reach the following recipient: kijitora@nyaan.example.net",
    ],
  ])("reads the address %s names in a sentence", async (name, recipient, diagnostic) => {
    const result = await readBounce(fixture(name));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("failed-recipient-prose");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe(recipient);
    expect(f?.diagnostic).toBe(diagnostic);
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.permanent).toBe(true);
  });

  it("does not take the returned message's addresses", async () => {
    const result = await readBounce(fixture("rfc3464-37.eml"));
    expect(result.failures.map((f) => f.recipient)).toEqual(["kijitora@neko.nyaan.example.com"]);
  });

  it("reads the same notice pasted as text", async () => {
    const text = (await toMessage(fixture("rfc3464-38.eml"))).text;
    const result = await readBounce(text);
    expect(result.format).toBe("failed-recipient-prose");
    expect(result.failures[0]?.recipient).toBe("kijitora-nyaan@example.jp");
  });

  it("leaves a letter that merely mentions a full mailbox alone", async () => {
    const result = await readBounce("Hi Ann,\n\nmy mailbox is full: please send the photos tomorrow.\n\nBob");
    expect(result.bounce).toBe(false);
  });
});

describe("failed-recipient-prose reader on letters", () => {
  it("needs the wording of a delivery notice, not just a phrase and an address", async () => {
    const result = await readBounce("Hi Ann,\n\nmy mailbox is full:\nplease write to bob@example.com instead.\n\nBob");
    expect(result.bounce).toBe(false);
    expect(result.failures).toEqual([]);
  });
});
