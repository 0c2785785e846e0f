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
 * start, a space, `;`, `:`, `#`, `(`, `[`, a quote or `<`) and followed by a space, `-`, the end,
 * or an enhanced code. Years, ports and IP fragments do not qualify because of the neighbours.
 */
const REPLY_CODE = /(?:^|[\s;:#(["'<=])([245][0-5]\d)(?=[\s\-'")\]>,.]|$)/g;

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
 * 550 5.7.26 end` becomes `550 5.7.26 This mail ... more ... end`. The repeated prefixes
 * (reply code, hyphen or space, and the same enhanced code) are dropped after the first.
 */
export function joinMultilineReply(text: string): string {
  const flat = collapseWhitespace(text);
  const head = /^([245]\d\d)[- ](?:([245]\.\d{1,3}\.\d{1,3}) )?/.exec(flat);
  if (head === null) return flat;
  const code = head[1] as string;
  const status = head[2];
  const out: string[] = status === undefined ? [code] : [code, status];
  const tokens = flat.slice(head[0].length).split(" ");
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (token === code || token === `${code}-`) {
      // "550 5.7.26" or "550- 5.7.26": skip the repeated status too.
      if (status !== undefined && tokens[i + 1] === status) i++;
      continue;
    }
    if (token.startsWith(`${code}-`)) {
      const rest = token.slice(code.length + 1);
      if (rest !== status && rest !== "") out.push(rest);
      continue;
    }
    if (token !== "") out.push(token);
  }
  return out.join(" ");
}

/** Runs of whitespace (including line breaks and non-breaking spaces) become one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}
