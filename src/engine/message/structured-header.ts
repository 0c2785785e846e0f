/**
 * Structured header values (Content-Type, Content-Disposition, Content-Transfer-Encoding) read
 * as postal-mime reads them: comments stripped, the main value and first occurrence of each
 * parameter, names lower-cased.
 */

import { isWsp } from "./header-fields";

const DASH = 0x2d;

/** A structured header value (Content-Type, Content-Disposition) as postal-mime parses it. */
export interface Structured {
  /** Lower-cased (when not empty). */
  value: string;
  /** First occurrence of each parameter, names lower-cased. */
  params: Map<string, string>;
}

/** JavaScript's \w (without the u flag) and "-". */
export function isTokenChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === DASH;
}

/**
 * postal-mime's stripComments: parenthesised comments removed outside quoted strings; inside a
 * parameter value a "(" opens a comment only after whitespace (or as the value's first
 * character); a backslash escapes the next character; an unclosed comment is dropped only when no
 * ";" follows where it opened, else the value is kept as it was.
 */
export function stripComments(text: string): string {
  let result = "";
  let depth = 0;
  let escaped = false;
  let inQuote = false;
  let commentStart = -1;
  let inParameterValue = false;
  let endsWithWsp = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (escaped) {
      if (depth === 0) {
        result += c;
        endsWithWsp = c === " " || c === "\t";
      }
      escaped = false;
      continue;
    }
    if (c === "\\") {
      escaped = true;
      if (depth === 0) {
        result += c;
        endsWithWsp = false;
      }
      continue;
    }
    if (c === '"' && depth === 0) {
      inQuote = !inQuote;
      result += c;
      endsWithWsp = false;
      continue;
    }
    if (!inQuote) {
      if (c === "(" && (!inParameterValue || result.length === 0 || endsWithWsp)) {
        if (depth === 0) commentStart = i;
        depth++;
        continue;
      }
      if (c === ")" && depth > 0) {
        depth--;
        continue;
      }
      if (depth === 0) {
        if (c === "=") inParameterValue = true;
        else if (c === ";") inParameterValue = false;
      }
    }
    if (depth === 0) {
      result += c;
      endsWithWsp = c === " " || c === "\t";
    }
  }
  if (depth === 0) return result;
  return text.indexOf(";", commentStart) < 0 ? result : text;
}

/**
 * postal-mime's parseStructuredHeader (before its RFC 2231 step, which the caller declines): the
 * value, then ";"-separated parameters; quoted strings with backslash escapes; whitespace outside
 * quotes kept only between significant characters; after a closed quoted string, the rest of the
 * value is dropped; a name without "=" is a parameter with an empty value; the first occurrence
 * of a parameter wins. (One loop without closures: it runs for every part.)
 */
export function parseStructuredHeader(input: string): Structured {
  const text = input.includes("(") ? stripComments(input) : input;
  return parseSimpleStructured(text) ?? parseStructuredGeneral(text);
}

/**
 * The same as parseStructuredGeneral for the usual shape of a Content-Type or Content-Disposition
 * (no backslash; quotes only around a whole parameter value, with nothing but SP/HTAB after the
 * closing one), by slicing instead of building strings a character at a time; null for anything
 * else. A test holds the two to equality.
 */
export function parseSimpleStructured(text: string): Structured | null {
  if (text.includes("\\")) return null;
  const length = text.length;
  const semicolon = text.indexOf(";");
  const mainEnd = semicolon === -1 ? length : semicolon;
  const quote = text.indexOf('"');
  if (quote !== -1 && quote < mainEnd) return null;
  const main = sliceTrimmedWsp(text, 0, mainEnd);
  const params = new Map<string, string>();
  // At a ";" that ends the value before it: a parameter name follows, up to "=" or ";".
  for (let pos = mainEnd; pos < length; ) {
    const nameStart = pos + 1;
    let nameEnd = nameStart;
    while (nameEnd < length) {
      const c = text.charCodeAt(nameEnd);
      if (c === 0x3d /* = */ || c === 0x3b /* ; */) break;
      nameEnd++;
    }
    if (nameEnd === length || text.charCodeAt(nameEnd) === 0x3b) {
      storeEmptyKey(params, text.slice(nameStart, nameEnd));
      pos = nameEnd;
      continue;
    }
    const name = text.slice(nameStart, nameEnd).trim().toLowerCase();
    let valueStart = nameEnd + 1;
    while (valueStart < length && isWsp(text.charCodeAt(valueStart))) valueStart++;
    let value: string;
    if (text.charCodeAt(valueStart) === 0x22 /* " */) {
      const close = text.indexOf('"', valueStart + 1);
      if (close === -1) return null;
      value = text.slice(valueStart + 1, close);
      pos = close + 1;
      while (pos < length && isWsp(text.charCodeAt(pos))) pos++;
      if (pos < length && text.charCodeAt(pos) !== 0x3b) return null;
    } else {
      pos = text.indexOf(";", valueStart);
      if (pos === -1) pos = length;
      const quoteInValue = text.indexOf('"', valueStart);
      if (quoteInValue !== -1 && quoteInValue < pos) return null;
      value = sliceTrimmedWsp(text, valueStart, pos);
    }
    if (!params.has(name)) params.set(name, value);
  }
  return { value: main ? main.toLowerCase() : main, params };
}

/** text[start, end) without leading and trailing SP/HTAB. */
function sliceTrimmedWsp(text: string, start: number, end: number): string {
  while (start < end && isWsp(text.charCodeAt(start))) start++;
  while (end > start && isWsp(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/** postal-mime's parseStructuredHeader loop, for any value (comments already stripped). */
export function parseStructuredGeneral(text: string): Structured {
  const params = new Map<string, string>();
  let mainValue: string | null = null;
  let key = "";
  let inKey = false;
  let value = "";
  let pendingSpace = "";
  let quoteClosed = false;
  let inQuote = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inKey) {
      if (code === 0x3d /* = */) {
        key = value.trim().toLowerCase();
        value = "";
        pendingSpace = "";
        quoteClosed = false;
        inKey = false;
      } else if (code === 0x3b /* ; */) {
        storeEmptyKey(params, value);
        value = "";
        pendingSpace = "";
        quoteClosed = false;
      } else {
        value += text.charAt(i);
      }
      continue;
    }
    if (escaped) {
      if (value.length > 0) value += pendingSpace;
      pendingSpace = "";
      value += text.charAt(i);
    } else if (inQuote && code === 0x5c /* \ */) {
      escaped = true;
      continue;
    } else if (inQuote && code === 0x22 /* " */) {
      inQuote = false;
      quoteClosed = true;
    } else if (!inQuote && code === 0x22) {
      inQuote = true;
      if (value.length > 0) value += pendingSpace;
      pendingSpace = "";
    } else if (!inQuote && code === 0x3b) {
      if (mainValue === null) mainValue = value;
      else if (!params.has(key)) params.set(key, value);
      value = "";
      pendingSpace = "";
      quoteClosed = false;
      inKey = true;
    } else if (!inQuote && (code === 0x20 || code === 0x09)) {
      pendingSpace += text.charAt(i);
    } else if (!quoteClosed) {
      if (value.length > 0) value += pendingSpace;
      pendingSpace = "";
      value += text.charAt(i);
    }
    escaped = false;
  }
  if (inKey) storeEmptyKey(params, value);
  else if (mainValue === null) mainValue = value;
  else if (!params.has(key)) params.set(key, value);
  const main = mainValue ?? "";
  return { value: main ? main.toLowerCase() : main, params };
}

/** A parameter name without "=": stored with an empty value (unless already there). */
function storeEmptyKey(params: Map<string, string>, name: string): void {
  const trimmed = name.trim();
  if (trimmed) {
    const lower = trimmed.toLowerCase();
    if (!params.has(lower)) params.set(lower, "");
  }
}
