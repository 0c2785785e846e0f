import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("trouble-delivering", () => {
  it("reads 'returned permanent errors' with the bracketed reply", async () => {
    const r = await readBounce(fixture("lhost-x6-01.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("trouble-delivering");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@nyaan.example.org");
    expect(f?.status).toBe("5.4.6");
    expect(f?.replyCode).toBe("554");
    expect(f?.diagnostic).toBe("554 5.4.6 Hop count exceeded - possible mail loop");
    expect(f?.remoteMta).toBe("192.0.2.223");
    expect(f?.command).toBe("DATA");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("trouble-delivering");
  });

  it("reads 'rejected recipient', though the notice is marked as an automatic reply", async () => {
    const r = await readBounce(fixture("lhost-x6-02.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("trouble-delivering");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@libsisimai.org");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.command).toBe("RCPT");
    expect(f?.remoteMta).toBe("smtpd.libsisimai.org");
  });

  it("reads the notice from its text alone", async () => {
    const text = [
      "We had trouble delivering your message. Full details follow:",
      "",
      "1 error(s):",
      "",
      "SMTP Server <mx.example.org> rejected recipient <neko@example.org> (Error following RCPT command). It responded as follows: [550 5.1.1 User unknown]",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("trouble-delivering");
    expect(r.failures.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([["neko@example.org", "5.1.1", "550"]]);
  });
});
