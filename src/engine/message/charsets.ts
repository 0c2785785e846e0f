/**
 * The text decoder postal-mime would use for a part's charset label, for the labels fast-mime.ts
 * decodes itself; null for the labels it leaves to postal-mime.
 */

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
export function decoderFor(charset: string | undefined): TextDecoder | null {
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
