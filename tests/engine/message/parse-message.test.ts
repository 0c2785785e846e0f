import { describe, expect, it } from "vitest";
import { parseMessage } from "../../../src/engine/message/parse-message";

const encoder = new TextEncoder();

function report(eol: string): Uint8Array {
  const lines = [
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
    "Subject: Undelivered Mail Returned to Sender",
    "To: alice@example.org",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    "",
    "--B",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    "This is the mail system at host mx.example.net.=20",
    "Caf=C3=A9 <bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1",
    "    user unknown (in reply to RCPT TO command)",
    "--B",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    "Final-Recipient: rfc822; bob@example.com",
    "Action: failed",
    "Status: 5.1.1",
    "--B",
    "Content-Type: message/rfc822",
    "",
    "From: alice@example.org",
    "To: bob@example.com",
    "Subject: Hello",
    "",
    "A body that mentions 550 5.7.1 and must not be read as the bounce.",
    "--B--",
    "",
  ];
  return encoder.encode(lines.join(eol));
}

describe("parseMessage", () => {
  it("splits a multipart/report into text, delivery status and original headers", async () => {
    const m = await parseMessage(report("\n"));
    expect(m.raw).toBe(true);
    expect(m.subject).toBe("Undelivered Mail Returned to Sender");
    expect(m.from).toContain("MAILER-DAEMON@mx.example.net");
    expect(m.text).toContain("Café <bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1");
    expect(m.text).not.toContain("A body that mentions");
    expect(m.deliveryStatus).toContain("Final-Recipient: rfc822; bob@example.com");
    expect(m.originalHeaders).toContain("Subject: Hello");
    expect(m.originalHeaders).not.toContain("A body that mentions");
    expect(m.truncated).toBe(false);
  });

  it("reads CRLF and bare-CR line endings the same as LF", async () => {
    const lf = await parseMessage(report("\n"));
    for (const eol of ["\r\n", "\r"]) {
      const other = await parseMessage(report(eol));
      expect(other.text).toBe(lf.text);
      expect(other.deliveryStatus?.replace(/\r\n?/g, "\n")).toBe(lf.deliveryStatus);
    }
  });

  it("turns an HTML-only body into text", async () => {
    const raw = encoder.encode(
      'From: postmaster@example.net\nSubject: Undeliverable\nContent-Type: text/html; charset="utf-8"\n\n<html><body><p>Delivery has failed to these recipients or groups:</p><p>&lt;bob@example.com&gt;</p></body></html>\n',
    );
    const m = await parseMessage(raw);
    expect(m.text).toContain("Delivery has failed to these recipients or groups:");
    expect(m.text).toContain("<bob@example.com>");
  });

  it.each([
    ["a short header", 1],
    ["a header longer than the first 4 KiB looked at", 60],
    ["a header longer than 16 KiB", 300],
  ])("keeps the whole header block of the returned original, with %s", async (_name, lines) => {
    // Non-ASCII characters fall across every prefix boundary; the body holds a blank line after
    // more text, which must not be taken for the header's end.
    const originalHeader = Array.from(
      { length: lines },
      (_, i) => `X-Line-${i}: ${"\u00e9\u3042".repeat(10)} ${"x".repeat(i % 7)}`,
    ).concat("Subject: Hello");
    for (const eol of ["\n", "\r\n"]) {
      const raw = encoder.encode(
        [
          "From: MAILER-DAEMON@example.net",
          'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
          "",
          "--B",
          "Content-Type: message/rfc822",
          "",
          ...originalHeader,
          "",
          "body line",
          "",
          "X-Not-Header: after the blank line",
          "--B--",
          "",
        ].join(eol),
      );
      const m = await parseMessage(raw);
      expect(m.originalHeaders).toBe(originalHeader.join("\n"));
    }
  });

  it("keeps the whole header block of the returned original when a line break ends its first 4 KiB", async () => {
    for (const eol of ["\n", "\r\n"]) {
      // 64 lines of 64 bytes: the 4096th byte of the original is a LF, and its header goes on.
      const pad = (i: number) => `X-Pad-${String(i).padStart(2, "0")}: `.padEnd(64 - eol.length, "p");
      const originalHeader = [...Array.from({ length: 64 }, (_, i) => pad(i)), "Subject: Hello"];
      const raw = encoder.encode(
        [
          "From: MAILER-DAEMON@example.net",
          'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
          "",
          "--B",
          "Content-Type: message/rfc822",
          "",
          ...originalHeader,
          "",
          "body",
          "--B--",
          "",
        ].join(eol),
      );
      const m = await parseMessage(raw);
      expect(m.originalHeaders).toBe(originalHeader.join("\n"));
    }
  });

  it("skips an mbox separator line", async () => {
    const raw = encoder.encode(
      "From MAILER-DAEMON Thu Jan  1 00:00:00 2024\nFrom: postmaster@example.net\nSubject: x\n\nbody\n",
    );
    const m = await parseMessage(raw);
    expect(m.subject).toBe("x");
    expect(m.text.trim()).toBe("body");
  });
});
