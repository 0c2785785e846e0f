/**
 * Any input gets a result or a clear error, never an exception or a hang. Timings here are
 * generous safety nets against a hang, not performance checks (`npm run bench` measures speed).
 */
import { describe, expect, it } from "vitest";
import type { ReadResult } from "../../../src/engine/index";
import { readBounce } from "../../../src/engine/index";
import { MAX_FAILURES } from "../../../src/engine/limits";

function wellFormed(result: ReadResult): void {
  expect(typeof result.bounce).toBe("boolean");
  expect(["bounce", "delay", "auto-reply", "feedback", "delivered", "none"]).toContain(result.kind);
  expect(typeof result.format).toBe("string");
  expect(Array.isArray(result.failures)).toBe(true);
  for (const f of result.failures) {
    expect(typeof f.diagnostic).toBe("string");
    expect(typeof f.permanent).toBe("boolean");
    expect(f.recipient === null || typeof f.recipient === "string").toBe(true);
  }
}

const header = "From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n";

describe("hostile and odd input", () => {
  it("empty input, whitespace, a lone newline", async () => {
    for (const input of ["", "   ", "\n", new Uint8Array(0)]) {
      const r = await readBounce(input);
      wellFormed(r);
      expect(r.kind).toBe("none");
      expect(r.failures).toEqual([]);
    }
  });

  it("binary bytes and NUL characters", async () => {
    const bytes = new Uint8Array(200_000);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = x & 0xff;
    }
    wellFormed(await readBounce(bytes));
    wellFormed(await readBounce("550 5.1.1 \u0000\u0000 <bob@example.com>\u0000 user unknown"));
  });

  it("10 MB of text is cut, read and flagged", async () => {
    const big = `550 5.1.1 <bob@example.com>: user unknown\n${"x".repeat(10 * 1024 * 1024)}`;
    const start = performance.now();
    const r = await readBounce(big);
    wellFormed(r);
    expect(r.truncated).toBe(true);
    expect(performance.now() - start).toBeLessThan(10_000);
  });

  it("a 10 MB raw message is cut, read and flagged", async () => {
    const body = `${header}Content-Type: text/plain\n\n<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 user unknown (in reply to RCPT TO command)\n${"y".repeat(10 * 1024 * 1024)}\n`;
    const r = await readBounce(new TextEncoder().encode(body));
    wellFormed(r);
    expect(r.truncated).toBe(true);
  });

  it("broken MIME: unterminated boundaries, missing boundary parameter, garbage parts", async () => {
    const inputs = [
      `${header}Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n--B\nContent-Type: text/plain\n\n<bob@example.com>: 550 5.1.1 unknown\n--B\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; bob@example.com\nStatus: 5.1.1\n`,
      `${header}Content-Type: multipart/mixed\n\n--B\nno boundary parameter\n`,
      `${header}Content-Type: multipart/report; boundary="B"\n\n--B\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!\n--B--`,
      `${header}Content-Type: text/plain; charset="no-such-charset"\n\n<bob@example.com> 550 5.1.1 unknown`,
    ];
    for (const input of inputs) wellFormed(await readBounce(new TextEncoder().encode(input)));
  });

  it("deeply nested parts", async () => {
    let body = "Content-Type: text/plain\n\n550 5.1.1 <bob@example.com> user unknown\n";
    for (let depth = 0; depth < 400; depth++) {
      body = `Content-Type: multipart/mixed; boundary="b${depth}"\n\n--b${depth}\n${body}\n--b${depth}--\n`;
    }
    wellFormed(await readBounce(new TextEncoder().encode(`${header}${body}`)));
  });

  it("10,000 recipients are capped and flagged", async () => {
    const blocks: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      blocks.push(`Final-Recipient: rfc822; user${i}@example.com\nAction: failed\nStatus: 5.1.1\n`);
    }
    const raw = `${header}Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n--B\nContent-Type: text/plain\n\nDelivery failed.\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n${blocks.join("\n")}\n--B--\n`;
    const start = performance.now();
    const r = await readBounce(new TextEncoder().encode(raw));
    wellFormed(r);
    expect(r.failures.length).toBe(MAX_FAILURES);
    expect(r.truncated).toBe(true);
    expect(performance.now() - start).toBeLessThan(20_000);
  });

  it("long lines of repeated characters do not make the readers slow", async () => {
    const patterns = [
      "5.".repeat(100_000),
      "<".repeat(200_000),
      "a@".repeat(100_000),
      "550-".repeat(100_000),
      " \t".repeat(200_000),
    ];
    for (const p of patterns) {
      const start = performance.now();
      wellFormed(await readBounce(`Mail delivery failed\n${p}`));
      wellFormed(await readBounce(p));
      expect(performance.now() - start).toBeLessThan(10_000);
    }
  });
});
