import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** The human-readable text of a fixture alone, as a person would paste it from a webmail page. */
async function textOf(name: string): Promise<string> {
  return (await toMessage(fixture(name))).text;
}

describe("ezweb reader", () => {
  it("reads the Recipient / >>> / <<< transcript", async () => {
    const result = await readBounce(fixture("lhost-ezweb-04.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("ezweb");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe("this-local-part-does-not-exist-on-the-server@ezweb.ne.jp");
    expect(f?.diagnostic).toBe("550 <this-local-part-does-not-exist-on-the-server@ezweb.ne.jp>: User unknown");
    expect(f?.replyCode).toBe("550");
    expect(f?.status).toBeNull();
    expect(f?.command).toBe("RCPT");
    expect(f?.permanent).toBe(true);
  });

  it("takes the refused MAIL FROM's reply code, not digits of the address", async () => {
    const [f] = (await readBounce(fixture("lhost-ezweb-08.eml"))).failures;
    expect(f?.recipient).toBe("kijitora-neko-nyaan-22222-cats@hotmail.com");
    expect(f?.replyCode).toBe("550");
    expect(f?.command).toBe("MAIL");
    expect(f?.diagnostic).toMatch(/^550 SC-004 \(COL0-MC1-F1\) Unfortunately, messages from 111\.86\.156\.22/);
  });

  it("pairs the reply after the address with the DSN part's Status, after au's sentence on the account", async () => {
    const [f] = (await readBounce(fixture("lhost-ezweb-02.eml"))).failures;
    expect(f?.recipient).toBe("this-local-part-does-not-exist-on-the-server@ezweb.ne.jp");
    // The bare "user unknown" does not tell a disabled account from a missing one; au's sentence does.
    expect(f?.diagnostic).toBe("The user(s) account is disabled. 550 user unknown (in reply to RCPT TO command)");
    expect(f?.status).toBe("5.0.0");
    expect(f?.replyCode).toBe("550");
    expect(f?.command).toBe("RCPT");
  });

  it("gives a recipient listed alone the English sentence, before or after the list", async () => {
    const [before] = (await readBounce(fixture("lhost-ezweb-03.eml"))).failures;
    expect(before?.recipient).toBe("this-local-part-does-not-exist-on-the-site@ezweb.ne.jp");
    expect(before?.diagnostic).toBe("The user(s) account is disabled.");
    expect(before?.status).toBeNull();
    expect(before?.replyCode).toBeNull();

    const [after] = (await readBounce(fixture("lhost-ezweb-01.eml"))).failures;
    expect(after?.recipient).toBe("this-message-rejected-by-the-domain-filter@ezweb.ne.jp");
    expect(after?.diagnostic).toBe("Each of the following recipients was rejected by a remote mail server.");

    const [expired] = (await readBounce(fixture("lhost-ezweb-05.eml"))).failures;
    expect(expired?.diagnostic).toBe(
      "Your message was not delivered within 0 days and 1 hours. Remote host is not responding.",
    );
    expect(expired?.permanent).toBe(true);
  });

  it("reads the text alone, without the message's headers", async () => {
    const result = await readBounce(await textOf("lhost-ezweb-04.eml"));
    expect(result.format).toBe("ezweb");
    expect(result.failures.map((f) => [f.recipient, f.replyCode])).toEqual([
      ["this-local-part-does-not-exist-on-the-server@ezweb.ne.jp", "550"],
    ]);
  });

  it("knows the notice by its Japanese preface alone (EUC-JP bytes under an ISO-2022-JP label)", async () => {
    const text = await textOf("lhost-ezweb-05.eml");
    expect(text).toContain("次のあて先へのメッセージはエラーのため送信できませんでした。");
    const result = await readBounce(text);
    expect(result.format).toBe("ezweb");
    expect(result.failures.map((f) => f.recipient)).toEqual([
      "this-local-part-does-not-exist-on-the-server@ezweb.ne.jp",
    ]);
  });
});
