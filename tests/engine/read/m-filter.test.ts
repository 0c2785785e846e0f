import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("m-filter", () => {
  it("reads the address, the server message and the SMTP command", async () => {
    const r = await readBounce(fixture("lhost-mfilter-03.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("m-filter");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.org");
    expect(f?.status).toBeNull();
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 kijitora@example.org... No such user");
    expect(f?.command).toBe("DATA");
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("m-filter");
  });

  it("reads a base64 UTF-8 notice with a temporary failure", async () => {
    const r = await readBounce(fixture("lhost-mfilter-05.eml"));
    expect(r.format).toBe("m-filter");
    expect(r.kind).toBe("delay");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.co.jp");
    expect(f?.status).toBe("4.3.1");
    expect(f?.replyCode).toBe("452");
    expect(f?.diagnostic).toContain("Insufficient system resources");
    expect(f?.permanent).toBe(false);
  });

  it("reads the notice from its text alone", async () => {
    const text = [
      "以下のメールアドレスへの送信に失敗しました。",
      "kijitora@example.co.jp",
      "",
      "",
      "-------server message",
      "550 5.1.1 <kijitora@example.co.jp>: Recipient address rejected: User unknown in local recipient table",
      "",
      "-------SMTP command",
      "DATA",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("m-filter");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@example.co.jp");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
  });
});
