/**
 * The MIME step of reading a raw message: what postal-mime gives for it, done with less work.
 *
 * Profiling `npm run bench` put half of an email's time in postal-mime, much of it on things the
 * engine never uses: address parsing of From/To/Cc/Reply-To/Return-Path, Date parsing and decoded
 * Message-ID/References, all from the top-level header block, and a promise per input line. So:
 * - the top-level header block is read here, exactly as postal-mime reads it (same line splitting,
 *   same UTF-8 decoding, same unfolding and trimming), and postal-mime is handed only the fields
 *   that decide how the body is decoded (Content-Type, Content-Transfer-Encoding, ...) and the body;
 * - a message that provably needs no MIME decoding (one text/plain part, 7bit or 8bit, UTF-8 or
 *   US-ASCII or no charset, no Content-Disposition) does not go to postal-mime at all: its text is
 *   its body's lines, decoded as postal-mime would. Everything else goes through postal-mime.
 * `decodeMimeWithPostalMime` is the plain postal-mime reading; a test holds both to equality.
 */
import type { Attachment, Email } from "postal-mime";
import PostalMime, { decodeWords } from "postal-mime";

/** One header field as postal-mime gives it: key in lower case, value unfolded and trimmed, not decoded. */
export interface HeaderField {
  readonly key: string;
  readonly value: string;
}

/** The parts of postal-mime's result that the engine reads. */
export interface DecodedMime {
  headers: HeaderField[];
  /** The Subject, encoded words decoded; "" when absent or empty. */
  subject: string;
  text: string | undefined;
  html: string | undefined;
  attachments: Attachment[];
}

const POSTAL_MIME_OPTIONS = { forceRfc822Attachments: true, maxRfc822NestingDepth: 0 } as const;

/** postal-mime's limit on header bytes; past it, it throws, so such input is left to it alone. */
const MAX_HEADERS_SIZE = 2 * 1024 * 1024;

/** What a message's header block decides about the rest, read as postal-mime reads it. */
interface TopLevelHeader {
  fields: HeaderField[];
  /** The lines of the fields that postal-mime's MIME tree depends on, folded lines included. */
  contentLines: string[];
  /** Byte offset where the body starts (just after the empty line). */
  bodyStart: number;
}

/** Fields of a part's header that postal-mime reads to decode its body (its CONTENT_HEADERS). */
const CONTENT_FIELDS = new Set([
  "content-type",
  "content-transfer-encoding",
  "content-disposition",
  "content-id",
  "content-description",
]);

/** postal-mime's parse of a message, untouched: the reference the faster paths must equal. */
export async function decodeMimeWithPostalMime(bytes: Uint8Array): Promise<DecodedMime> {
  const email = await PostalMime.parse(bytes, POSTAL_MIME_OPTIONS);
  return {
    headers: email.headers.map((h) => ({ key: h.key, value: h.value })),
    subject: email.subject ?? "",
    text: email.text,
    html: email.html,
    attachments: email.attachments,
  };
}

/** The same result as `decodeMimeWithPostalMime`, faster. May reject where postal-mime would. */
export async function decodeMime(bytes: Uint8Array): Promise<DecodedMime> {
  const header = bytes.length > MAX_HEADERS_SIZE ? null : readTopLevelHeader(bytes);
  // No empty line after the header: rare (a header block alone); left to postal-mime.
  if (header === null) return decodeMimeWithPostalMime(bytes);
  const subjectField = header.fields.find((f) => f.key === "subject");
  const subject = subjectField === undefined || subjectField.value === "" ? "" : decodeWords(subjectField.value);
  const plainText = plainTextBody(bytes, header);
  if (plainText !== null) {
    return {
      headers: header.fields,
      subject,
      text: plainText === "" ? undefined : plainText,
      html: undefined,
      attachments: [],
    };
  }
  // The MIME tree depends on the top-level Content-* fields and the body only: postal-mime gets
  // those, so it skips the address, date and message-id parsing of all the other fields.
  const contentHeader = textEncoder.encode(`${header.contentLines.map((l) => `${l}\n`).join("")}\n`);
  const reduced = new Uint8Array(contentHeader.length + bytes.length - header.bodyStart);
  reduced.set(contentHeader, 0);
  reduced.set(bytes.subarray(header.bodyStart), contentHeader.length);
  // As an ArrayBuffer, which postal-mime reads in place; a Uint8Array it would copy first.
  const email: Email = await PostalMime.parse(reduced.buffer, POSTAL_MIME_OPTIONS);
  return { headers: header.fields, subject, text: email.text, html: email.html, attachments: email.attachments };
}

const textEncoder = new TextEncoder();
/** postal-mime decodes header lines as UTF-8 keeping a leading U+FEFF (`ignoreBOM`). */
const headerDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * The top-level header block as postal-mime reads it: lines end at LF, trailing CRs dropped; the
 * first empty line ends the block; a line starting with SP or HTAB continues the field before it;
 * a field's key is what precedes its first ":", trimmed of SP/HTAB and lower-cased; its value is
 * the rest with the folding line breaks removed (the folding whitespace kept), trimmed. Null when
 * no empty line ends the block.
 *
 * postal-mime decodes each line alone; decoding the block at once gives the same text, since
 * UTF-8 never uses the LF byte inside a character (a sequence cut by LF ends in U+FFFD either way).
 */
function readTopLevelHeader(bytes: Uint8Array): TopLevelHeader | null {
  let end = -1;
  let bodyStart = -1;
  for (let pos = 0; pos < bytes.length; ) {
    const lf = bytes.indexOf(0x0a, pos);
    const next = lf === -1 ? bytes.length : lf + 1;
    let last = lf === -1 ? bytes.length : lf;
    while (last > pos && bytes[last - 1] === 0x0d) last--;
    if (last === pos) {
      end = pos;
      bodyStart = next;
      break;
    }
    pos = next;
  }
  if (end === -1) return null;
  // The block up to the LF that ends its last line (none when the message starts with the empty line).
  const lines = end === 0 ? [] : headerDecoder.decode(bytes.subarray(0, end - 1)).split("\n");
  const fields: HeaderField[] = [];
  const contentLines: string[] = [];
  for (let i = 0; i < lines.length; ) {
    // A field: its first line and the lines that continue it (starting with SP or HTAB).
    let next = i + 1;
    while (next < lines.length && isWsp((lines[next] as string).charCodeAt(0))) next++;
    const group = next === i + 1 ? null : lines.slice(i, next).map(withoutTrailingCr);
    const unfolded = group === null ? withoutTrailingCr(lines[i] as string) : group.join("");
    const sep = unfolded.indexOf(":");
    const key = trimWsp(sep < 0 ? unfolded : unfolded.slice(0, sep)).toLowerCase();
    const rest = sep < 0 ? "" : unfolded.slice(sep + 1);
    fields.push({ key, value: trimWsp(rest.includes("\r") ? rest.replace(/[\r\n]+/g, " ") : rest) });
    if (CONTENT_FIELDS.has(key)) contentLines.push(...(group ?? [unfolded]));
    i = next;
  }
  return { fields, contentLines, bodyStart };
}

const isWsp = (c: number) => c === 0x20 || c === 0x09;

/** Trims SP and HTAB only, as postal-mime does (not the other Unicode spaces `trim` removes). */
function trimWsp(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWsp(text.charCodeAt(start))) start++;
  while (end > start && isWsp(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function withoutTrailingCr(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 0x0d) end--;
  return end === line.length ? line : line.slice(0, end);
}

/**
 * "text/plain", alone or with a charset postal-mime decodes as UTF-8 (none, utf-8) or as
 * windows-1252 (us-ascii, as the WHATWG Encoding Standard maps it); no other parameter, since
 * format=flowed and the like change the text. No comments, no quoted-string escapes.
 */
const PLAIN_TEXT_TYPE =
  /^text\/plain[ \t]*(?:;[ \t]*(?:charset[ \t]*=[ \t]*(?:(us-ascii|utf-?8)|"(us-ascii|utf-?8)")[ \t]*(?:;[ \t]*)?)?)?$/i;

const utf8Body = new TextDecoder("utf-8");
const usAsciiBody = new TextDecoder("us-ascii");

/**
 * The text of a message that needs no MIME decoding, exactly as postal-mime gives it; null for any
 * other message. Such a message has one part: no Content-Type but text/plain with a UTF-8 or
 * US-ASCII charset or none, no Content-Transfer-Encoding but 7bit or 8bit, no Content-Disposition
 * (which could make the part an attachment). postal-mime passes such a body through line by line
 * (each line without its trailing CRs, then "\n") and decodes the whole with the charset's decoder.
 */
function plainTextBody(bytes: Uint8Array, header: TopLevelHeader): string | null {
  let charset: string | undefined;
  for (const field of header.fields) {
    if (field.key === "content-type") {
      const m = PLAIN_TEXT_TYPE.exec(field.value);
      if (m === null) return null;
      charset ??= (m[1] ?? m[2] ?? "utf-8").toLowerCase();
    } else if (field.key === "content-transfer-encoding") {
      if (!/^[78]bit$/i.test(field.value)) return null;
    } else if (field.key === "content-disposition") {
      return null;
    }
  }
  const body = bytes.subarray(header.bodyStart);
  const decoder = charset === "us-ascii" ? usAsciiBody : utf8Body;
  if (body.length === 0) return "";
  if (body.indexOf(0x0d) === -1) {
    if (body[body.length - 1] === 0x0a) return decoder.decode(body);
    const withNewline = new Uint8Array(body.length + 1);
    withNewline.set(body, 0);
    withNewline[body.length] = 0x0a;
    return decoder.decode(withNewline);
  }
  // Carriage returns: drop those that end a line, as postal-mime's line reader does.
  const out = new Uint8Array(body.length + 1);
  let length = 0;
  for (let pos = 0; pos < body.length; ) {
    const lf = body.indexOf(0x0a, pos);
    let last = lf === -1 ? body.length : lf;
    while (last > pos && body[last - 1] === 0x0d) last--;
    out.set(body.subarray(pos, last), length);
    length += last - pos;
    out[length++] = 0x0a;
    pos = lf === -1 ? body.length : lf + 1;
  }
  return decoder.decode(out.subarray(0, length));
}
