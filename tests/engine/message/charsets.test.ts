/**
 * Bounces in the charsets and transfer encodings mail servers write them in (ISO-2022-JP,
 * Shift_JIS, windows-1252, UTF-8; quoted-printable, base64, 7bit, 8bit), with LF, CRLF and
 * bare-CR line ends: each must give the same failures, with the text decoded right. The messages
 * are written here and encoded by the small encoders below (Node can decode these charsets but
 * only encodes UTF-8).
 */
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";
import type { Failure } from "../../../src/engine/types";

type Charset = "iso-2022-jp" | "shift_jis" | "euc-jp" | "windows-1252" | "utf-8";
type TransferEncoding = "7bit" | "8bit" | "quoted-printable" | "base64";

interface Sample {
  name: string;
  from: string;
  subject: string;
  charset: Charset;
  encodings: TransferEncoding[];
  /** The notice as the reader sees it once decoded ("\n" line ends). */
  body: string;
  /** A line of the body that must come out of the parser exactly so. */
  decodedLine: string;
  expected: Array<Pick<Failure, "recipient" | "status" | "replyCode" | "diagnostic">>;
}

const SAMPLES: Sample[] = [
  {
    name: "au EZweb notice in ISO-2022-JP, with Japanese in the remote reply",
    from: "Mail Administrator <Postmaster@ezweb.ne.jp>",
    subject: "Mail System Error - Returned Mail",
    charset: "iso-2022-jp",
    encodings: ["7bit", "quoted-printable", "base64"],
    body: [
      "次のあて先へのメッセージはエラーのため送信できませんでした。",
      "送信先メールアドレスが見つかりませんでした。",
      "",
      "Each of the following recipients was rejected by a remote",
      "mail server.",
      "",
      "    Recipient: <taro@ezweb.example.jp>",
      "    >>> RCPT TO:<taro@ezweb.example.jp>",
      "    <<< 550 5.1.1 <taro@ezweb.example.jp>: 宛先が見つかりません (user unknown)",
      "",
    ].join("\n"),
    decodedLine: "送信先メールアドレスが見つかりませんでした。",
    expected: [
      {
        recipient: "taro@ezweb.example.jp",
        status: "5.1.1",
        replyCode: "550",
        diagnostic: "550 5.1.1 <taro@ezweb.example.jp>: 宛先が見つかりません (user unknown)",
      },
    ],
  },
  {
    name: "Yahoo! JAPAN notice in Shift_JIS, with Japanese in the remote reply",
    from: "MAILER-DAEMON@mail.yahoo.example.co.jp",
    subject: "Failure Notice",
    charset: "shift_jis",
    encodings: ["8bit", "quoted-printable", "base64"],
    body: [
      "Sorry, we were unable to deliver your message to the following address.",
      "",
      "<hanako@example.co.jp>:",
      "Remote host said: 550 5.2.2 <hanako@example.co.jp>... メールボックスが一杯です (Mailbox Full) [RCPT_TO]",
      "",
      "--- Below this line is a copy of the message.",
      "",
    ].join("\n"),
    decodedLine:
      "Remote host said: 550 5.2.2 <hanako@example.co.jp>... メールボックスが一杯です (Mailbox Full) [RCPT_TO]",
    expected: [
      {
        recipient: "hanako@example.co.jp",
        status: "5.2.2",
        replyCode: "550",
        diagnostic: "550 5.2.2 <hanako@example.co.jp>... メールボックスが一杯です (Mailbox Full)",
      },
    ],
  },
  {
    name: "French reply in windows-1252 (accents and a typographic apostrophe, 0x92)",
    from: "MAILER-DAEMON@yahoo.example.com",
    subject: "Failure Notice",
    charset: "windows-1252",
    encodings: ["8bit", "quoted-printable", "base64"],
    body: [
      "Sorry, we were unable to deliver your message to the following address.",
      "",
      "<jean@example.fr>:",
      "Remote host said: 550 5.1.1 <jean@example.fr>... Adresse d’au moins un destinataire invalide : boîte supprimée, réessayez à côté [RCPT_TO]",
      "",
      "--- Below this line is a copy of the message.",
      "",
    ].join("\n"),
    decodedLine:
      "Remote host said: 550 5.1.1 <jean@example.fr>... Adresse d’au moins un destinataire invalide : boîte supprimée, réessayez à côté [RCPT_TO]",
    expected: [
      {
        recipient: "jean@example.fr",
        status: "5.1.1",
        replyCode: "550",
        diagnostic:
          "550 5.1.1 <jean@example.fr>... Adresse d’au moins un destinataire invalide : boîte supprimée, réessayez à côté",
      },
    ],
  },
  {
    name: "German reply in UTF-8 (umlauts, an en dash)",
    from: "MAILER-DAEMON@mail.gmx.example",
    subject: "Mail delivery failed: returning message to sender",
    charset: "utf-8",
    encodings: ["8bit", "quoted-printable", "base64"],
    body: [
      "This message was created automatically by mail delivery software.",
      "",
      "A message that you sent could not be delivered to one or more of",
      "its recipients. This is a permanent error. The following address",
      "failed:",
      "",
      '"juergen@example.de":',
      "SMTP error from remote server after RCPT command:",
      "host: mx.example.de",
      "550 5.1.1 Empfänger unbekannt – Postfach existiert nicht",
      "",
      "--- The header of the original message is following. ---",
      "",
    ].join("\n"),
    decodedLine: "550 5.1.1 Empfänger unbekannt – Postfach existiert nicht",
    expected: [
      {
        recipient: "juergen@example.de",
        status: "5.1.1",
        replyCode: "550",
        diagnostic: "550 5.1.1 Empfänger unbekannt – Postfach existiert nicht",
      },
    ],
  },
];

const LINE_ENDS = { LF: "\n", CRLF: "\r\n", CR: "\r" } as const;

describe("charsets, transfer encodings and line ends", () => {
  for (const sample of SAMPLES) {
    for (const encoding of sample.encodings) {
      for (const [eolName, eol] of Object.entries(LINE_ENDS)) {
        it(`${sample.name}: ${encoding}, ${eolName}`, async () => {
          const raw = buildMessage(sample, sample.charset, encoding, eol);
          const message = await toMessage(raw);
          expect(message.text.split("\n")).toContain(sample.decodedLine);
          expect(message.text).not.toContain("\uFFFD");
          const result = await readBounce(raw);
          expect(result.kind).toBe("bounce");
          expect(
            result.failures.map(({ recipient, status, replyCode, diagnostic }) => ({
              recipient,
              status,
              replyCode,
              diagnostic,
            })),
          ).toEqual(sample.expected);
        });
      }
    }
  }

  const ezweb = SAMPLES[0] as Sample;

  // Japanese notices are often labelled ISO-2022-JP while their bytes are EUC-JP, Shift_JIS or
  // UTF-8: a decoder that trusts the label makes the Japanese unreadable.
  for (const actual of ["euc-jp", "shift_jis", "utf-8"] as const) {
    it(`reads ${actual} bytes under an ISO-2022-JP label`, async () => {
      const raw = buildMessage(ezweb, actual, "8bit", "\n", "ISO-2022-JP");
      const message = await toMessage(raw);
      expect(message.text.split("\n")).toContain(ezweb.decodedLine);
      const result = await readBounce(raw);
      expect(result.failures.map((f) => f.diagnostic)).toEqual(ezweb.expected.map((f) => f.diagnostic));
    });
  }

  it("reads a text part inside a multipart/mixed message the same way", async () => {
    const eol = "\r\n";
    const part = buildMessage(ezweb, "iso-2022-jp", "base64", eol);
    const partText = new TextDecoder("latin1").decode(part);
    const partHeadersAndBody = partText.slice(partText.indexOf(`Content-Type:`));
    const multipart = [
      `From: ${ezweb.from}`,
      "To: sender@example.net",
      `Subject: ${ezweb.subject}`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="==_Part_1=="',
      "",
      "--==_Part_1==",
      partHeadersAndBody.trimEnd(),
      "--==_Part_1==",
      "Content-Type: message/rfc822",
      "",
      "From: sender@example.net",
      "To: taro@ezweb.example.jp",
      "Subject: test",
      "",
      "hello",
      "--==_Part_1==--",
      "",
    ].join(eol);
    const result = await readBounce(latin1Bytes(multipart));
    expect(result.failures.map((f) => f.diagnostic)).toEqual(ezweb.expected.map((f) => f.diagnostic));
  });
});

/** A whole message: headers, then the body in `charset` and `encoding`, every line ended by `eol`. */
function buildMessage(
  sample: Sample,
  charset: Charset,
  encoding: TransferEncoding,
  eol: string,
  label: string = charset,
): Uint8Array {
  const header = [
    `From: ${sample.from}`,
    "To: sender@example.net",
    `Subject: ${sample.subject}`,
    "MIME-Version: 1.0",
    `Content-Type: text/plain; charset="${label}"`,
    `Content-Transfer-Encoding: ${encoding}`,
    "",
    "",
  ].join(eol);
  let body: Uint8Array;
  if (encoding === "base64") {
    // Text is base64-encoded in its canonical form, with CRLF line ends (RFC 2045).
    const bytes = encodeText(sample.body.replace(/\n/g, "\r\n"), charset);
    body = latin1Bytes(wrap(Buffer.from(bytes).toString("base64"), 76).join(eol) + eol);
  } else if (encoding === "quoted-printable") {
    const lines = sample.body.split("\n").map((line) => quotedPrintable(encodeText(line, charset), eol));
    body = latin1Bytes(lines.join(eol));
  } else {
    const lines = sample.body.split("\n").map((line) => encodeText(line, charset));
    body = concat(lines.flatMap((line, i) => (i === 0 ? [line] : [latin1Bytes(eol), line])));
  }
  return concat([latin1Bytes(header), body]);
}

/** Quoted-printable of one line of bytes, with soft breaks so no line passes 76 characters. */
function quotedPrintable(bytes: Uint8Array, eol: string): string {
  const out: string[] = [];
  let line = "";
  bytes.forEach((b, i) => {
    const last = i === bytes.length - 1;
    const plain = b >= 0x21 && b <= 0x7e && b !== 0x3d;
    const token =
      plain || (b === 0x20 && !last) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`;
    if (line.length + token.length > 75) {
      out.push(`${line}=`);
      line = "";
    }
    line += token;
  });
  out.push(line);
  return out.join(eol);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines;
}

function encodeText(text: string, charset: Charset): Uint8Array {
  switch (charset) {
    case "utf-8":
      return new TextEncoder().encode(text);
    case "windows-1252":
      return singleByte(text, WINDOWS_1252_HIGH);
    case "shift_jis":
      return multiByte(text, reverseTable("shift_jis", shiftJisPairs()));
    case "euc-jp":
      return multiByte(text, reverseTable("euc-jp", eucJpPairs()));
    case "iso-2022-jp":
      return iso2022jp(text);
  }
}

/** ISO-2022-JP: JIS X 0208 between ESC $ B and ESC ( B; its codes are EUC-JP's less 0x80. */
function iso2022jp(text: string): Uint8Array {
  const table = reverseTable("euc-jp", eucJpPairs());
  const out: number[] = [];
  let jis = false;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x80) {
      if (jis) out.push(0x1b, 0x28, 0x42);
      jis = false;
      out.push(code);
      continue;
    }
    const euc = table.get(char);
    if (euc === undefined) throw new Error(`no JIS X 0208 code for ${char}`);
    if (!jis) out.push(0x1b, 0x24, 0x42);
    jis = true;
    out.push(...euc.map((b) => b - 0x80));
  }
  if (jis) out.push(0x1b, 0x28, 0x42);
  return Uint8Array.from(out);
}

function singleByte(text: string, table: Map<string, number[]>): Uint8Array {
  return Uint8Array.from(
    [...text].flatMap((char) => {
      const code = char.codePointAt(0) as number;
      if (code < 0x80) return [code];
      const bytes = table.get(char);
      if (bytes === undefined) throw new Error(`no code for ${char}`);
      return bytes;
    }),
  );
}

const multiByte = singleByte;

const tables = new Map<string, Map<string, number[]>>();

/** Character → bytes, made by decoding every candidate byte sequence of the charset once. */
function reverseTable(charset: string, candidates: number[][]): Map<string, number[]> {
  const cached = tables.get(charset);
  if (cached !== undefined) return cached;
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number[]>();
  for (const bytes of candidates) {
    const char = decoder.decode(Uint8Array.from(bytes));
    if ([...char].length === 1 && char !== "\uFFFD" && !table.has(char)) table.set(char, bytes);
  }
  tables.set(charset, table);
  return table;
}

/**
 * windows-1252 above ASCII: latin1 from 0xA0, and its own characters in 0x80-0x9F (a few of them
 * here). Written out because Node 20's TextDecoder decodes that range as latin1 (nodejs/node#60888).
 */
const WINDOWS_1252_HIGH = new Map<string, number[]>([
  ...Array.from({ length: 0x60 }, (_, i): [string, number[]] => [String.fromCharCode(0xa0 + i), [0xa0 + i]]),
  ["€", [0x80]],
  ["…", [0x85]],
  ["‘", [0x91]],
  ["’", [0x92]],
  ["“", [0x93]],
  ["”", [0x94]],
  ["–", [0x96]],
  ["—", [0x97]],
]);

function shiftJisPairs(): number[][] {
  const pairs: number[][] = [];
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) pairs.push([lead, trail]);
  }
  return pairs;
}

function eucJpPairs(): number[][] {
  const pairs: number[][] = [];
  for (let first = 0xa1; first <= 0xfe; first++)
    for (let second = 0xa1; second <= 0xfe; second++) pairs.push([first, second]);
  return pairs;
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
