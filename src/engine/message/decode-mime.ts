/**
 * The MIME step of reading a raw message: what postal-mime gives for it, done with less work.
 *
 * Profiling `npm run bench` put a third of an email's time in postal-mime: a promise per input
 * line, a Blob per part, and address, date and message-id parsing of header fields the engine
 * never reads. So:
 * - the top-level header block is read here, exactly as postal-mime reads it (header-fields.ts);
 * - the MIME tree is decoded synchronously by fast-mime.ts, which gives postal-mime's result
 *   exactly for what it accepts (the common bounce structures: multipart/report, mixed,
 *   alternative, nested multiparts, message/* parts; 7bit, 8bit, quoted-printable, base64; the
 *   usual charsets) and declines the rest (see its comment for what and why);
 * - a declined message goes to postal-mime, which is handed only the top-level fields that decide
 *   how the body is decoded (Content-Type, Content-Transfer-Encoding, ...) and the body.
 * `decodeMimeWithPostalMime` is the plain postal-mime reading; tests hold both to equality.
 */
import type { Email } from "postal-mime";
import PostalMime, { decodeWords } from "postal-mime";
import { byteString } from "./byte-string";
import { type DecodedMime, decodeMimeFast, MAX_HEADERS_SIZE } from "./fast-mime";
import { findHeaderEnd, type HeaderField, readHeaderFields } from "./header-fields";

export type { DecodedMime } from "./fast-mime";
export type { HeaderField } from "./header-fields";

const POSTAL_MIME_OPTIONS = { forceRfc822Attachments: true, maxRfc822NestingDepth: 0 } as const;

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

/**
 * The same result as `decodeMimeWithPostalMime`, synchronously; null for a message the fast
 * decoder leaves to postal-mime.
 */
export function decodeMimeSync(
  bytes: Uint8Array,
  onDecline?: (reason: string) => void,
  /** `byteString(bytes)`, when the caller has it already. */
  text?: string,
): DecodedMime | null {
  if (bytes.length > MAX_HEADERS_SIZE) {
    onDecline?.("size");
    return null;
  }
  const byteText = text ?? byteString(bytes);
  if (byteText === null) {
    onDecline?.("byte string");
    return null;
  }
  const end = findHeaderEnd(byteText, 0);
  const fields = readHeaderFields(bytes, 0, end === null ? bytes.length : end.end, false);
  return decodeMimeFast(bytes, byteText, fields, end === null ? -1 : end.bodyStart, onDecline);
}

/** The same result as `decodeMimeWithPostalMime`, faster. May reject where postal-mime would. */
export async function decodeMime(bytes: Uint8Array): Promise<DecodedMime> {
  return decodeMimeSync(bytes) ?? decodeMimeWithReducedHeader(bytes);
}

/**
 * postal-mime's reading of a message the fast decoder declined, with the top-level header read
 * here: the MIME tree depends on the top-level Content-* fields and the body only, so postal-mime
 * gets those and skips the address, date and message-id parsing of all the other fields.
 */
async function decodeMimeWithReducedHeader(bytes: Uint8Array): Promise<DecodedMime> {
  const text = bytes.length > MAX_HEADERS_SIZE ? null : byteString(bytes);
  const end = text === null ? null : findHeaderEnd(text, 0);
  // No empty line after the header (a header block alone), or beyond postal-mime's header limit
  // (or, in theory, a runtime without a single-byte decoder).
  if (end === null) return decodeMimeWithPostalMime(bytes);
  const contentLines: string[] = [];
  const fields: HeaderField[] = readHeaderFields(bytes, 0, end.end, false, contentLines);
  const subjectField = fields.find((f) => f.key === "subject");
  const subject = subjectField === undefined || subjectField.value === "" ? "" : decodeWords(subjectField.value);
  const contentHeader = textEncoder.encode(`${contentLines.map((l) => `${l}\n`).join("")}\n`);
  const reduced = new Uint8Array(contentHeader.length + bytes.length - end.bodyStart);
  reduced.set(contentHeader, 0);
  reduced.set(bytes.subarray(end.bodyStart), contentHeader.length);
  // As an ArrayBuffer, which postal-mime reads in place; a Uint8Array it would copy first.
  const email: Email = await PostalMime.parse(reduced.buffer, POSTAL_MIME_OPTIONS);
  return { headers: fields, subject, text: email.text, html: email.html, attachments: email.attachments };
}

const textEncoder = new TextEncoder();
