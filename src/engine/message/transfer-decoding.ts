/**
 * Content-Transfer-Encodings undone over a byte range of the message, as postal-mime's decoders
 * undo them (base64, quoted-printable, and the pass-through that drops CRs), for fast-mime.ts.
 */

const LF = 0x0a;
const CR = 0x0d;
const EQUALS = 0x3d;

/** Where a decoder writes its output: at least `size` bytes. */
export type Alloc = (size: number) => Uint8Array;

export const newBytes: Alloc = (size) => new Uint8Array(size);

/** Scratch space for bytes that are decoded to text at once; reused, up to this size. */
const SCRATCH_MAX = 256 * 1024;
let scratch = new Uint8Array(16 * 1024);
export const scratchBytes: Alloc = (size) => {
  if (size > SCRATCH_MAX) return new Uint8Array(size);
  if (size > scratch.length) scratch = new Uint8Array(Math.min(SCRATCH_MAX, Math.max(size, scratch.length * 2)));
  return scratch;
};

/** Each line without its trailing CRs, then "\n" (postal-mime's PassThroughDecoder). */
export function passThroughRange(
  bytes: Uint8Array,
  text: string,
  start: number,
  end: number,
  alloc: Alloc,
): Uint8Array {
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
export function decodeQuotedPrintableRange(
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
export function decodeBase64Range(bytes: Uint8Array, start: number, end: number, alloc: Alloc): Uint8Array {
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
