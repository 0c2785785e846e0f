/**
 * Reads a raw message (RFC 5322 + MIME) into a `MailMessage`. The MIME work (transfer encodings,
 * charsets, nesting) is decode-mime.ts's: postal-mime's result, from a synchronous decoder for
 * the common structures and from postal-mime itself for the rest. Runs in browsers and Node alike.
 */

import { decodeWords } from "postal-mime";
import { MAX_BODY_CHARS, MAX_RAW_BYTES } from "../limits";
import { byteString } from "./byte-string";
import { type DecodedMime, decodeMime, decodeMimeSync } from "./decode-mime";
import { htmlToText } from "./html-to-text";
import type { MailMessage } from "./mail-message";
import { textMessage } from "./mail-message";
import { relabelMislabelledJapanese } from "./mislabelled-japanese";
import { repairC1Controls } from "./windows-1252-controls";

const utf8 = new TextDecoder("utf-8");

const DELIVERY_STATUS_TYPES = new Set(["message/delivery-status", "message/global-delivery-status"]);
const ORIGINAL_MESSAGE_TYPES = new Set([
  "message/rfc822",
  "text/rfc822-headers",
  "message/global",
  "message/global-headers",
]);

export async function parseMessage(input: Uint8Array): Promise<MailMessage> {
  const truncated = input.byteLength > MAX_RAW_BYTES;
  const unnormalized = skipMboxSeparator(truncated ? input.subarray(0, MAX_RAW_BYTES) : input);
  // The message as a byte string (see byte-string.ts), for fast searches; null only in theory.
  const unnormalizedText = byteString(unnormalized);
  const bytes = normalizeLoneCarriageReturns(unnormalized, unnormalizedText);
  const text = bytes === unnormalized ? unnormalizedText : byteString(bytes);
  let email: DecodedMime;
  try {
    // Synchronously when the fast decoder takes the message: no promise to wait for.
    email = (text === null ? null : decodeMimeSync(bytes, undefined, text)) ?? (await decodeMime(bytes));
    // Undecodable bytes: maybe Japanese text under a wrong ISO-2022-JP label; checked only then.
    if ((email.text ?? email.html ?? "").includes("\uFFFD")) {
      const relabelled = relabelMislabelledJapanese(bytes);
      if (relabelled !== bytes) email = decodeMimeSync(relabelled) ?? (await decodeMime(relabelled));
    }
  } catch {
    // Broken beyond what the parser accepts (nesting or header limits): read it as text.
    return textMessage(cap(utf8.decode(bytes)), true);
  }

  const headers = new Map<string, string[]>();
  for (const h of email.headers) {
    const list = headers.get(h.key);
    if (list === undefined) headers.set(h.key, [h.value]);
    else list.push(h.value);
  }

  let deliveryStatus: string | null = null;
  let feedbackReport: string | null = null;
  let originalHeaders = "";
  let originalMessage: ArrayBuffer | Uint8Array | string | null = null;
  const untypedText: string[] = [];
  for (const part of email.attachments) {
    const type = part.mimeType;
    if (DELIVERY_STATUS_TYPES.has(type)) {
      deliveryStatus = (deliveryStatus === null ? "" : `${deliveryStatus}\n\n`) + decodePart(part.content);
    } else if (type === "message/feedback-report") {
      feedbackReport = decodePart(part.content);
    } else if (ORIGINAL_MESSAGE_TYPES.has(type) && originalHeaders === "") {
      originalHeaders = headerBlock(part.content);
      originalMessage = part.content;
    } else if (/^text\/plain\s/.test(type) && part.disposition !== "attachment") {
      // "Content-Type: text/plain" and its parameters without the ";" between them: the parser
      // cannot type the part and files it as an attachment, but it is the notice's text.
      untypedText.push(decodePart(part.content));
    }
  }
  // A gateway that wraps the real bounce as an attached message (Trend Micro's notices) leaves
  // the DSN part inside the attachment.
  if (
    deliveryStatus === null &&
    originalMessage !== null &&
    /^content-type:\s*multipart\/report/im.test(originalHeaders)
  ) {
    deliveryStatus = await nestedDeliveryStatus(originalMessage);
  }

  const plain = [...untypedText, email.text ?? ""].join("\n");
  const readable = plain.trim() !== "" ? plain : email.html !== undefined ? htmlToText(email.html) : "";
  // A multipart whose boundaries the parser could not find (a boundary parameter left unfolded on
  // the next line, a body without the announced delimiters) leaves no text: read its body as text.
  const body = readable.trim() !== "" ? readable : bodyAfterHeader(bytes);
  const repaired = repairC1Controls(body);
  const readableText = cap(repaired.includes("\r") ? repaired.replace(/\r\n?/g, "\n") : repaired);
  return {
    raw: true,
    headers,
    from: headers.has("from") ? decodeWords(headers.get("from")?.[0] ?? "") : "",
    subject: email.subject,
    text: readableText,
    deliveryStatus,
    feedbackReport,
    originalHeaders,
    truncated: truncated || readableText.length < body.length,
  };
}

/** The delivery-status part(s) of an attached message, or null. */
async function nestedDeliveryStatus(message: ArrayBuffer | Uint8Array | string): Promise<string | null> {
  try {
    const bytes = typeof message === "string" ? new TextEncoder().encode(message) : new Uint8Array(message);
    // decodeMime gives postal-mime's attachments (tests hold it to that).
    const nested = decodeMimeSync(bytes) ?? (await decodeMime(bytes));
    const parts = nested.attachments.filter((part) => DELIVERY_STATUS_TYPES.has(part.mimeType));
    return parts.length === 0 ? null : parts.map((part) => decodePart(part.content)).join("\n\n");
  } catch {
    return null;
  }
}

function decodePart(content: ArrayBuffer | Uint8Array | string): string {
  return typeof content === "string" ? content : utf8.decode(content);
}

function cap(text: string): string {
  return text.length > MAX_BODY_CHARS ? text.slice(0, MAX_BODY_CHARS) : text;
}

/** The raw body of a message, everything after the header block, as text. */
function bodyAfterHeader(bytes: Uint8Array): string {
  const text = utf8.decode(bytes.subarray(0, MAX_BODY_CHARS * 2));
  const end = /\r?\n\r?\n/.exec(text);
  return end === null ? "" : text.slice(end.index + end[0].length);
}

/**
 * The header block of a message: everything before the first empty line. Only that much is
 * decoded, since the returned original can be large and its body is never read.
 */
function headerBlock(message: ArrayBuffer | Uint8Array | string): string {
  if (typeof message === "string") return headerBlockOfText(message);
  const bytes = message instanceof Uint8Array ? message : new Uint8Array(message);
  // The block ends at the first LF followed by an empty line (LF, or CR LF) or by the end. It is
  // looked for in the decoded text of growing prefixes, as decoding keeps every LF and CR and
  // their order; the text up to that LF is what decoding the bytes up to it gives.
  for (let size = 4096; ; size *= 4) {
    const whole = size >= bytes.length;
    const text = utf8.decode(whole ? bytes : bytes.subarray(0, size));
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
      const next = text.charCodeAt(i + 1) === 0x0d ? i + 2 : i + 1;
      if (next >= text.length) {
        if (whole) return headerBlockOfText(text.slice(0, i));
        break;
      }
      if (text.charCodeAt(next) === 0x0a) return headerBlockOfText(text.slice(0, i));
    }
    if (whole) return headerBlockOfText(text);
  }
}

function headerBlockOfText(message: string): string {
  const normalized = message.includes("\r") ? message.replace(/\r\n?/g, "\n") : message;
  const end = normalized.indexOf("\n\n");
  return end === -1 ? normalized : normalized.slice(0, end);
}

/** Mailbox files start each message with a "From sender date" line that is not a header. */
function skipMboxSeparator(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x46 || bytes[1] !== 0x72 || bytes[2] !== 0x6f || bytes[3] !== 0x6d || bytes[4] !== 0x20) {
    return bytes;
  }
  const newline = bytes.indexOf(0x0a);
  return newline === -1 ? bytes : bytes.subarray(newline + 1);
}

/**
 * Old Macintosh files end lines with a bare CR, which MIME parsers do not split on. `text` is the
 * bytes as a byte string (see byte-string.ts), searched instead of the bytes when there is one.
 */
function normalizeLoneCarriageReturns(bytes: Uint8Array, text: string | null): Uint8Array {
  let lone = false;
  if (text !== null) {
    for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1)) {
      if (bytes[i + 1] !== 0x0a) {
        lone = true;
        break;
      }
    }
  } else {
    for (let i = bytes.indexOf(0x0d); i !== -1 && i < bytes.length; i = bytes.indexOf(0x0d, i + 1)) {
      if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) {
        lone = true;
        break;
      }
    }
  }
  if (!lone) return bytes;
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    out[i] = bytes[i] === 0x0d && bytes[i + 1] !== 0x0a ? 0x0a : (bytes[i] as number);
  }
  return out;
}
