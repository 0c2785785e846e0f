import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("automatic replies", () => {
  it.each([
    ["rfc3834-01.eml", "kijitora@example.net", "Away until May 5"],
    ["rfc3834-02.eml", "nekonyaan@example.org", "Automatic reply: Nyaan"],
    ["rfc3834-05.eml", "foo@bar.net", "kitununulinitoquekegu"],
    ["rfc3834-06.eml", "noreply@example.com", "AutoRespons :Nyaan?"],
  ])("reads %s as an auto-reply from its sender", async (name, from, subject) => {
    const result = await readBounce(fixture(name));
    expect(result.kind).toBe("auto-reply");
    expect(result.bounce).toBe(false);
    expect(result.format).toBe("rfc3834");
    expect(result.failures).toEqual([]);
    expect(result.autoReply).toEqual({ from, subject });
  });

  it("keeps a bounce that says Auto-Submitted: auto-replied a bounce", async () => {
    const raw = readFileSync(join(__dirname, "../../fixtures/corpus", "lhost-exim-01.eml"), "latin1");
    expect(raw).toMatch(/^Auto-Submitted: auto-replied/im);
    const result = await readBounce(raw);
    expect(result.kind).toBe("bounce");
    expect(result.autoReply).toBeNull();
    expect(result.failures[0]?.recipient).toBe("kijitora@example.ed.jp");
  });

  it("does not call a mailer daemon's notice an auto-reply, even when no reader knows it", async () => {
    const result = await readBounce(fixture("lhost-x6-01.eml"));
    expect(result.kind).not.toBe("auto-reply");
    expect(result.autoReply).toBeNull();
  });

  it("recognises a pasted out-of-office text", async () => {
    const result = await readBounce(
      "Automatic reply: Quarterly figures\n\nI am out of the office until Monday and will reply when I am back.",
    );
    expect(result.kind).toBe("auto-reply");
    expect(result.bounce).toBe(false);
  });
});
