import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("messagelabs reader", () => {
  it("reads one recipient with its multi-line reason and the DSN's Status written before the address", async () => {
    const result = await readBounce(fixture("rhost-messagelabs-01.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("messagelabs");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe("kijitora@example.messagelabs.com");
    expect(f?.status).toBe("5.0.0");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe(
      "550 Please turn on SMTP Authentication in your mail client. mail0.bemta0.messagelabs.com [198.51.100.21]:22222 is not permitted to relay through this server without authentication.",
    );
    expect(f?.permanent).toBe(true);
  });

  it("takes the Remote-MTA of the recipient's DSN block", async () => {
    const [f] = (await readBounce(fixture("rhost-messagelabs-02.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@neko.example.org");
    expect(f?.diagnostic).toBe("550 kijitora@neko.example.org... No such user");
    expect(f?.status).toBe("5.0.0");
    expect(f?.remoteMta).toBe("mail.neko.example.org");
  });

  it("reads the text alone, without the delivery-status part", async () => {
    const text = (await toMessage(fixture("rhost-messagelabs-03.eml"))).text;
    const result = await readBounce(text);
    expect(result.format).toBe("messagelabs");
    const [f] = result.failures;
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.replyCode).toBe("542");
    expect(f?.diagnostic).toBe("542 kijitora@example.com Rejected");
  });
});
