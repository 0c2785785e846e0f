/**
 * The faster MIME step (`decodeMime`: top-level header read here, plain-text messages without
 * postal-mime) must give exactly what postal-mime gives, on every fixture and on crafted cases.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeMime, decodeMimeWithPostalMime } from "../../../src/engine/message/decode-mime";
import { comparable, emlFiles } from "./mime-comparison";

const FIXTURES = join(__dirname, "..", "..", "fixtures");

async function expectSameAsPostalMime(bytes: Uint8Array): Promise<void> {
  expect(comparable(await decodeMime(bytes))).toEqual(comparable(await decodeMimeWithPostalMime(bytes)));
}

const encoder = new TextEncoder();
const message = (...lines: string[]) => encoder.encode(lines.join("\n"));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("decodeMime gives what postal-mime gives", () => {
  const files = emlFiles(FIXTURES);

  it("finds the fixtures", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((f) => [f.slice(FIXTURES.length + 1), f]))("%s", async (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    await expectSameAsPostalMime(bytes);
    // The same message with CRLF and with bare CR line ends (the latter as parseMessage hands it on).
    const text = new TextDecoder("latin1").decode(bytes).replace(/\r\n?/g, "\n");
    const latin1Bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
    await expectSameAsPostalMime(latin1Bytes(text.replace(/\n/g, "\r\n")));
    await expectSameAsPostalMime(latin1Bytes(text.replace(/\n/g, "\r")));
  });

  const crafted: Array<[string, Uint8Array]> = [
    ["plain, no MIME header", message("From: a@example.com", "Subject: Hi", "", "Hello", "world")],
    ["plain, no final newline", encoder.encode("Subject: Hi\n\nHello\nworld")],
    ["plain, CRLF", encoder.encode("Subject: Hi\r\nTo: b@example.com\r\n\r\nHello\r\nworld\r\n")],
    ["plain, CR runs before LF", encoder.encode("Subject: Hi\r\r\n\r\nHello\r\r\nworld\r")],
    ["plain, bare CRs inside lines", encoder.encode("Subject: a\rb\n\nHello\rthere\n")],
    [
      "folded headers",
      message(
        "Subject: a long",
        "   subject folded",
        "\tagain",
        "Received: from a",
        "  by b; Mon, 1 Jan 2024",
        "",
        "body",
      ),
    ],
    ["duplicate headers", message("To: a@example.com", "To: b@example.com", "Subject: one", "Subject: two", "", "x")],
    [
      "8-bit UTF-8 headers and body",
      message("Subject: Unzustellbar: Grüße", "From: Jörg <j@example.de>", "", "Zustellung fehlgeschlagen: ü"),
    ],
    [
      "encoded-word subject and from",
      message(
        "Subject: =?UTF-8?B?VW5kZWxpdmVyZWQgTWFpbCDinJM=?=",
        "From: =?ISO-8859-1?Q?J=F6rg?= <j@example.de>",
        "",
        "body",
      ),
    ],
    ["encoded word folded over two lines", message("Subject: =?UTF-8?Q?Delivery_?=", " =?UTF-8?Q?failed?=", "", "x")],
    [
      "text/plain with charsets and 7bit/8bit",
      message('Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: 8bit", "", "caf\u00e9"),
    ],
    ["charset utf8", message("Content-Type: text/plain;charset=utf8", "", "x")],
    ["folded content type", message("Content-Type: text/plain;", "\tcharset=us-ascii", "", "x")],
    [
      "us-ascii label with 8-bit bytes",
      Uint8Array.from([...encoder.encode("Content-Type: text/plain; charset=us-ascii\n\nd"), 0x92, 0x61, 0x0a]),
    ],
    [
      "invalid UTF-8 in header and body",
      Uint8Array.from([...encoder.encode("Subject: a"), 0xe3, 0x81, 0x0a, 0x0a, 0xff, 0x41, 0x0a]),
    ],
    ["byte order marks", Uint8Array.from([...encoder.encode("Subject: \ufeffa\n\n"), 0xef, 0xbb, 0xbf, 0x41])],
    ["BOM at the start of a header line", encoder.encode("\ufeffFrom: a@example.com\nSubject: b\n\nx\n")],
    ["empty body", message("Subject: Hi", "", "")],
    ["empty first line", message("", "Subject: not a header", "")],
    ["header only", encoder.encode("Subject: Hi\nTo: b@example.com\n")],
    ["header only, no newline", encoder.encode("Subject: Hi")],
    ["empty input", new Uint8Array(0)],
    ["first line folded", message(" Subject: Hi", "To: b@example.com", "", "x")],
    ["key with spaces and no colon", message("Subject : Hi", "not a header line", "X-Empty:", "", "x")],
    ["empty subject", message("Subject:", "Subject: second", "", "x")],
    ["format=flowed", message("Content-Type: text/plain; format=flowed", "", "a ", "b")],
    [
      "quoted-printable",
      message("Content-Type: text/plain", "Content-Transfer-Encoding: quoted-printable", "", "a=3Db"),
    ],
    ["base64", message("Content-Transfer-Encoding: base64", "", "SGVsbG8=")],
    ["other charset", message("Content-Type: text/plain; charset=iso-2022-jp", "", "x")],
    ["attachment disposition", message("Content-Disposition: attachment; filename=a.txt", "", "x")],
    ["html", message("Content-Type: text/html", "", "<p>Hello</p>")],
    ["comment in the type", message("Content-Type: text/plain (plain) ; charset=utf-8", "", "x")],
    ["duplicate content types", message("Content-Type: text/plain", "Content-Type: text/html", "", "<b>x</b>")],
    ["content type key with spaces", message("Content-Type : text/html", "", "<b>x</b>")],
    ["folded content type key", message(" Content-Type: text/html", "", "<b>x</b>")],
    [
      "multipart report",
      message(
        "From: MAILER-DAEMON@example.net",
        "Subject: Undelivered",
        "Content-Type: multipart/report; report-type=delivery-status;",
        '\tboundary="B"',
        "",
        "--B",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        "Caf=C3=A9",
        "--B",
        "Content-Type: message/delivery-status",
        "",
        "Final-Recipient: rfc822; bob@example.com",
        "Status: 5.1.1",
        "--B",
        "Content-Type: message/rfc822",
        "",
        "Subject: original",
        "",
        "original body",
        "--B--",
        "",
      ),
    ],
    [
      "multipart with duplicate content type",
      message("Content-Type: multipart/mixed; boundary=X", "Content-Type: text/plain", "", "--X", "", "part", "--X--"),
    ],
  ];

  it.each(crafted)("%s", async (_name, bytes) => {
    await expectSameAsPostalMime(bytes);
  });

  it("reads a plain-text message without postal-mime", async () => {
    const parse = vi.spyOn(PostalMime, "parse");
    const decoded = await decodeMime(message("Subject: =?UTF-8?Q?Caf=C3=A9?=", "Content-Type: text/plain", "", "x"));
    expect(decoded.subject).toBe("Café");
    expect(decoded.text).toBe("x\n");
    expect(parse).not.toHaveBeenCalled();
  });

  it("reads a multipart message without postal-mime", async () => {
    const parse = vi.spyOn(PostalMime, "parse");
    const decoded = await decodeMime(
      message(
        "Content-Type: multipart/mixed; boundary=X",
        "",
        "--X",
        "Content-Type: text/html",
        "",
        "<b>x</b>",
        "--X--",
      ),
    );
    expect(decoded.html).toBe("<b>x</b>\n");
    expect(parse).not.toHaveBeenCalled();
  });

  it("hands postal-mime only the body and the fields that decide how to decode it, when it must", async () => {
    const parse = vi.spyOn(PostalMime, "parse");
    // A charset label the fast decoder leaves to postal-mime.
    await decodeMime(message("Subject: s", "Content-Type: text/html; charset=x-made-up", "X-Other: y", "", "<b>x</b>"));
    expect(parse).toHaveBeenCalledTimes(1);
    expect(new TextDecoder().decode(parse.mock.calls[0]?.[0] as ArrayBuffer)).toBe(
      "Content-Type: text/html; charset=x-made-up\n\n<b>x</b>",
    );
  });
});
