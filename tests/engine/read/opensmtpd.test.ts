import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** The human-readable text of a fixture alone, as a person would paste it from a webmail page. */
async function textOf(name: string): Promise<string> {
  return (await toMessage(fixture(name))).text;
}

describe("opensmtpd reader", () => {
  it("reads one line per recipient", async () => {
    const result = await readBounce(fixture("lhost-opensmtpd-02.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("opensmtpd");
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode, f.diagnostic, f.permanent])).toEqual([
      ["mailboxfull@example.jp", "5.2.2", "550", "550 5.2.2 <mailboxfull@example.jp>... Mailbox Full", true],
      ["userunknown@example.jp", "5.1.1", "550", "550 5.1.1 <userunknown@example.jp>... User Unknown", true],
    ]);
  });

  it("prefers the reply's code to the DSN part's unspecific one", async () => {
    const [f] = (await readBounce(fixture("lhost-opensmtpd-11.eml"))).failures;
    expect(f?.recipient).toBe("authfailure@libsisimai.net");
    expect(f?.status).toBe("5.7.26");
    expect(f?.replyCode).toBe("550");
  });

  it("reads a delay warning as not permanent, from the message and from its text", async () => {
    for (const input of [fixture("lhost-opensmtpd-13.eml"), await textOf("lhost-opensmtpd-13.eml")]) {
      const result = await readBounce(input);
      expect(result.kind).toBe("delay");
      expect(result.format).toBe("opensmtpd");
      const [f] = result.failures;
      expect(f?.recipient).toBe("pseudo-local-part-of-yahoo-inc@yahoo.com");
      expect(f?.status).toBe("4.7.0");
      expect(f?.replyCode).toBe("421");
      expect(f?.permanent).toBe(false);
    }
    const [network] = (await readBounce(await textOf("lhost-opensmtpd-04.eml"))).failures;
    expect(network?.diagnostic).toBe("Network error on destination MXs");
    expect(network?.status).toBeNull();
    expect(network?.permanent).toBe(false);
  });

  it("reads a success notice as delivered", async () => {
    const text = [
      "    Hi!",
      "",
      "    This is the MAILER-DAEMON, please DO NOT REPLY to this email.",
      "",
      "    Your message was successfully delivered to these recipients.",
      "",
      "bob@example.com: 250 2.0.0 Ok",
      "",
      "    Below is a copy of the original message:",
    ].join("\n");
    const result = await readBounce(text);
    expect(result.kind).toBe("delivered");
    expect(result.bounce).toBe(false);
    expect(result.format).toBe("opensmtpd");
  });
});
