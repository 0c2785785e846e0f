/**
 * Turns an HTML body into the text a reader would see, without a DOM (the engine runs in Node and
 * in content scripts alike). A single left-to-right scan: no regular expression over the whole
 * input, so hostile markup cannot make it slow. It never produces HTML, only text.
 */

const BLOCK_TAGS = new Set([
  "address",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "th",
  "tr",
  "ul",
]);

/** Elements whose content is never shown. */
const HIDDEN_TAGS = new Set(["head", "script", "style", "template", "title"]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
};

export function htmlToText(html: string): string {
  const out: string[] = [];
  let i = 0;
  let hiddenUntil: string | null = null;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const textEnd = lt === -1 ? html.length : lt;
    if (hiddenUntil === null && textEnd > i) out.push(decodeEntities(html.slice(i, textEnd)));
    if (lt === -1) break;
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close === -1 ? html.length : close + 3;
      continue;
    }
    const gt = html.indexOf(">", lt + 1);
    if (gt === -1) break;
    const { name, closing } = tagName(html, lt + 1, gt);
    i = gt + 1;
    if (hiddenUntil !== null) {
      if (closing && name === hiddenUntil) hiddenUntil = null;
      continue;
    }
    if (!closing && HIDDEN_TAGS.has(name) && html.charCodeAt(gt - 1) !== 0x2f) {
      hiddenUntil = name;
      continue;
    }
    if (BLOCK_TAGS.has(name)) out.push("\n");
  }
  return tidyLines(out.join(""));
}

function tagName(html: string, from: number, to: number): { name: string; closing: boolean } {
  let start = from;
  const closing = html.charCodeAt(start) === 0x2f;
  if (closing) start++;
  let end = start;
  while (end < to && isAsciiAlphanumeric(html.charCodeAt(end))) end++;
  return { name: html.slice(start, end).toLowerCase(), closing };
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/** Decodes character references; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z0-9]{1,8});/g, (whole, ref: string) => {
    const named = NAMED_ENTITIES[ref.toLowerCase()];
    if (named !== undefined) return named;
    if (ref.charAt(0) !== "#") return whole;
    const code =
      ref.charAt(1) === "x" || ref.charAt(1) === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Collapses runs of spaces inside lines and runs of blank lines, as a browser would show them. */
function tidyLines(text: string): string {
  const lines = text.split("\n").map((line) => collapseSpaces(line).trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === "" && (kept.length === 0 || kept[kept.length - 1] === "")) continue;
    kept.push(line);
  }
  return kept.join("\n").trim();
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0;

/** Each run of SP, HTAB, CR and NBSP as one space; the line itself when it has none to change. */
function collapseSpaces(line: string): string {
  let i = 0;
  // Up to the first character that changes: one that is not SP, or a SP followed by another.
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isSpace(c)) continue;
    if (c !== 0x20 || isSpace(line.charCodeAt(i + 1))) break;
  }
  if (i === line.length) return line;
  let out = line.slice(0, i);
  while (i < line.length) {
    if (isSpace(line.charCodeAt(i))) {
      out += " ";
      while (i < line.length && isSpace(line.charCodeAt(i))) i++;
    } else {
      const start = i;
      while (i < line.length && !isSpace(line.charCodeAt(i))) i++;
      out += line.slice(start, i);
    }
  }
  return out;
}
