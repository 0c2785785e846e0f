/**
 * Japanese mail labelled `charset=ISO-2022-JP` sometimes carries 8-bit text: EUC-JP, Shift_JIS
 * or UTF-8 written by software that kept the old label (au's EZweb and au one net notices among
 * them). ISO-2022-JP is a 7-bit charset, so a decoder that trusts the label turns every such byte
 * into U+FFFD and the notice's Japanese becomes unreadable. When that happens, the parser is run
 * again on the message with those parts relabelled with the charset their bytes are valid in.
 */

const LABEL = "iso-2022-jp";
const ESC = 0x1b;

/** The input unchanged unless a part labelled ISO-2022-JP holds 8-bit bytes of another charset. */
export function relabelMislabelledJapanese(bytes: Uint8Array): Uint8Array {
  const labels = findLabels(bytes);
  if (labels.length === 0) return bytes;
  const replacements: Array<{ at: number; label: string }> = [];
  for (const at of labels) {
    const body = bodyOfPartAt(bytes, at);
    if (body === null) continue;
    const actual = detectCharset(body);
    if (actual !== null) replacements.push({ at, label: actual });
  }
  if (replacements.length === 0) return bytes;
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const { at, label } of replacements) {
    chunks.push(bytes.subarray(from, at), encoder.encode(label));
    from = at + LABEL.length;
  }
  chunks.push(bytes.subarray(from));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** Offsets of "iso-2022-jp" (any case) right after `charset=` and an optional quote. */
function findLabels(bytes: Uint8Array): number[] {
  const found: number[] = [];
  for (let i = bytes.indexOf(0x3d); i !== -1; i = bytes.indexOf(0x3d, i + 1)) {
    let at = i + 1;
    if (bytes[at] === 0x22) at++;
    if (matchesLower(bytes, at, LABEL) && matchesLower(bytes, i - 7, "charset")) found.push(at);
  }
  return found;
}

function matchesLower(bytes: Uint8Array, at: number, word: string): boolean {
  if (at < 0 || at + word.length > bytes.length) return false;
  for (let k = 0; k < word.length; k++) {
    const b = bytes[at + k] as number;
    const lower = b >= 0x41 && b <= 0x5a ? b + 0x20 : b;
    if (lower !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The raw body of the part whose header holds the label at `at`: from the blank line after its
 * header to the next boundary line ("--..."), or to the end for a message of one part. Null when
 * the part's body is base64 or quoted-printable, whose bytes say nothing until decoded.
 */
function bodyOfPartAt(bytes: Uint8Array, at: number): Uint8Array | null {
  const headerStart = lastBlankLineBefore(bytes, at);
  const bodyStart = nextBlankLineAfter(bytes, at);
  if (bodyStart === -1) return null;
  const header = latin1(bytes.subarray(headerStart, bodyStart)).toLowerCase();
  if (/content-transfer-encoding:\s*(?:base64|quoted-printable)/.test(header)) return null;
  let end = bytes.length;
  if (headerStart > 0) {
    for (let i = bytes.indexOf(0x0a, bodyStart - 1); i !== -1; i = bytes.indexOf(0x0a, i + 1)) {
      if (bytes[i + 1] === 0x2d && bytes[i + 2] === 0x2d) {
        end = i;
        break;
      }
    }
  }
  return bytes.subarray(bodyStart, end);
}

function lastBlankLineBefore(bytes: Uint8Array, at: number): number {
  for (let i = at; i > 0; i--) {
    if (bytes[i] === 0x0a && (bytes[i - 1] === 0x0a || (bytes[i - 1] === 0x0d && bytes[i - 2] === 0x0a))) return i + 1;
  }
  return 0;
}

function nextBlankLineAfter(bytes: Uint8Array, at: number): number {
  for (let i = bytes.indexOf(0x0a, at); i !== -1; i = bytes.indexOf(0x0a, i + 1)) {
    if (bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  return -1;
}

/**
 * The charset 8-bit bytes are valid in: UTF-8 first (its byte patterns are the strictest), then
 * EUC-JP or Shift_JIS. Null for 7-bit text (real ISO-2022-JP) and for bytes valid in none.
 */
function detectCharset(body: Uint8Array): string | null {
  let eightBit = false;
  let shiftJisOnlyLead = false;
  for (let i = 0; i < body.length; i++) {
    const b = body[i] as number;
    if (b === ESC) return null;
    if (b >= 0x80) {
      eightBit = true;
      // 0x81-0x9f lead Shift_JIS characters; EUC-JP uses 0x8e and 0x8f there, nothing else.
      if (b <= 0x9f && b !== 0x8e && b !== 0x8f) shiftJisOnlyLead = true;
    }
  }
  if (!eightBit) return null;
  const order = shiftJisOnlyLead ? ["utf-8", "shift_jis", "euc-jp"] : ["utf-8", "euc-jp", "shift_jis"];
  return order.find((charset) => decodesCleanly(body, charset)) ?? null;
}

function decodesCleanly(body: Uint8Array, charset: string): boolean {
  try {
    new TextDecoder(charset, { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += String.fromCharCode(bytes[i] as number);
  return out;
}
