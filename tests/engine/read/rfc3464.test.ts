import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("rfc3464 reader", () => {
  it("reads the recipient, status and remote reply from the DSN part", async () => {
    const result = await readBounce(fixture("rfc3464-01.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("rfc3464");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe("userunknown@bouncehammer.jp");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.1 <userunknown@bouncehammer.jp>... User Unknown");
    expect(f?.remoteMta).toBe("mx.bouncehammer.jp");
    expect(f?.reportingMta).toBe("smtpgw.example.jp");
    expect(f?.action).toBe("failed");
    expect(f?.permanent).toBe(true);
  });

  it("reads a delay notice as a delay", async () => {
    const result = await readBounce(fixture("rfc3464-07.eml"));
    expect(result.kind).toBe("delay");
    expect(result.format).toBe("rfc3464");
    const [f] = result.failures;
    expect(f?.recipient).toBe("kijitora@example.net");
    expect(f?.status).toBe("4.4.0");
    expect(f?.replyCode).toBeNull();
    expect(f?.action).toBe("delayed");
    expect(f?.permanent).toBe(false);
  });

  it("takes the reply code from the Diagnostic-Code and keeps the Status field", async () => {
    const [f] = (await readBounce(fixture("rfc3464-29.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.status).toBe("5.5.0");
    expect(f?.replyCode).toBe("503");
    expect(f?.diagnostic).toBe("503 Improper sequence of commands");
  });
});
