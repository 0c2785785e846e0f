/**
 * Finding SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463) in free text.
 * Written as small scanners over one linear regular expression each, so that no input can make
 * them backtrack.
 */

/**
 * `5.1.1`, `4.7.0`, `5.7.606`: class 2, 4 or 5; subject 0 to 7 (RFC 3463 defines no other,
 * which also keeps version numbers like "Exim 4.94.2" out); detail of up to three digits.
 */
const ENHANCED_STATUS = /(?<![\d.])([245])\.([0-7])\.(\d{1,3})(?![\d]|\.\d)/g;

/** Every enhanced status code in the text, in order of appearance. */
export function findEnhancedStatuses(text: string): string[] {
  const found: string[] = [];
  ENHANCED_STATUS.lastIndex = 0;
  for (let m = ENHANCED_STATUS.exec(text); m !== null; m = ENHANCED_STATUS.exec(text)) {
    found.push(`${m[1]}.${m[2]}.${Number(m[3])}`);
  }
  return found;
}

/** The first enhanced status code in the text, or null. */
export function findEnhancedStatus(text: string): string | null {
  ENHANCED_STATUS.lastIndex = 0;
  const m = ENHANCED_STATUS.exec(text);
  return m === null ? null : `${m[1]}.${m[2]}.${Number(m[3])}`;
}

/**
 * A basic reply code as a server writes it: three digits 2xx/4xx/5xx standing alone (after the
 * start, a space, `;`, `:`, `#`, `(`, `[`, a quote or `<`) and followed by a space, `-`, `:`,
 * punctuation or the end. Years, ports and IP fragments do not qualify because of the neighbours.
 */
const REPLY_CODE = /(?:^|[\s;:#(["'<=])([245][0-5]\d)(?=[\s\-'")\]>,.:]|$)/g;

/** The first SMTP reply code in the text, or null. */
export function findReplyCode(text: string): string | null {
  REPLY_CODE.lastIndex = 0;
  for (let m = REPLY_CODE.exec(text); m !== null; m = REPLY_CODE.exec(text)) {
    const code = m[1] as string;
    const after = text.charCodeAt(m.index + m[0].length);
    // "550." is a sentence end or a number like 550.5; only accept it when nothing follows.
    if (after === 0x2e && /\d/.test(text.charAt(m.index + m[0].length + 1))) continue;
    return code;
  }
  return null;
}

/** The class digit of a code ("5" of 550 or 5.1.1). */
export function codeClass(code: string | null): "2" | "4" | "5" | null {
  const c = code?.charAt(0);
  return c === "2" || c === "4" || c === "5" ? c : null;
}

/**
 * Joins a multi-line SMTP reply into one line: `550-5.7.26 This mail ... 550-5.7.26 more ...
 * 550 5.7.26 end` becomes `550 5.7.26 This mail ... more ... end`. A repeated prefix (the same
 * reply code, a hyphen or space, and the same enhanced code) is dropped where a continuation
 * line starts: at a line break, or glued as `550-` in text that was already flattened. A reply
 * code standing alone inside a sentence ("-> 550 : User unknown") is kept.
 */
export function joinMultilineReply(text: string): string {
  const flat = collapseWhitespace(text);
  const code = /^[245]\d\d[- ]/.test(flat) ? flat.slice(0, 3) : null;
  if (code === null) return flat;
  // Most replies are one line with nothing to join: skip the line-by-line pass.
  // "550-" opens a multi-line reply: a bare "550" further on then starts its last line.
  const multiline = flat.charAt(3) === "-";
  if (!/[\r\n]/.test(text) && !multiline && flat.indexOf(`${code}-`, 4) === -1 && flat.indexOf(` ${code} `, 3) === -1) {
    return flat;
  }
  // A string split where there is no CR: V8's regular-expression split is slower.
  const lines = text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n");
  const firstIndex = lines.findIndex((line) => line.trim() !== "");
  if (firstIndex === -1) return "";
  const head = /^([245]\d\d)[- ](?:([245]\.[0-7]\.\d{1,3})(?= |$))?/.exec(
    collapseWhitespace(lines[firstIndex] as string),
  );
  if (head === null) return flat;
  const status = head[2];
  const continuation = /^([245]\d\d)[- ](?:([245]\.[0-7]\.\d{1,3})(?: |$))?/;
  const parts: string[] = [];
  lines.forEach((raw, i) => {
    const line = collapseWhitespace(raw);
    if (i <= firstIndex) {
      parts.push(i === firstIndex ? line.replace(/^([245]\d\d)-/, "$1 ") : line);
      return;
    }
    const m = continuation.exec(line);
    parts.push(m !== null && m[1] === code && (m[2] === undefined || m[2] === status) ? line.slice(m[0].length) : line);
  });
  const tokens = collapseWhitespace(parts.join(" ")).split(" ");
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    // Flattened continuation glued to its code: "550-5.7.26" or "550-please".
    if (i > 1 && token.startsWith(`${code}-`)) {
      const rest = token.slice(code.length + 1);
      if (rest !== status && rest !== "") out.push(rest);
      continue;
    }
    // Flattened "550 5.7.26" repeated (with the same enhanced code right after it), or a bare
    // "550" in a reply that opened with "550-".
    if (i > 1 && token === code && ((status !== undefined && tokens[i + 1] === status) || multiline)) {
      if (status !== undefined && tokens[i + 1] === status) i++;
      continue;
    }
    out.push(token);
  }
  return out.join(" ");
}

/** Runs of whitespace (including line breaks and non-breaking spaces) become one space. */
export function collapseWhitespace(text: string): string {
  // Most replies are one line with single spaces: testing costs a fifth of replacing.
  if (!NEEDS_COLLAPSING.test(text)) return text;
  return text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}

/**
 * What collapseWhitespace would change: a whitespace character other than the space (`\s` is
 * these and the space), two spaces, or a space at either end.
 */
const NEEDS_COLLAPSING = /[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;
