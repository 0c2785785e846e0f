/**
 * Decides whether a text is a raw message (headers, a blank line, a body) rather than text copied
 * from a page. Only the first lines are looked at.
 */

/** Header names that a real message header block almost always carries. */
const TELLING_HEADERS = new Set([
  "received",
  "return-path",
  "from",
  "to",
  "subject",
  "date",
  "message-id",
  "mime-version",
  "content-type",
  "delivered-to",
  "x-failed-recipients",
  "auto-submitted",
  "x-original-to",
]);

const HEADER_LINE = /^([!-9;-~]{1,76}):/;

export function looksLikeRawMessage(text: string): boolean {
  // Most texts end lines with LF alone: then the native indexOf finds each line's end.
  const lfOnly = !text.includes("\r");
  let pos = 0;
  let telling = 0;
  let lines = 0;
  // An mbox separator line ("From sender date") may come first.
  if (text.startsWith("From ")) pos = nextLine(text, 0, lfOnly);
  while (pos < text.length && lines < 60) {
    const end = lineEnd(text, pos, lfOnly);
    const line = text.slice(pos, end);
    lines++;
    if (line.trim() === "") break;
    if (line.charCodeAt(0) !== 0x20 && line.charCodeAt(0) !== 0x09) {
      // Once two telling names are seen, the remaining lines only need to be header lines.
      if (telling >= 2) {
        if (!HEADER_LINE.test(line)) return false;
      } else {
        const m = HEADER_LINE.exec(line);
        if (m === null) return false;
        if (TELLING_HEADERS.has((m[1] as string).toLowerCase())) telling++;
      }
    } else if (lines === 1) {
      return false;
    }
    pos = nextLine(text, end, lfOnly);
  }
  return telling >= 2;
}

function lineEnd(text: string, from: number, lfOnly: boolean): number {
  if (lfOnly) {
    const lf = text.indexOf("\n", from);
    return lf === -1 ? text.length : lf;
  }
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) return i;
  }
  return text.length;
}

function nextLine(text: string, from: number, lfOnly: boolean): number {
  let i = lineEnd(text, from, lfOnly);
  if (text.charCodeAt(i) === 0x0d) i++;
  if (text.charCodeAt(i) === 0x0a) i++;
  return i;
}
