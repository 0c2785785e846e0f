import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** The human-readable text of a fixture alone, as a person would paste it from a webmail page. */
async function textOf(name: string): Promise<string> {
  return (await toMessage(fixture(name))).text;
}

describe("dragonfly reader", () => {
  it("reads the recipient, the server and the command it did not like", async () => {
    for (const input of [fixture("lhost-dragonfly-05.eml"), await textOf("lhost-dragonfly-05.eml")]) {
      const result = await readBounce(input);
      expect(result.kind).toBe("bounce");
      expect(result.format).toBe("dragonfly");
      expect(result.failures).toHaveLength(1);
      const [f] = result.failures;
      expect(f?.recipient).toBe("authfailure@libsisimai.net");
      expect(f?.status).toBe("5.7.26");
      expect(f?.replyCode).toBe("550");
      expect(f?.command).toBe("RCPT");
      expect(f?.remoteMta).toBe("mail-inbound.libsisimai.net");
      expect(f?.reportingMta).toBe("df.example.jp");
      expect(f?.diagnostic).toBe(
        "550 5.7.26 <authfailure@libsisimai.net>: Recipient address rejected: Multiple authentication checks failed",
      );
      expect(f?.permanent).toBe(true);
    }
  });

  it("joins a multi-line reply to the final DATA", async () => {
    const [f] = (await readBounce(fixture("lhost-dragonfly-01.eml"))).failures;
    expect(f?.recipient).toBe("pseudo-local-part@google.example.com");
    expect(f?.command).toBe("DATA");
    expect(f?.status).toBe("5.7.26");
    expect(f?.diagnostic).toMatch(/^550 5\.7\.26 Unauthenticated email from example\.jp is not accepted/);
  });

  it("keeps dma's own reason when it gave up without a reply", async () => {
    const [f] = (await readBounce(fixture("lhost-dragonfly-29.eml"))).failures;
    expect(f?.recipient).toBe("expired@libsisimai.net");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toBe("Could not deliver for the last 432000 seconds. Giving up.");
    expect(f?.permanent).toBe(true);
  });
});
