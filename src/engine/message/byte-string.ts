/**
 * Finding bytes in a Uint8Array is slow: `Uint8Array.prototype.indexOf` runs an element loop,
 * ~1.5 ns per byte in Node 20, while `String.prototype.indexOf` is a vectorised search, ~100
 * times faster. A single-byte decoding of the bytes (windows-1252, as "latin1" means in the
 * Encoding Standard, or ISO-8859-1, as Node 20.18 and later decode it) gives a string of one
 * UTF-16 unit per byte in which every ASCII byte is that ASCII character and no other byte is
 * an ASCII character. So string offsets are byte offsets, and a search for LF, CR, "-", "=" or
 * ":" in the string finds exactly those bytes. The decoding itself costs ~0.2 ns per byte.
 */
const singleByte = new TextDecoder("latin1");

/** The bytes as such a string, or null if this runtime's decoder does not give one unit per byte. */
export function byteString(bytes: Uint8Array): string | null {
  const text = singleByte.decode(bytes);
  return text.length === bytes.length ? text : null;
}
