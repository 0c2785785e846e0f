/**
 * Header blocks read as postal-mime reads them (its MimeNode: line reader, `processHeaders`), so
 * that the fast MIME decoder and the top-level header reading give postal-mime's fields exactly.
 */

/** One header field as postal-mime gives it: key in lower case, value unfolded and trimmed, not decoded. */
export interface HeaderField {
  readonly key: string;
  readonly value: string;
}

/** Fields of a part's header that postal-mime reads to decode its body (its CONTENT_HEADERS). */
export const CONTENT_FIELDS: ReadonlySet<string> = new Set([
  "content-type",
  "content-transfer-encoding",
  "content-disposition",
  "content-id",
  "content-description",
]);

/** postal-mime decodes header lines as UTF-8 keeping a leading U+FEFF (`ignoreBOM`). */
const headerDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

const LF = 0x0a;
const CR = 0x0d;

/**
 * Where the header block starting at `start` of `text` (the message as a byte string, see
 * byte-string.ts, so that offsets are byte offsets) ends: the offset of its empty line (a line of
 * nothing or of CRs only, as postal-mime's line reader drops a line's trailing CRs) and the
 * offset of the body just after that line. Null when no empty line ends the block.
 */
export function findHeaderEnd(text: string, start: number): { end: number; bodyStart: number } | null {
  for (let pos = start; pos < text.length; ) {
    const lf = text.indexOf("\n", pos);
    const next = lf === -1 ? text.length : lf + 1;
    let last = lf === -1 ? text.length : lf;
    while (last > pos && text.charCodeAt(last - 1) === CR) last--;
    if (last === pos) return { end: pos, bodyStart: next };
    pos = next;
  }
  return null;
}

/**
 * The fields of the header lines in bytes[start, end), `end` being where the line after the last
 * header line starts (or the end of the input): lines end at LF, trailing CRs dropped; a line
 * starting with SP or HTAB continues the field before it (the first line starts a field even so);
 * a field's key is what precedes its first ":", trimmed of SP/HTAB and lower-cased; its value is
 * the rest with the folding line breaks removed (the folding whitespace kept), runs of CR replaced
 * by a space, trimmed of SP/HTAB. With `contentOnly`, only the CONTENT_FIELDS are returned.
 * `contentLines` receives the lines of the CONTENT_FIELDS, folded lines apart, when given.
 *
 * postal-mime decodes each line alone; decoding the block at once gives the same text, since
 * UTF-8 never uses the LF or CR byte inside a character (a sequence cut by either ends in U+FFFD
 * either way).
 */
export function readHeaderFields(
  bytes: Uint8Array,
  start: number,
  end: number,
  contentOnly: boolean,
  contentLines?: string[],
  /** The message as a byte string (see byte-string.ts), if at hand: short ASCII blocks are sliced from it. */
  byteText?: string,
): HeaderField[] {
  const fields: HeaderField[] = [];
  if (end <= start) return fields;
  const last = bytes[end - 1] === LF ? end - 1 : end;
  const block =
    byteText !== undefined && last - start <= SHORT_BLOCK && isAscii(bytes, start, last)
      ? byteText.slice(start, last)
      : headerDecoder.decode(bytes.subarray(start, last));
  const length = block.length;
  // The next CR after the value start being read (-1: none left), found once rather than per line.
  let nextCr = block.indexOf("\r");
  for (let pos = 0; pos <= length; ) {
    // A field: its first line and the lines that continue it (starting with SP or HTAB).
    let lineEnd = block.indexOf("\n", pos);
    if (lineEnd === -1) lineEnd = length;
    let fieldEnd = lineEnd;
    while (fieldEnd < length && isWsp(block.charCodeAt(fieldEnd + 1))) {
      fieldEnd = block.indexOf("\n", fieldEnd + 1);
      if (fieldEnd === -1) fieldEnd = length;
    }
    const next = fieldEnd + 1;
    if (contentOnly && !mayBeContentField(block, pos, lineEnd)) {
      pos = next;
      continue;
    }
    // The line without its trailing CRs, which postal-mime's line reader drops.
    let contentEnd = lineEnd;
    while (contentEnd > pos && block.charCodeAt(contentEnd - 1) === CR) contentEnd--;
    let sep = block.indexOf(":", pos);
    if (sep >= contentEnd) sep = -1;
    const folded = fieldEnd !== lineEnd;
    if (folded && sep < 0) {
      // A folded field without ":" on its first line (rare): unfolded first, then split.
      const lines = fieldLines(block, pos, fieldEnd);
      const unfolded = lines.join("");
      const unfoldedSep = unfolded.indexOf(":");
      const key = trimWsp(unfoldedSep < 0 ? unfolded : unfolded.slice(0, unfoldedSep)).toLowerCase();
      const isContent = isContentKey(key);
      if (!contentOnly || isContent) {
        const rest = unfoldedSep < 0 ? "" : unfolded.slice(unfoldedSep + 1);
        fields.push({ key, value: trimWsp(rest.includes("\r") ? crRunsToSpaces(rest) : rest) });
      }
      if (isContent && contentLines !== undefined) contentLines.push(...lines);
      pos = next;
      continue;
    }
    // The key: what precedes the first ":" (or the whole line), trimmed of SP/HTAB.
    let keyStart = pos;
    let keyEnd = sep < 0 ? contentEnd : sep;
    while (keyStart < keyEnd && isWsp(block.charCodeAt(keyStart))) keyStart++;
    while (keyEnd > keyStart && isWsp(block.charCodeAt(keyEnd - 1))) keyEnd--;
    const key = block.slice(keyStart, keyEnd).toLowerCase();
    const isContent = isContentKey(key);
    if (!contentOnly || isContent) {
      let value: string;
      if (sep < 0) {
        value = "";
      } else if (folded) {
        // The rest of the first line and the lines that continue it, without their trailing CRs.
        let rest = block.slice(sep + 1, contentEnd);
        for (let line = lineEnd + 1; line <= fieldEnd; ) {
          let lf = block.indexOf("\n", line);
          if (lf === -1 || lf > fieldEnd) lf = fieldEnd;
          let lineContentEnd = lf;
          while (lineContentEnd > line && block.charCodeAt(lineContentEnd - 1) === CR) lineContentEnd--;
          rest += block.slice(line, lineContentEnd);
          line = lf + 1;
        }
        value = trimWsp(rest.includes("\r") ? crRunsToSpaces(rest) : rest);
      } else {
        if (nextCr !== -1 && nextCr <= sep) nextCr = block.indexOf("\r", sep + 1);
        if (nextCr !== -1 && nextCr < contentEnd) {
          value = trimWsp(crRunsToSpaces(block.slice(sep + 1, contentEnd)));
        } else {
          let valueStart = sep + 1;
          let valueEnd = contentEnd;
          while (valueStart < valueEnd && isWsp(block.charCodeAt(valueStart))) valueStart++;
          while (valueEnd > valueStart && isWsp(block.charCodeAt(valueEnd - 1))) valueEnd--;
          value = block.slice(valueStart, valueEnd);
        }
      }
      fields.push({ key, value });
    }
    if (isContent && contentLines !== undefined) contentLines.push(...fieldLines(block, pos, fieldEnd));
    pos = next;
  }
  return fields;
}

/**
 * Up to this many bytes, an ASCII header block is sliced from the byte string rather than decoded:
 * checking the bytes costs less than a decoder call there (UTF-8 decoding of ASCII is the identity).
 */
const SHORT_BLOCK = 512;

function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if ((bytes[i] as number) >= 0x80) return false;
  return true;
}

/** The lines of a field, block[start, end), each without its trailing CRs. */
function fieldLines(block: string, start: number, end: number): string[] {
  const lines: string[] = [];
  for (let line = start; line <= end; ) {
    let lf = block.indexOf("\n", line);
    if (lf === -1 || lf > end) lf = end;
    let lineContentEnd = lf;
    while (lineContentEnd > line && block.charCodeAt(lineContentEnd - 1) === CR) lineContentEnd--;
    lines.push(block.slice(line, lineContentEnd));
    line = lf + 1;
  }
  return lines;
}

/** CONTENT_FIELDS.has(key), without hashing the keys that cannot be one (all start with "c"). */
function isContentKey(key: string): boolean {
  return key.length >= 10 && key.charCodeAt(0) === 0x63 && CONTENT_FIELDS.has(key);
}

/**
 * False when a field whose first line this is cannot have a "content-…" key: the line has a
 * character other than SP, HTAB and trailing CRs, and the first such is not c/C. (A first line of
 * whitespace only leaves the key to the lines that continue it.)
 */
function mayBeContentField(block: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isWsp(block.charCodeAt(i))) i++;
  let j = i;
  while (j < end && block.charCodeAt(j) === CR) j++;
  if (j === end) return true;
  const c = block.charCodeAt(i);
  return c === 0x63 || c === 0x43;
}

export const isWsp = (c: number): boolean => c === 0x20 || c === 0x09;

/** Trims SP and HTAB only, as postal-mime does (not the other Unicode spaces `trim` removes). */
export function trimWsp(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isWsp(text.charCodeAt(start))) start++;
  while (end > start && isWsp(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Each run of CRs replaced by one space (postal-mime: `.replace(/[\r\n]+/g, " ")`; no LF is left here). */
function crRunsToSpaces(text: string): string {
  let out = "";
  let from = 0;
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", from)) {
    out += `${text.slice(from, i)} `;
    from = i + 1;
    while (from < text.length && text.charCodeAt(from) === CR) from++;
  }
  return out + text.slice(from);
}
