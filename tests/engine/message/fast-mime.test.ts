/**
 * The synchronous MIME decoder (fast-mime.ts) must give exactly what postal-mime gives, or decline:
 * - it accepts every message of the corpus fixtures (so the fast path is what runs on real
 *   bounces) and equals postal-mime on each, with LF, CRLF and bare-CR line ends;
 * - crafted messages exercise each rule it follows (boundaries, transfer encodings, charsets,
 *   structured header parsing, format=flowed, attachments' fields) and each case it declines;
 * - generated messages (MIME lines of every kind in random order) and mutated corpus files
 *   decode the same both ways.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DecodedMime,
  decodeMime,
  decodeMimeSync,
  decodeMimeWithPostalMime,
} from "../../../src/engine/message/decode-mime";
import { parseSimpleStructured, parseStructuredGeneral } from "../../../src/engine/message/structured-header";
import { mutatedFixture } from "../hardening/mutate";
import { comparable, emlFiles } from "./mime-comparison";

const CORPUS = join(__dirname, "..", "..", "fixtures", "corpus");

async function postalMime(bytes: Uint8Array): Promise<unknown> {
  try {
    return comparable(await decodeMimeWithPostalMime(bytes));
  } catch (error) {
    return `throws: ${(error as Error).message}`;
  }
}

/** The fast decoder's result, which must not be a decline, equals postal-mime's. */
async function expectFastAndSame(bytes: Uint8Array): Promise<void> {
  let declined: string | null = null;
  const fast = decodeMimeSync(bytes, (reason) => {
    declined = reason;
  });
  expect(declined).toBeNull();
  expect(fast).not.toBeNull();
  expect(comparable(fast as DecodedMime)).toEqual(await postalMime(bytes));
}

/** The fast decoder's result, if it gives one, equals postal-mime's; and so does decodeMime's. */
async function expectSameWhenAccepted(bytes: Uint8Array): Promise<void> {
  const expected = await postalMime(bytes);
  const fast = decodeMimeSync(bytes);
  if (fast !== null) expect(comparable(fast)).toEqual(expected);
  let viaDecodeMime: unknown;
  try {
    viaDecodeMime = comparable(await decodeMime(bytes));
  } catch (error) {
    viaDecodeMime = `throws: ${(error as Error).message}`;
  }
  expect(viaDecodeMime).toEqual(expected);
}

function declineReason(bytes: Uint8Array): string | null {
  let reason: string | null = null;
  decodeMimeSync(bytes, (r) => {
    reason = r;
  });
  return reason;
}

const encoder = new TextEncoder();
const message = (...lines: string[]) => encoder.encode(lines.join("\n"));
const latin1Bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

describe("the fast MIME decoder on the corpus fixtures", () => {
  const files = emlFiles(CORPUS);

  it("finds the fixtures", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(files.map((f) => [f.slice(CORPUS.length + 1), f]))("%s", async (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    await expectFastAndSame(bytes);
    const text = new TextDecoder("latin1").decode(bytes).replace(/\r\n?/g, "\n");
    await expectFastAndSame(latin1Bytes(text.replace(/\n/g, "\r\n")));
    await expectSameWhenAccepted(latin1Bytes(text.replace(/\n/g, "\r")));
  });
});

const report = (...parts: string[][]) =>
  message(
    "From: MAILER-DAEMON@example.net",
    "Subject: Undelivered",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    "",
    "preamble",
    ...parts.flatMap((p) => ["--B", ...p]),
    "--B--",
    "epilogue",
  );

describe("the fast MIME decoder, crafted messages", () => {
  const accepted: Array<[string, Uint8Array]> = [
    ["empty input", new Uint8Array(0)],
    ["header only", encoder.encode("Subject: a\nContent-Type: text/html\n")],
    ["header only, multipart", encoder.encode("Content-Type: multipart/mixed; boundary=A")],
    ["empty body", message("Content-Type: text/plain", "", "")],
    [
      "report with QP text, DSN and original",
      report(
        [
          "Content-Type: text/plain; charset=utf-8",
          "Content-Transfer-Encoding: quoted-printable",
          "",
          "Caf=C3=A9 =",
          "x",
        ],
        ["Content-Type: message/delivery-status", "", "Final-Recipient: rfc822; a@example.com", "Status: 5.1.1", ""],
        ["Content-Type: message/rfc822", "Content-Disposition: inline", "", "Subject: orig", "", "body", ""],
      ),
    ],
    [
      "quoted-printable edge cases",
      report([
        "Content-Transfer-Encoding: Quoted-Printable",
        "",
        "=3D=3d=ZZ=4",
        "a=",
        "=",
        "soft=  ",
        "tail=4=",
        "=E3=81=82\r",
        "= 41",
      ]),
    ],
    [
      "base64 with junk, padding inside and a lone character",
      report([
        "Content-Type: application/octet-stream",
        "Content-Transfer-Encoding: base64",
        "",
        "SGVs bG8=V29y",
        "bGQ=\u00e9*!",
        "QQ==QUI=QUJD",
        "QUJDRA",
        "Q",
      ]),
    ],
    [
      "base64 text",
      report(["Content-Type: text/plain; charset=iso-8859-1", "Content-Transfer-Encoding: BASE64", "", "6Q=="]),
    ],
    ["transfer encoding with a comment", report(["Content-Transfer-Encoding: (old) base64", "", "QUJD"])],
    ["transfer encoding x-base64", report(["Content-Transfer-Encoding: x-base64", "", "QUJD"])],
    ["transfer encoding quoted", report(['Content-Transfer-Encoding: "base64"', "", "QUJD"])],
    [
      "nested multiparts and alternatives",
      message(
        "Content-Type: multipart/mixed; boundary=outer",
        "",
        "--outer",
        "Content-Type: multipart/alternative; boundary=alt",
        "",
        "--alt",
        "Content-Type: text/plain",
        "",
        "plain",
        "--alt",
        "Content-Type: text/html",
        "",
        "<p>html</p>",
        "--alt--",
        "--outer",
        "Content-Type: multipart/related; boundary=rel",
        "",
        "--rel",
        "Content-Type: image/png; name=a.png",
        "Content-ID: <a@b>",
        "Content-Description: =?UTF-8?Q?Bild_=C3=A4?=",
        "",
        "png",
        "--rel--",
        "--outer--",
      ),
    ],
    [
      "outer boundary closes inner parts, unterminated inner multipart",
      message(
        "Content-Type: multipart/mixed; boundary=A",
        "",
        "--A",
        "Content-Type: multipart/mixed; boundary=B",
        "",
        "--B",
        "",
        "inner",
        "--A",
        "",
        "second",
        "--B",
        "not a boundary any more",
        "--A--",
      ),
    ],
    [
      "boundary lines with trailing space, junk and a longer boundary",
      message(
        "Content-Type: multipart/mixed; boundary=A",
        "",
        "--A \t",
        "",
        "one",
        "--Ax",
        "--A--x",
        "--A-- ",
        "after",
      ),
    ],
    [
      "same boundary nested",
      message(
        "Content-Type: multipart/mixed; boundary=A",
        "",
        "--A",
        "Content-Type: multipart/mixed; boundary=A",
        "",
        "--A",
        "",
        "x",
        "--A--",
        "y",
        "--A--",
      ),
    ],
    [
      "part with a header and no body, part cut by the next boundary",
      message(
        "Content-Type: multipart/mixed; boundary=A",
        "",
        "--A",
        "Content-Type: text/plain",
        "--A",
        "Content-Type: message/rfc822",
        "--A",
        "--A--",
      ),
    ],
    ["no terminator", message("Content-Type: multipart/mixed; boundary=A", "", "--A", "", "x", "--A", "", "y")],
    ["multipart without boundary", message("Content-Type: multipart/mixed", "", "--A", "", "x")],
    ["multipart/ without subtype", message("Content-Type: multipart/; boundary=A", "", "--A", "", "x")],
    ["empty content type", message("Content-Type:", "", "x")],
    [
      "digest parts default to message/rfc822",
      message("Content-Type: multipart/digest; boundary=D", "", "--D", "", "Subject: a", "", "b", "--D--"),
    ],
    [
      "duplicate content fields: the first wins",
      report([
        "Content-Type: text/plain; charset=iso-8859-1",
        "Content-Type: text/html",
        "Content-Transfer-Encoding: 7bit",
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: inline",
        "Content-Disposition: attachment",
        "",
        "caf\u00e9",
      ]),
    ],
    [
      "structured values: comments, quotes, escapes, valueless and duplicate parameters",
      message(
        'Content-Type: multipart/mixed (comment (nested)); x=1; flag; boundary="A\\"B" junk; boundary=C',
        "",
        '--A"B',
        'Content-Type: application/pdf; name="a \\"b\\".pdf"; name=second',
        'Content-Disposition: ATTACHMENT; filename = "  spaced  name " ; size=3',
        "",
        "pdf",
        '--A"B',
        "Content-Type: application/x-y; name=Invoice(1).pdf; other= (c) v",
        "",
        "z",
        '--A"B',
        "Content-Type: text/plain; charset=utf-8 (unclosed",
        "",
        "t",
        '--A"B',
        'Content-Type: text/plain; a="x" "y"z; charset=iso-8859-2',
        "",
        "u",
        '--A"B--',
      ),
    ],
    ["unclosed nested comment with a ; inside", report(["Content-Type: text/plain (x; (y", "", "a"])],
    ["unclosed nested comment, no ;", report(["Content-Type: text/plain (x (y", "", "a"])],
    [
      "encoded-word file names",
      report([
        "Content-Type: application/octet-stream; name==?ISO-8859-1?Q?r=E9sum=E9.txt?=",
        "Content-Disposition: attachment",
        "",
        "x",
      ]),
    ],
    [
      "calendar parts",
      report([
        "Content-Type: text/calendar; method=request; charset=utf-8",
        "",
        "BEGIN:VCALENDAR\r",
        "END:VCALENDAR",
        "",
        "",
      ]),
    ],
    ["ics part without method", report(["Content-Type: application/ics", "", "BEGIN:VCALENDAR"])],
    [
      "format=flowed with delsp and a signature",
      report([
        "Content-Type: text/plain; charset=us-ascii; format=Flowed; delsp=Yes",
        "",
        "a long ",
        " stuffed line ",
        "ends",
        "-- ",
        "sig ",
        "x",
      ]),
    ],
    ["format=flowed without delsp", report(["Content-Type: text/plain; format=flowed", "", "a ", "b", "", "c "])],
    [
      "text attachment",
      report(["Content-Type: text/plain", "Content-Disposition: attachment; filename=a.txt", "", "x"]),
    ],
    [
      "inline message/rfc822",
      report(["Content-Type: message/rfc822", "Content-Disposition: inline", "", "A: b", "", "c"]),
    ],
    [
      "two texts under one alternative, html first",
      message(
        "Content-Type: multipart/alternative; boundary=A",
        "",
        "--A",
        "Content-Type: text/html",
        "",
        "<b>1</b>",
        "--A",
        "Content-Type: text/plain",
        "",
        "1",
        "--A",
        "Content-Type: text/plain",
        "",
        "2",
        "--A--",
      ),
    ],
    [
      "only html parts",
      report(["Content-Type: text/html", "", "<p>a</p>"], ["Content-Type: text/html", "", "<p>b</p>"]),
    ],
    ["two plain parts", report(["", "a"], ["Content-Type: text/plain; charset=us-ascii", "", "b"])],
    [
      "boundary in a folded and encoded-word-free header",
      message(
        "Content-Type: multipart/report;",
        '\treport-type=delivery-status; boundary="=_x y"',
        "",
        "--=_x y",
        "",
        "a",
      ),
    ],
    [
      "header fields with spaces and no colon in a part",
      report([" Content-Type : text/html", "garbage", "", "<i>x</i>"]),
    ],
    [
      "8-bit header in a part and invalid UTF-8 in a text",
      latin1Bytes(
        "Content-Type: multipart/mixed; boundary=A\n\n--A\nContent-Type: text/plain; name=\xe9\n\n\xff\xfe ok\n--A--\n",
      ),
    ],
    [
      "CR runs and bare CRs",
      latin1Bytes(
        "Content-Type: multipart/mixed; boundary=A\r\r\n\r\n--A\r\r\nContent-Type: text/plain\r\n\r\na\rb\r\r\n--A--\r",
      ),
    ],
    [
      "boundary with non-ASCII",
      message("Content-Type: multipart/mixed; boundary=\u00e9", "", "--\u00e9", "", "x", "--\u00e9--"),
    ],
    ...[
      "utf-8",
      "UTF8",
      " us-ascii ",
      "ascii",
      "iso-8859-1",
      "latin1",
      "iso-8859-2",
      "iso-8859-7",
      "iso-8859-15",
      "windows-1251",
      "windows-1252",
      "cp1252",
      "koi8-r",
      "iso-2022-jp",
      "shift_jis",
      "sjis",
      "euc-jp",
      "euc-kr",
      "ks_c_5601-1987",
      "gb2312",
      "gbk",
      "big5",
      "utf-16",
      "utf-16be",
      "utf-7",
      "unicode-1-1-utf-7",
      "",
    ].map((charset): [string, Uint8Array] => [
      `charset "${charset}"`,
      latin1Bytes(
        `Content-Type: multipart/mixed; boundary=A\n\n--A\nContent-Type: text/plain; charset="${charset}"\n\n\xe9\xa4\x82\x1b$B$3\x1b(B +AGEAYQ- \xff\xfe\x00a\n--A--\n`,
      ),
    ]),
  ];

  it.each(accepted)("%s", async (_name, bytes) => {
    await expectFastAndSame(bytes);
  });

  const declined: Array<[string, string, Uint8Array]> = [
    ["an unknown charset", "charset", report(["Content-Type: text/plain; charset=x-made-up", "", "a"])],
    ["a misspelt charset", "charset", report(["Content-Type: text/plain; charset=uft-8", "", "a"])],
    ["RFC 2231 parameters", "rfc2231", report(["Content-Type: text/plain; name*0=a; name*1=b", "", "a"])],
    [
      "plain and html that postal-mime converts",
      "text conversion",
      report(["Content-Type: text/plain", "", "a"], ["Content-Type: text/html", "", "<p>b</p>"]),
    ],
    [
      "nesting deeper than postal-mime allows",
      "nesting",
      encoder.encode(
        `${Array.from({ length: 300 }, (_, i) => `Content-Type: multipart/mixed; boundary=b${i}\n\n--b${i}\n`).join("")}\nx\n`,
      ),
    ],
  ];

  it.each(declined)("declines %s, and decodeMime still gives postal-mime's result", async (_name, reason, bytes) => {
    expect(declineReason(bytes)).toBe(reason);
    await expectSameWhenAccepted(bytes);
  });
});

/** Lines MIME parsing turns on, to be shuffled into messages. */
const MIME_LINES = [
  "",
  "\r",
  "--A",
  "--A--",
  "--A  ",
  "--B",
  "--B--",
  "--",
  "Content-Type: multipart/mixed; boundary=A",
  'Content-Type: multipart/alternative; boundary="B"',
  "Content-Type: multipart/related; boundary=B",
  "Content-Type: multipart/digest; boundary=B",
  "Content-Type: text/plain; charset=utf-8",
  "Content-Type: text/plain; charset=iso-2022-jp; format=flowed",
  "Content-Type: text/html",
  "Content-Type: message/delivery-status",
  "Content-Type: message/rfc822",
  "Content-Type: text/calendar; method=reply",
  "Content-Type: image/gif; name==?UTF-8?B?w6k=?=",
  "Content-Transfer-Encoding: base64",
  "Content-Transfer-Encoding: quoted-printable",
  "Content-Transfer-Encoding: 8bit",
  "Content-Disposition: attachment; filename=x",
  "Content-Disposition: inline",
  "Content-ID: <x@y>",
  "Content-Description: a part",
  "\tcharset=us-ascii",
  " boundary=A",
  "Subject: =?UTF-8?Q?a_b?=",
  "Final-Recipient: rfc822; a@example.com",
  "SGVsbG8gd29ybGQ=",
  "QQ",
  "a=3Db=",
  "=E9t=C3=A9 ",
  "-- ",
  "caf\u00e9 \u3042",
  // Header-shaped lines: folds, CRs inside, no colon, empty key or value, spaces around the key.
  "X-A : b\r c",
  " folded:",
  "\tcontinued: x",
  "NoColonLine",
  "Key:",
  ":value",
  "\t",
  " ",
  "Content-Type : text/html\r\r",
  "Received: from a\r",
];

const generatedMessage = fc
  .tuple(
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...MIME_LINES) },
        { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      ),
      { maxLength: 60 },
    ),
    fc.constantFrom("\n", "\r\n", "\r", "\r\r\n"),
    fc.boolean(),
  )
  .map(([lines, eol, finalEol]) => encoder.encode(lines.join(eol) + (finalEol ? eol : "")));

describe("the fast MIME decoder, generated and mutated messages", () => {
  it("gives postal-mime's result for messages made of MIME lines in any order", async () => {
    await fc.assert(
      fc.asyncProperty(generatedMessage, async (bytes) => {
        await expectSameWhenAccepted(bytes);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it("gives postal-mime's result for mutated corpus files", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedFixture, async (c) => {
        const input = c.input();
        await expectSameWhenAccepted(typeof input === "string" ? encoder.encode(input) : input);
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe("structured header values", () => {
  const pieces = fc.constantFrom(
    "text/plain",
    "Multipart/Mixed",
    ";",
    "=",
    '"',
    "\\",
    " ",
    "\t",
    "\u00a0",
    "charset",
    "BOUNDARY",
    "utf-8",
    "a b",
    "*0",
    "x",
  );
  const value = fc.array(pieces, { maxLength: 16 }).map((p) => p.join(""));

  it("the simple parser, when it takes a value, gives what the general one gives", () => {
    let taken = 0;
    fc.assert(
      fc.property(value, (text) => {
        const simple = parseSimpleStructured(text);
        if (simple === null) return;
        taken++;
        expect(simple).toEqual(parseStructuredGeneral(text));
      }),
      { numRuns: 5000 },
    );
    // Most generated values are of the simple shape: the comparison is not vacuous.
    expect(taken).toBeGreaterThan(1000);
  });

  it.each([
    'multipart/report; report-type=delivery-status; boundary="=_a b;c"',
    "text/plain;charset=us-ascii;format=flowed ; delsp = yes ;",
    "text/plain; ; flag; NAME=x=y; name=second",
    'attachment; filename="a.txt"  ; size=3',
    " text/plain ",
    "",
  ])("%j", (text) => {
    expect(parseSimpleStructured(text)).not.toBeNull();
    expect(parseSimpleStructured(text)).toEqual(parseStructuredGeneral(text));
  });

  it.each([
    'text/plain; name="x"junk=y; b=c',
    'text/plain; name="x" "y"; b=c',
    'text/plain; name="x;y',
    'text/plain; name=a"b"',
    '"text/plain"',
    "text/plain; name=a\\b",
  ])("leaves %j to the general parser", (text) => {
    expect(parseSimpleStructured(text)).toBeNull();
  });
});
