import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("mimecast", () => {
  it("reads the recipient and the wrapped additional information", async () => {
    const r = await readBounce(fixture("lhost-mimecast-01.eml"));
    expect(r.kind).toBe("bounce");
    expect(r.format).toBe("mimecast");
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0];
    expect(f?.recipient).toBe("sabineko@neko.ef.example.org");
    expect(f?.status).toBe("5.4.1");
    expect(f?.replyCode).toBeNull();
    expect(f?.diagnostic).toMatch(/^5\.4\.1 Recipient address rejected: Access denied\. \[QQQQQQE00000000\.jpnprd01/);
    expect(f?.permanent).toBe(true);
    expect(f?.format).toBe("mimecast");
  });

  it("prefers the DSN part's reply, which keeps the reply code", async () => {
    const r = await readBounce(fixture("lhost-mimecast-02.eml"));
    expect(r.format).toBe("mimecast");
    const f = r.failures[0];
    expect(f?.recipient).toBe("sabatora@example.net");
    expect(f?.status).toBe("5.7.54");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain");
    expect(f?.permanent).toBe(true);
  });

  it("reads the notice from its text alone", async () => {
    const text = [
      "An email that you attempted to send to the following address could not be delivered:",
      "-- sabineko@example.org",
      "",
      "The problem appears to be :",
      "-- Recipient email address is possibly incorrect",
      "",
      "Additional information follows :",
      "-- 5.1.1 User unknown",
      "",
    ].join("\n");
    const r = await readBounce(text);
    expect(r.format).toBe("mimecast");
    expect(r.failures.map((f) => [f.recipient, f.status, f.diagnostic])).toEqual([
      ["sabineko@example.org", "5.1.1", "5.1.1 User unknown"],
    ]);
  });
});
