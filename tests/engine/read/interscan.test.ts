import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("interscan", () => {
  it("reads the failed SMTP exchange", async () => {
    const r = await readBounce(fixture("lhost-trendmicro-01.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("interscan");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.co.jp");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.1 <kijitora@example.co.jp>... user unknown");
    expect(f?.command).toBe("RCPT");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("interscan");
  });

  it("reads 'Unable to deliver message to <addr>' and not the bounce returned with it", async () => {
    const r = await readBounce(fixture("lhost-trendmicro-03.eml"));
    expect(r.format).toBe("interscan");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.jp");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toBe(
      "Unable to deliver message to <kijitora@example.jp> (and other recipients in the same domain).",
    );
    expect(f?.permanent).toBe(true);
  });

  it("reads the notice from its text alone", async () => {
    const text = "Sent <<< RCPT TO:<neko@example.co.jp>\nReceived >>> 550 5.1.1 <neko@example.co.jp>... user unknown\n";
    const r = await readBounce(text);
    expect(r.format).toBe("interscan");
    expect(r.failures[0]?.recipient).toBe("neko@example.co.jp");
    expect(r.failures[0]?.status).toBe("5.1.1");
  });
});
