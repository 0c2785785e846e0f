import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const corpus = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("google-groups reader", () => {
  it("reads the group's address from X-Failed-Recipients and the explanation from the text", async () => {
    const result = await readBounce(corpus("lhost-googlegroups-02.eml"));
    expect(result.format).toBe("google-groups");
    expect(result.kind).toBe("bounce");
    const [f] = result.failures;
    expect(f?.recipient).toBe("libsisimai@googlegroups.com");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.permanent).toBe(true);
    // The greeting names the sender, so it is left out.
    expect(f?.diagnostic).toMatch(
      /^We're writing to let you know that the group you tried to contact \(libsisimai\) may not exist/,
    );
    expect(f?.diagnostic).not.toContain("kijitora@example.jp");
  });

  it("reads the Japanese version the same way", async () => {
    const [f] = (await readBounce(corpus("lhost-googlegroups-01.eml"))).failures;
    expect(f?.recipient).toBe("libsisimai@googlegroups.com");
    expect(f?.diagnostic).toMatch(/^連絡しようとしたグループ（libsisimai）が存在しないか/);
  });

  it("reads the text alone as one failure of an unnamed group", async () => {
    const result = await readBounce((await toMessage(corpus("lhost-googlegroups-02.eml"))).text);
    expect(result.format).toBe("google-groups");
    expect(result.failures.map((f) => [f.recipient, f.permanent])).toEqual([[null, true]]);
  });
});
