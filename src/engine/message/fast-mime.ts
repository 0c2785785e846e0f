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
import { type HeaderField, isWsp, readHeaderFields } from "./header-fields";

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
const EQUALS = 0x3d;

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

/** A structured header value (Content-Type, Content-Disposition) as postal-mime parses it. */
interface Structured {
  /** Lower-cased (when not empty). */
  value: string;
  /** First occurrence of each parameter, names lower-cased. */
  params: Map<string, string>;
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

/** Where a decoder writes its output: at least `size` bytes. */
type Alloc = (size: number) => Uint8Array;

const newBytes: Alloc = (size) => new Uint8Array(size);

/** Scratch space for bytes that are decoded to text at once; reused, up to this size. */
const SCRATCH_MAX = 256 * 1024;
let scratch = new Uint8Array(16 * 1024);
const scratchBytes: Alloc = (size) => {
  if (size > SCRATCH_MAX) return new Uint8Array(size);
  if (size > scratch.length) scratch = new Uint8Array(Math.min(SCRATCH_MAX, Math.max(size, scratch.length * 2)));
  return scratch;
};

/** Each line without its trailing CRs, then "\n" (postal-mime's PassThroughDecoder). */
function passThroughRange(bytes: Uint8Array, text: string, start: number, end: number, alloc: Alloc): Uint8Array {
  const range = bytes.subarray(start, end);
  const cr = text.indexOf("\r", start);
  if (cr === -1 || cr >= end) {
    if (range[range.length - 1] === LF) return range;
    const out = alloc(range.length + 1);
    out.set(range, 0);
    out[range.length] = LF;
    return out.subarray(0, range.length + 1);
  }
  const out = alloc(range.length + 1);
  let length = 0;
  for (let pos = start; pos < end; ) {
    const lf = text.indexOf("\n", pos);
    const next = lf === -1 || lf >= end ? end : lf + 1;
    let last = next === end && bytes[end - 1] !== LF ? end : next - 1;
    while (last > pos && bytes[last - 1] === CR) last--;
    length = copyBytes(out, length, bytes, pos, last);
    out[length++] = LF;
    pos = next;
  }
  return out.subarray(0, length);
}

/**
 * postal-mime's QPDecoder, line by line: a line (without trailing CRs) ending in "=" is a soft
 * break; "=XY" with two hex digits inside the line (the soft break's "=" excluded) is a byte; all
 * else is literal; a line without a soft break ends in "\n".
 */
function decodeQuotedPrintableRange(
  bytes: Uint8Array,
  text: string,
  start: number,
  end: number,
  alloc: Alloc,
): Uint8Array {
  const out = alloc(end - start + 1);
  let length = 0;
  // The next "=" at or after the current position (-1: none left): found once, not per line.
  let nextEquals = text.indexOf("=", start);
  for (let pos = start; pos < end; ) {
    const lf = text.indexOf("\n", pos);
    const next = lf === -1 || lf >= end ? end : lf + 1;
    let last = next === end && bytes[end - 1] !== LF ? end : next - 1;
    while (last > pos && bytes[last - 1] === CR) last--;
    const softBreak = last > pos && bytes[last - 1] === EQUALS;
    if (softBreak) last--;
    let literal = pos;
    if (nextEquals !== -1 && nextEquals < pos) nextEquals = text.indexOf("=", pos);
    for (let i = nextEquals; i !== -1 && i + 2 < last; i = nextEquals) {
      nextEquals = text.indexOf("=", i + 1);
      const high = hexValue(bytes[i + 1] as number);
      const low = hexValue(bytes[i + 2] as number);
      if (high < 0 || low < 0) continue;
      length = copyBytes(out, length, bytes, literal, i);
      out[length++] = (high << 4) | low;
      literal = i + 3;
      if (nextEquals !== -1 && nextEquals < literal) nextEquals = text.indexOf("=", literal);
    }
    length = copyBytes(out, length, bytes, literal, last);
    if (!softBreak) out[length++] = LF;
    pos = next;
  }
  return out.subarray(0, length);
}

/** Copies bytes[from, to) to out at `at`; returns the new end. A loop for short runs, where a view costs more. */
function copyBytes(out: Uint8Array, at: number, bytes: Uint8Array, from: number, to: number): number {
  if (to - from > 48) {
    out.set(bytes.subarray(from, to), at);
    return at + to - from;
  }
  for (let i = from; i < to; i++) out[at++] = bytes[i] as number;
  return at;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** Values of the base64 alphabet; -1 for bytes postal-mime drops, -2 for "=". */
const BASE64_VALUES = (() => {
  const table = new Int8Array(256).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  table[EQUALS] = -2;
  return table;
})();

/**
 * postal-mime's Base64Decoder: every byte outside the base64 alphabet and "=" is dropped (its
 * per-line UTF-8 decoding makes any non-ASCII byte a character it then removes); each run of "="
 * ends a unit, decoded alone; a unit's trailing group of 2 or 3 characters gives 1 or 2 bytes,
 * a lone trailing character nothing. Its 100 KiB chunking cuts units at multiples of 4, which
 * changes nothing.
 */
function decodeBase64Range(bytes: Uint8Array, start: number, end: number, alloc: Alloc): Uint8Array {
  const out = alloc(Math.floor(((end - start) * 3) / 4) + 3);
  let length = 0;
  let group = 0;
  let count = 0;
  for (let i = start; i < end; i++) {
    const v = BASE64_VALUES[bytes[i] as number] as number;
    if (v >= 0) {
      group = (group << 6) | v;
      if (++count === 4) {
        out[length++] = (group >> 16) & 0xff;
        out[length++] = (group >> 8) & 0xff;
        out[length++] = group & 0xff;
        group = 0;
        count = 0;
      }
    } else if (v === -2 && count > 0) {
      length = flushBase64Group(out, length, group, count);
      group = 0;
      count = 0;
    }
  }
  if (count > 0) length = flushBase64Group(out, length, group, count);
  return out.subarray(0, length);
}

function flushBase64Group(out: Uint8Array, length: number, group: number, count: number): number {
  if (count === 2) {
    out[length++] = (group >> 4) & 0xff;
  } else if (count === 3) {
    out[length++] = (group >> 10) & 0xff;
    out[length++] = (group >> 2) & 0xff;
  }
  return length;
}

/**
 * The charset labels decoded here: each is in postal-mime's ENCODING_LABELS (the WHATWG labels),
 * for which it uses `new TextDecoder(label)` as written. Other labels it maps through aliases and
 * normalisation of its own, so those messages are left to it.
 */
const DECODER_LABELS = new Set([
  "utf-8",
  "utf8",
  "us-ascii",
  "ascii",
  "iso-8859-1",
  "iso8859-1",
  "latin1",
  "iso-8859-2",
  "iso-8859-3",
  "iso-8859-4",
  "iso-8859-5",
  "iso-8859-6",
  "iso-8859-7",
  "iso-8859-8",
  "iso-8859-9",
  "iso-8859-10",
  "iso-8859-13",
  "iso-8859-14",
  "iso-8859-15",
  "iso-8859-16",
  "windows-1250",
  "windows-1251",
  "windows-1252",
  "windows-1253",
  "windows-1254",
  "windows-1255",
  "windows-1256",
  "windows-1257",
  "windows-1258",
  "cp1252",
  "koi8-r",
  "koi8-u",
  "iso-2022-jp",
  "shift_jis",
  "shift-jis",
  "sjis",
  "euc-jp",
  "euc-kr",
  "ks_c_5601-1987",
  "gb2312",
  "gbk",
  "gb18030",
  "big5",
  "utf-16",
  "utf-16le",
  "utf-16be",
]);

/**
 * Labels outside the WHATWG list that mail does use, with the decoder postal-mime ends up with
 * for them: UTF-7 has no WHATWG decoder, and its normalised labels ("utf7", "unicode11utf7")
 * match no alias, so postal-mime falls back to windows-1252. (A test holds this to postal-mime.)
 */
const FALLBACK_LABELS = new Map([
  ["utf-7", "windows-1252"],
  ["unicode-1-1-utf-7", "windows-1252"],
]);

const decoders = new Map<string, TextDecoder | null>();

/** postal-mime's getDecoder for the labels above (no charset: UTF-8); null for any other label. */
function decoderFor(charset: string | undefined): TextDecoder | null {
  const label = (charset || "utf8").trim().toLowerCase();
  let decoder = decoders.get(label);
  if (decoder === undefined) {
    decoder = null;
    const known = DECODER_LABELS.has(label) ? label : FALLBACK_LABELS.get(label);
    if (known !== undefined) {
      try {
        decoder = new TextDecoder(known);
      } catch {
        // A runtime without this encoding: postal-mime would fall back; so does the caller.
      }
      // Only labels of the two lists are kept, so the map cannot grow with what messages make up.
      decoders.set(label, decoder);
    }
  }
  return decoder;
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

/** JavaScript's \w (without the u flag) and "-". */
function isTokenChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH;
}

/**
 * postal-mime's stripComments: parenthesised comments removed outside quoted strings; inside a
 * parameter value a "(" opens a comment only after whitespace (or as the value's first
 * character); a backslash escapes the next character; an unclosed comment is dropped only when no
 * ";" follows where it opened, else the value is kept as it was.
 */
function stripComments(text: string): string {
  let result = "";
  let depth = 0;
  let escaped = false;
  let inQuote = false;
  let commentStart = -1;
  let inParameterValue = false;
  let endsWithWsp = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (escaped) {
      if (depth === 0) {
        result += c;
        endsWithWsp = c === " " || c === "\t";
      }
      escaped = false;
      continue;
    }
    if (c === "\\") {
      escaped = true;
      if (depth === 0) {
        result += c;
        endsWithWsp = false;
      }
      continue;
    }
    if (c === '"' && depth === 0) {
      inQuote = !inQuote;
      result += c;
      endsWithWsp = false;
      continue;
    }
    if (!inQuote) {
      if (c === "(" && (!inParameterValue || result.length === 0 || endsWithWsp)) {
        if (depth === 0) commentStart = i;
        depth++;
        continue;
      }
      if (c === ")" && depth > 0) {
        depth--;
        continue;
      }
      if (depth === 0) {
        if (c === "=") inParameterValue = true;
        else if (c === ";") inParameterValue = false;
      }
    }
    if (depth === 0) {
      result += c;
      endsWithWsp = c === " " || c === "\t";
    }
  }
  if (depth === 0) return result;
  return text.indexOf(";", commentStart) < 0 ? result : text;
}

/**
 * postal-mime's parseStructuredHeader (before its RFC 2231 step, which the caller declines): the
 * value, then ";"-separated parameters; quoted strings with backslash escapes; whitespace outside
 * quotes kept only between significant characters; after a closed quoted string, the rest of the
 * value is dropped; a name without "=" is a parameter with an empty value; the first occurrence
 * of a parameter wins. (One loop without closures: it runs for every part.)
 */
export function parseStructuredHeader(input: string): Structured {
  const text = input.includes("(") ? stripComments(input) : input;
  return parseSimpleStructured(text) ?? parseStructuredGeneral(text);
}

/**
 * The same as parseStructuredGeneral for the usual shape of a Content-Type or Content-Disposition
 * (no backslash; quotes only around a whole parameter value, with nothing but SP/HTAB after the
 * closing one), by slicing instead of building strings a character at a time; null for anything
 * else. A test holds the two to equality.
 */
export function parseSimpleStructured(text: string): Structured | null {
  if (text.includes("\\")) return null;
  const length = text.length;
  const semicolon = text.indexOf(";");
  const mainEnd = semicolon === -1 ? length : semicolon;
  const quote = text.indexOf('"');
  if (quote !== -1 && quote < mainEnd) return null;
  const main = sliceTrimmedWsp(text, 0, mainEnd);
  const params = new Map<string, string>();
  // At a ";" that ends the value before it: a parameter name follows, up to "=" or ";".
  for (let pos = mainEnd; pos < length; ) {
    const nameStart = pos + 1;
    let nameEnd = nameStart;
    while (nameEnd < length) {
      const c = text.charCodeAt(nameEnd);
      if (c === 0x3d /* = */ || c === 0x3b /* ; */) break;
      nameEnd++;
    }
    if (nameEnd === length || text.charCodeAt(nameEnd) === 0x3b) {
      storeEmptyKey(params, text.slice(nameStart, nameEnd));
      pos = nameEnd;
      continue;
    }
    const name = text.slice(nameStart, nameEnd).trim().toLowerCase();
    let valueStart = nameEnd + 1;
    while (valueStart < length && isWsp(text.charCodeAt(valueStart))) valueStart++;
    let value: string;
    if (text.charCodeAt(valueStart) === 0x22 /* " */) {
      const close = text.indexOf('"', valueStart + 1);
      if (close === -1) return null;
      value = text.slice(valueStart + 1, close);
      pos = close + 1;
      while (pos < length && isWsp(text.charCodeAt(pos))) pos++;
      if (pos < length && text.charCodeAt(pos) !== 0x3b) return null;
    } else {
      pos = text.indexOf(";", valueStart);
      if (pos === -1) pos = length;
      const quoteInValue = text.indexOf('"', valueStart);
      if (quoteInValue !== -1 && quoteInValue < pos) return null;
      value = sliceTrimmedWsp(text, valueStart, pos);
    }
    if (!params.has(name)) params.set(name, value);
  }
  return { value: main ? main.toLowerCase() : main, params };
}

/** text[start, end) without leading and trailing SP/HTAB. */
function sliceTrimmedWsp(text: string, start: number, end: number): string {
  while (start < end && isWsp(text.charCodeAt(start))) start++;
  while (end > start && isWsp(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** postal-mime's parseStructuredHeader loop, for any value (comments already stripped). */
export function parseStructuredGeneral(text: string): Structured {
  const params = new Map<string, string>();
  let mainValue: string | null = null;
  let key = "";
  let inKey = false;
  let value = "";
  let pendingSpace = "";
  let quoteClosed = false;
  let inQuote = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inKey) {
      if (code === 0x3d /* = */) {
        key = value.trim().toLowerCase();
        value = "";
        pendingSpace = "";
        quoteClosed = false;
        inKey = false;
      } else if (code === 0x3b /* ; */) {
        storeEmptyKey(params, value);
        value = "";
        pendingSpace = "";
        quoteClosed = false;
      } else {
        value += text.charAt(i);
      }
      continue;
    }
    if (escaped) {
      if (value.length > 0) value += pendingSpace;
      pendingSpace = "";
      value += text.charAt(i);
    } else if (inQuote && code === 0x5c /* \ */) {
      escaped = true;
      continue;
    } else if (inQuote && code === 0x22 /* " */) {
      inQuote = false;
      quoteClosed = true;
    } else if (!inQuote && code === 0x22) {
      inQuote = true;
      if (value.length > 0) value += pendingSpace;
      pendingSpace = "";
    } else if (!inQuote && code === 0x3b) {
      if (mainValue === null) mainValue = value;
      else if (!params.has(key)) params.set(key, value);
      value = "";
      pendingSpace = "";
      quoteClosed = false;
      inKey = true;
    } else if (!inQuote && (code === 0x20 || code === 0x09)) {
      pendingSpace += text.charAt(i);
    } else if (!quoteClosed) {
      if (value.length > 0) value += pendingSpace;
      pendingSpace = "";
      value += text.charAt(i);
    }
    escaped = false;
  }
  if (inKey) storeEmptyKey(params, value);
  else if (mainValue === null) mainValue = value;
  else if (!params.has(key)) params.set(key, value);
  const main = mainValue ?? "";
  return { value: main ? main.toLowerCase() : main, params };
}

/** A parameter name without "=": stored with an empty value (unless already there). */
function storeEmptyKey(params: Map<string, string>, name: string): void {
  const trimmed = name.trim();
  if (trimmed) {
    const lower = trimmed.toLowerCase();
    if (!params.has(lower)) params.set(lower, "");
  }
}

/**
 * postal-mime's decodeFlowedText (RFC 3676): a line's leading space (stuffing) removed; a line
 * ending in a space is joined with the next (dropping that space with delsp=yes), except the
 * signature separator "-- "; pieces are joined once, so that long paragraphs stay linear.
 */
function decodeFlowed(text: string, delSp: boolean): string {
  const parts: string[] = [];
  let lineStart = 0;
  let lineLength = 0;
  const lines = splitCrLf(text);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] as string;
    if (line.charCodeAt(0) === 0x20) line = line.slice(1);
    if (i > 0) {
      const last = parts.length > 0 ? (parts[parts.length - 1] as string) : "";
      const isSignature = lineLength === 3 && parts.slice(lineStart).join("") === "-- ";
      if (last.endsWith(" ") && !isSignature) {
        if (delSp) {
          if (last.length > 1) parts[parts.length - 1] = last.slice(0, -1);
          else parts.pop();
          lineLength--;
        }
      } else {
        parts.push("\n");
        lineStart = parts.length;
        lineLength = 0;
      }
    }
    if (line) {
      parts.push(line);
      lineLength += line.length;
    }
  }
  return parts.join("");
}

/** `text.split(/\r?\n/)`. */
function splitCrLf(text: string): string[] {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] as string;
    if (line.charCodeAt(line.length - 1) === CR) lines[i] = line.slice(0, -1);
  }
  return lines;
}
