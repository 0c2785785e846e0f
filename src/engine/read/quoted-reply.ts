/**
 * The server's reply inside a sentence that quotes it, as Microsoft's NDRs write it in every
 * language: `Remote Server returned '550 5.1.1 ...'`, `Der Remoteserver hat „550 ...“
 * zurückgegeben`, `Server at mx.example.com returned "550 ..."`.
 */

/** Each opening quote with the marks that may close it (typographic quotes are often mixed). */
const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  "'": ["'", "’"],
  '"': ['"', "”"],
  "‘": ["’", "'"],
  "“": ["”", '"'],
  "„": ["“", "”", '"'],
  "«": ["»"],
  "「": ["」"],
};

/** A reply code, or an enhanced status code, at the start of the quoted text. */
const REPLY_OPENING = /^\s{0,3}(?:[245]\d\d(?:[\s-]|$)|[245]\.\d{1,3}\.\d{1,3}(?!\d))/;

/**
 * The quoted reply in `line`: the text between the first opening quote that is followed by a
 * reply code and the last matching closing quote (replies may contain apostrophes). Null when no
 * quote opens a reply. Without a closing quote, the rest of the line.
 */
export function quotedReply(line: string): string | null {
  for (let i = 0; i < line.length; i++) {
    const closers = CLOSERS[line.charAt(i)];
    if (closers === undefined || !REPLY_OPENING.test(line.slice(i + 1, i + 24))) continue;
    let end = -1;
    for (const closer of closers) end = Math.max(end, line.lastIndexOf(closer));
    const inner = end > i ? line.slice(i + 1, end) : line.slice(i + 1);
    return inner.trim();
  }
  return null;
}
