import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** The human-readable text of a fixture alone, as a person would paste it from a webmail page. */
async function textOf(name: string): Promise<string> {
  return (await toMessage(fixture(name))).text;
}

describe("courier reader", () => {
  it("reads the recipient, the server and the '<<<' reply to the '>>>' command", async () => {
    for (const input of [fixture("lhost-courier-01.eml"), await textOf("lhost-courier-01.eml")]) {
      const result = await readBounce(input);
      expect(result.kind).toBe("bounce");
      expect(result.format).toBe("courier");
      const [f] = result.failures;
      expect(f?.recipient).toBe("kijitora@example.co.jp");
      expect(f?.status).toBe("5.1.1");
      expect(f?.replyCode).toBe("550");
      expect(f?.command).toBe("RCPT");
      expect(f?.remoteMta).toBe("mx.example.co.jp");
      expect(f?.diagnostic).toBe("550 5.1.1 <kijitora@example.co.jp>... User Unknown");
      expect(f?.permanent).toBe(true);
    }
  });

  it("keeps Courier's own reason; the status comes from the DSN part when there is one", async () => {
    const [raw] = (await readBounce(fixture("lhost-courier-04.eml"))).failures;
    expect(raw?.recipient).toBe("kijitora@example.cat");
    expect(raw?.diagnostic).toBe("No such domain.");
    expect(raw?.status).toBe("5.0.0");
    expect(raw?.replyCode).toBeNull();

    const [text] = (await readBounce(await textOf("lhost-courier-04.eml"))).failures;
    expect(text?.recipient).toBe("kijitora@example.cat");
    expect(text?.status).toBeNull();
    expect(text?.permanent).toBe(true);
  });

  it("reads a delay notice as not permanent", async () => {
    const text = [
      "This is a delivery status notification from mx.example.org,",
      "running the Courier mail server, version 1.1.",
      "",
      "                        DELAYS IN DELIVERING YOUR MESSAGE",
      "",
      "This is an automatic notice that there have been delays in delivering your",
      "message to the following recipients:",
      "",
      "<bob@example.com>:",
      "    mx.example.com [192.0.2.1]:",
      ">>> RCPT TO:<bob@example.com>",
      "<<< 451 4.3.0 Temporary lookup failure",
    ].join("\n");
    const result = await readBounce(text);
    expect(result.kind).toBe("delay");
    expect(result.format).toBe("courier");
    const [f] = result.failures;
    expect(f?.status).toBe("4.3.0");
    expect(f?.command).toBe("RCPT");
    expect(f?.permanent).toBe(false);
  });
});
