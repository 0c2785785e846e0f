/**
 * A synchronous MIME decoder that gives exactly what postal-mime 4 gives (with the options the
 * engine uses: `forceRfc822Attachments`, no inline message/rfc822 parsing) for the messages it
 * accepts, and declines (returns null) the rest, which decode-mime.ts then hands to postal-mime.
 *
 * postal-mime reads a message a line at a time, with a promise per line, a MimeNode per part and
 * a Blob per decoded part; that was a third of the engine's time. The MIME tree only changes at a
 * boundary line, though: between two of them every line goes to the same part. So this decoder
 * walks the lines once to find the parts (byte ranges of each part's header and body), following
 * postal-mime's rules to the letter (which lines are boundaries, which part a line goes to, when
 * a part is finished and its boundary forgotten), and decodes each part's body range in one go.
 * Lines are found by searching the message as a byte string (byte-string.ts), where the searches
 * are native string searches. Encoded words (Subject, file names, descriptions) are decoded by
 * postal-mime's own exported decodeWords.
 *
 * What it declines, and why (postal-mime alone knows how to do these exactly, and they are rare;
 * none of the ~850 files of the shared corpus is declined):
 * - a charset label outside DECODER_LABELS and FALLBACK_LABELS: postal-mime maps other labels
 *   through aliases and normalisation it does not export ("uft-8" → windows-1252, …);
 * - RFC 2231 parameters (a name with "*"): continuations and percent-decoding;
 * - text that postal-mime would convert between plain and HTML (a message with a text/plain part
 *   and a text/html part that are not alternatives of each other): its converters are internal;
 * - nesting deeper than postal-mime's limit, where it throws;
 * - a message larger than postal-mime's header limit (it could throw on header size);
 * - (decode-mime.ts) a runtime whose single-byte decoder would not give one unit per byte.
 * tests/engine/message/fast-mime.test.ts holds the two to equality (corpus fixtures with three
 * kinds of line ends, crafted messages for each rule and decline, generated and mutated messages).
 */
import type { Attachment } from "postal-mime";
import { decodeWords } from "postal-mime";
import { decoderFor } from "./charsets";
import { decodeFlowed } from "./flowed-text";
import { type HeaderField, readHeaderFields } from "./header-fields";
import { isTokenChar, parseStructuredHeader, type Structured, stripComments } from "./structured-header";
import {
  type Alloc,
  decodeBase64Range,
  decodeQuotedPrintableRange,
  newBytes,
  passThroughRange,
  scratchBytes,
} from "./transfer-decoding";

/** The parts of postal-mime's result that the engine reads. */
export interface DecodedMime {
  headers: HeaderField[];
  /** The Subject, encoded words decoded; "" when absent or empty. */
  subject: string;
  text: string | undefined;
  html: string | undefined;
  attachments: Attachment[];
}

/** postal-mime's MAX_NESTING_DEPTH: a deeper part makes it throw. */
const MAX_NESTING_DEPTH = 256;
/** postal-mime's limit on header bytes; past it, it throws, so larger input is left to it. */
export const MAX_HEADERS_SIZE = 2 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;
const DASH = 0x2d;

enum State {
  Header = 0,
  Body = 1,
  Finished = 2,
}

enum Encoding {
  None = 0,
  Base64 = 1,
  QuotedPrintable = 2,
}

/** A MIME part: postal-mime's MimeNode, with byte ranges instead of fed lines. */
interface Part {
  readonly parent: Part | null;
  readonly depth: number;
  readonly children: Part[];
  /** Children before this index are finished (postal-mime's finalizedChildCount). */
  finalizedChildren: number;
  state: State;
  /** The header lines: bytes[headerStart, headerEnd); headerEnd -1 while still reading them. */
  readonly headerStart: number;
  headerEnd: number;
  /** The body lines: bytes[bodyStart, bodyEnd); -1 when the part has no body (yet). */
  bodyStart: number;
  bodyEnd: number;
  /** Set by processHeaders. */
  type: Structured;
  /** The multipart subtype, "" when not a multipart (postal-mime: `false`, or "" for "multipart/"). */
  multipart: string;
  encoding: Encoding;
  disposition: Structured;
  contentId: string | undefined;
  description: string | undefined;
}

interface Boundary {
  readonly value: Uint8Array;
  readonly part: Part;
}

const textEncoder = new TextEncoder();
const EMPTY = new Uint8Array(0);

/** What one message decodes to; `declined` says why it was left to postal-mime. */
class Decoder {
  declined: string | null = null;
  readonly boundaries: Boundary[] = [];

  /** `text` is `byteString(bytes)`: offsets in it are offsets in `bytes` (see byte-string.ts). */
  constructor(
    readonly bytes: Uint8Array,
    readonly text: string,
  ) {}

  decline(reason: string): void {
    this.declined ??= reason;
  }

  newPart(parent: Part | null, headerStart: number): Part {
    const depth = parent === null ? 0 : parent.depth + 1;
    if (depth > MAX_NESTING_DEPTH) this.decline("nesting");
    const part: Part = {
      parent,
      depth,
      children: [],
      finalizedChildren: 0,
      state: State.Header,
      headerStart,
      headerEnd: -1,
      bodyStart: -1,
      bodyEnd: -1,
      type: DEFAULT_TYPE,
      multipart: "",
      encoding: Encoding.None,
      disposition: NO_DISPOSITION,
      contentId: undefined,
      description: undefined,
    };
    parent?.children.push(part);
    return part;
  }

  /** postal-mime's processHeaders: the first of each content field decides; a multipart's boundary is registered. */
  processHeaders(part: Part, fields: readonly HeaderField[]): void {
    let type: string | undefined;
    let transferEncoding: string | undefined;
    let disposition: string | undefined;
    for (const field of fields) {
      switch (field.key) {
        case "content-type":
          type ??= field.value;
          break;
        case "content-transfer-encoding":
          transferEncoding ??= field.value;
          break;
        case "content-disposition":
          disposition ??= field.value;
          break;
        case "content-id":
          part.contentId ??= field.value;
          break;
        case "content-description":
          part.description ??= field.value;
          break;
      }
    }
    const defaultType = part.parent?.multipart === "digest" ? "message/rfc822" : "text/plain";
    part.type = this.parseStructured(type ?? defaultType);
    const value = part.type.value;
    // postal-mime: /^multipart\//i on the value, then what follows the first "/" ("" is falsy).
    part.multipart = value.startsWith("multipart/") ? value.slice(10) : "";
    const boundary = part.type.params.get("boundary");
    if (part.multipart !== "" && boundary !== undefined && boundary !== "") {
      this.boundaries.push({ value: textEncoder.encode(boundary), part });
    }
    part.disposition = disposition === undefined ? NO_DISPOSITION : this.parseStructured(disposition);
    part.encoding = transferEncodingOf(transferEncoding ?? "8bit");
  }

  /** postal-mime's parseStructuredHeader; declines RFC 2231 parameters (names with "*"). */
  parseStructured(text: string): Structured {
    const parsed = parseStructuredHeader(text);
    if (text.includes("*")) {
      for (const name of parsed.params.keys()) {
        if (name.includes("*")) this.decline("rfc2231");
      }
    }
    return parsed;
  }

  /** postal-mime's MimeNode.finalize: headers processed if still pending, boundary forgotten, children finished. */
  finalize(part: Part): void {
    if (part.state === State.Finished) return;
    if (part.state === State.Header) this.processHeaders(part, this.headerOf(part));
    const boundaries = this.boundaries;
    for (let i = boundaries.length - 1; i >= 0; i--) {
      if ((boundaries[i] as Boundary).part === part) {
        boundaries.splice(i, 1);
        break;
      }
    }
    this.finalizeChildren(part);
    part.state = State.Finished;
  }

  finalizeChildren(part: Part): void {
    while (part.finalizedChildren < part.children.length) {
      this.finalize(part.children[part.finalizedChildren++] as Part);
    }
  }

  headerOf(part: Part): HeaderField[] {
    return readHeaderFields(this.bytes, part.headerStart, part.headerEnd, true, undefined, this.text);
  }

  /** The part stops receiving lines at `at` (a boundary line, or the end of the input). */
  leave(part: Part, at: number): void {
    if (part.state === State.Header) {
      if (part.headerEnd === -1) part.headerEnd = at;
    } else if (part.state === State.Body && part.bodyEnd === -1) {
      part.bodyEnd = at;
    }
  }

  /**
   * postal-mime's processLine for a line that starts with "--": the boundary it closes or opens,
   * innermost first, as postal-mime matches them (the boundary, "--" for a terminator, then
   * only SP/HTAB). `start`/`end` bound the line without its line break and trailing CRs.
   */
  matchBoundary(start: number, end: number): { boundary: Boundary; terminator: boolean } | null {
    const bytes = this.bytes;
    const length = end - start;
    for (let i = this.boundaries.length - 1; i >= 0; i--) {
      const boundary = this.boundaries[i] as Boundary;
      const value = boundary.value;
      if (length < value.length + 2) continue;
      let matches = true;
      for (let j = 0; j < value.length; j++) {
        if (bytes[start + 2 + j] !== value[j]) {
          matches = false;
          break;
        }
      }
      if (!matches) continue;
      let boundaryEnd = value.length + 2;
      let terminator = false;
      if (
        length >= value.length + 4 &&
        bytes[start + value.length + 2] === DASH &&
        bytes[start + value.length + 3] === DASH
      ) {
        terminator = true;
        boundaryEnd = value.length + 4;
      }
      let trailingOk = true;
      for (let j = start + boundaryEnd; j < end; j++) {
        const c = bytes[j];
        if (c !== 0x20 && c !== 0x09) {
          trailingOk = false;
          break;
        }
      }
      if (trailingOk) return { boundary, terminator };
    }
    return null;
  }
}

const DEFAULT_TYPE: Structured = { value: "text/plain", params: new Map() };
const NO_DISPOSITION: Structured = { value: "", params: new Map() };

/**
 * postal-mime's decoding of a message whose top-level header is `fields`, its body starting at
 * `bodyStart` (-1: no empty line ends the header, which then runs to the end). Null when the
 * message is one this decoder leaves to postal-mime (see the file's comment).
 */
export function decodeMimeFast(
  bytes: Uint8Array,
  text: string,
  fields: HeaderField[],
  bodyStart: number,
  onDecline?: (reason: string) => void,
): DecodedMime | null {
  if (bytes.length > MAX_HEADERS_SIZE) {
    onDecline?.("size");
    return null;
  }
  const decoder = new Decoder(bytes, text);
  const root = decoder.newPart(null, 0);
  if (bytes.length === 0) {
    // postal-mime reads no line, so never finalizes the root: a text/plain part with no content.
    return { headers: [], subject: "", text: undefined, html: undefined, attachments: [] };
  }
  if (bodyStart === -1) {
    root.headerEnd = bytes.length;
  } else {
    root.headerEnd = bodyStart;
    root.state = State.Body;
    root.bodyStart = bodyStart;
    decoder.processHeaders(root, fields);
    walkBody(decoder, root, bodyStart);
  }
  decoder.finalize(root);
  const collected = decoder.declined === null ? collect(decoder, root) : null;
  if (collected === null) {
    onDecline?.(decoder.declined ?? "text conversion");
    return null;
  }
  const subjectField = fields.find((f) => f.key === "subject");
  const subject = subjectField === undefined || subjectField.value === "" ? "" : decodeWordsIfAny(subjectField.value);
  return { headers: fields, subject, text: collected.text, html: collected.html, attachments: collected.attachments };
}

/** postal-mime's line loop from the root's body on: which part each line goes to. */
function walkBody(decoder: Decoder, root: Part, from: number): void {
  const bytes = decoder.bytes;
  const text = decoder.text;
  const length = bytes.length;
  let current = root;
  for (let pos = from; pos < length; ) {
    const inHeader = current.state === State.Header;
    if (!inHeader && decoder.boundaries.length === 0) {
      // No boundary left to match and no header being read: every remaining line goes to the
      // current part, and only a header's processing registers a boundary. Nothing can change.
      break;
    }
    if (!inHeader && (bytes[pos] !== DASH || bytes[pos + 1] !== DASH)) {
      // Body lines go to the current part; only one starting with "--" can change that, and
      // every line but this one starts just after a LF.
      const candidate = text.indexOf("\n--", pos);
      if (candidate === -1) break;
      pos = candidate + 1;
      continue;
    }
    const lf = text.indexOf("\n", pos);
    const next = lf === -1 ? length : lf + 1;
    let end = lf === -1 ? length : lf;
    while (end > pos && bytes[end - 1] === CR) end--;
    if (end - pos > 2 && bytes[pos] === DASH && bytes[pos + 1] === DASH && decoder.boundaries.length > 0) {
      const match = decoder.matchBoundary(pos, end);
      if (match !== null) {
        decoder.leave(current, pos);
        const owner = match.boundary.part;
        if (match.terminator) {
          decoder.finalize(owner);
          current = owner.parent ?? root;
        } else {
          decoder.finalizeChildren(owner);
          current = decoder.newPart(owner, next);
          if (decoder.declined !== null) return;
        }
        pos = next;
        continue;
      }
    }
    if (inHeader && end === pos) {
      // The empty line that ends a part's header.
      current.headerEnd = pos;
      current.state = State.Body;
      current.bodyStart = next;
      decoder.processHeaders(current, decoder.headerOf(current));
    }
    pos = next;
  }
  decoder.leave(current, length);
}

interface TextEntry {
  plain: string[] | null;
  html: string[] | null;
}

/** postal-mime's collectNode and renderTextContent; null when it would convert text (see the file's comment). */
function collect(
  decoder: Decoder,
  root: Part,
): { text: string | undefined; html: string | undefined; attachments: Attachment[] } | null {
  const entries = new Map<Part, TextEntry>();
  const attachments: Attachment[] = [];
  let hasPlain = false;
  let hasHtml = false;

  const visit = (part: Part, alternative: Part | null, related: boolean): void => {
    if (part.multipart === "") {
      const type = part.type.value;
      if (part.disposition.value !== "attachment" && (type === "text/plain" || type === "text/html")) {
        const text = textContent(decoder, part);
        const selector = alternative ?? part;
        let entry = entries.get(selector);
        if (entry === undefined) {
          entry = { plain: null, html: null };
          entries.set(selector, entry);
        }
        if (type === "text/html") {
          if (entry.html === null) entry.html = [text];
          else entry.html.push(text);
          hasHtml = true;
        } else {
          if (entry.plain === null) entry.plain = [text];
          else entry.plain.push(text);
          hasPlain = true;
        }
      } else {
        attachments.push(attachmentOf(decoder, part, related));
      }
    } else if (part.multipart === "alternative") {
      alternative = part;
    } else if (part.multipart === "related") {
      related = true;
    }
    for (const child of part.children) visit(child, alternative, related);
  };
  visit(root, null, false);
  if (decoder.declined !== null) return null;

  const plain: string[] = [];
  const html: string[] = [];
  for (const entry of entries.values()) {
    // A part without text of a type the message has elsewhere: postal-mime converts the other one.
    if ((hasPlain && entry.plain === null) || (hasHtml && entry.html === null)) return null;
    if (entry.plain !== null) plain.push(...entry.plain);
    if (entry.html !== null) html.push(...entry.html);
  }
  const text = plain.join("\n");
  const htmlText = html.join("\n");
  return { text: text === "" ? undefined : text, html: htmlText === "" ? undefined : htmlText, attachments };
}

/** postal-mime's collectAttachment (without its message/rfc822 depth case, which these options never reach). */
function attachmentOf(decoder: Decoder, part: Part, related: boolean): Attachment {
  const filename = part.disposition.params.get("filename") || part.type.params.get("name") || null;
  const attachment: Attachment = {
    filename: filename ? decodeWordsIfAny(filename) : null,
    mimeType: part.type.value,
    disposition: part.disposition.value || null,
    content: EMPTY,
  };
  if (related && part.contentId) attachment.related = true;
  if (part.description) attachment.description = decodeWordsIfAny(part.description);
  if (part.contentId) attachment.contentId = part.contentId;
  const type = part.type.value;
  if (type === "text/calendar" || type === "application/ics") {
    const method = part.type.params.get("method");
    if (method) attachment.method = method.toUpperCase().trim();
    // Unicode text with "\n" line ends, ending in exactly one "\n".
    const text = textContent(decoder, part);
    let normalized = "";
    let from = 0;
    for (let lf = text.indexOf("\n"); lf !== -1; lf = text.indexOf("\n", from)) {
      normalized += text.slice(from, lf > from && text.charCodeAt(lf - 1) === CR ? lf - 1 : lf);
      normalized += "\n";
      from = lf + 1;
    }
    normalized += text.slice(from);
    let end = normalized.length;
    while (end > 0 && normalized.charCodeAt(end - 1) === LF) end--;
    attachment.content = textEncoder.encode(`${normalized.slice(0, end)}\n`);
  } else {
    attachment.content = contentOf(decoder, part, newBytes);
  }
  return attachment;
}

/** decodeWords, skipped when there is no "=?" (it then returns its input unchanged). */
function decodeWordsIfAny(text: string): string {
  return text.includes("=?") ? decodeWords(text) : text;
}

/** postal-mime's getTextContent: the body decoded with its charset's decoder, format=flowed undone. */
function textContent(decoder: Decoder, part: Part): string {
  const textDecoder = decoderFor(part.type.params.get("charset"));
  if (textDecoder === null) {
    decoder.decline("charset");
    return "";
  }
  // The bytes only live until decoded: they go to the scratch buffer, not to a new one.
  const text = textDecoder.decode(contentOf(decoder, part, scratchBytes));
  const format = part.type.params.get("format");
  if (format === undefined || !equalsAsciiCaseless(format, "flowed")) return text;
  return decodeFlowed(text, equalsAsciiCaseless(part.type.params.get("delsp") ?? "", "yes"));
}

/** `/^word$/i.test(text)` for a lower-case ASCII word (no non-ASCII character matches one without the u flag). */
function equalsAsciiCaseless(text: string, word: string): boolean {
  if (text.length !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(i);
    const w = word.charCodeAt(i);
    if (c !== w && !(c >= 0x41 && c <= 0x5a && c + 0x20 === w)) return false;
  }
  return true;
}

/** A part's body bytes, its transfer encoding undone (postal-mime's content decoders). */
function contentOf(decoder: Decoder, part: Part, alloc: Alloc): Uint8Array {
  if (part.bodyStart === -1 || part.bodyEnd <= part.bodyStart) return EMPTY;
  switch (part.encoding) {
    case Encoding.Base64:
      return decodeBase64Range(decoder.bytes, part.bodyStart, part.bodyEnd, alloc);
    case Encoding.QuotedPrintable:
      return decodeQuotedPrintableRange(decoder.bytes, decoder.text, part.bodyStart, part.bodyEnd, alloc);
    default:
      return passThroughRange(decoder.bytes, decoder.text, part.bodyStart, part.bodyEnd, alloc);
  }
}

/**
 * postal-mime's transfer encoding: the first run of [A-Za-z0-9_-] of the value without its
 * comments, lower-cased; base64 when it contains "base64", else quoted-printable when it contains
 * "quoted-printable", else passed through.
 */
function transferEncodingOf(value: string): Encoding {
  const text = (value.includes("(") ? stripComments(value) : value).toLowerCase();
  let start = 0;
  while (start < text.length && !isTokenChar(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && isTokenChar(text.charCodeAt(end))) end++;
  const token = text.slice(start, end);
  if (token.includes("base64")) return Encoding.Base64;
  if (token.includes("quoted-printable")) return Encoding.QuotedPrintable;
  return Encoding.None;
}
