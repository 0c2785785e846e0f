/** Small text helpers shared by the format readers. */

/**
 * An e-mail address: a local part of the usual characters, "@", and a domain of dot-separated
 * labels (or an address literal). Bounded repetitions, one way to match: no backtracking blow-up.
 * The local part starts where a run of its characters starts: tried from inside a long run (a
 * hostile 500,000 "a"s), it would read up to 128 characters at each position in vain; a local
 * part longer than 128 is no address, not the address of its last 128 characters.
 */
const ADDRESS_SOURCE =
  "(?<![A-Za-z0-9._%+!#$&*/=?^`{|}~'-])[A-Za-z0-9._%+!#$&*/=?^`{|}~'-]{1,128}@(?:[A-Za-z0-9_-]{1,63}(?:\\.[A-Za-z0-9_-]{1,63}){0,10}|\\[[0-9A-Fa-f.:]{2,45}\\])";
const ADDRESS = new RegExp(ADDRESS_SOURCE);
const ADDRESS_GLOBAL = new RegExp(ADDRESS_SOURCE, "g");

/** The first address in the text (without angle brackets), or null. */
export function findAddress(text: string): string | null {
  const m = ADDRESS.exec(text);
  return m === null ? null : normalizeAddress(m[0]);
}

/** Every address in the text, in order. */
export function findAddresses(text: string): string[] {
  ADDRESS_GLOBAL.lastIndex = 0;
  return Array.from(text.matchAll(ADDRESS_GLOBAL), (m) => normalizeAddress(m[0]));
}

/** Strips brackets, quotes, a leading "rfc822;" and trailing dots; lower-cases the domain. */
export function normalizeAddress(raw: string): string {
  let a = raw.trim().replace(/^rfc822;\s*/i, "");
  a = trimTrailing(a.replace(/^[<"'([]+/, ""), ">\"')].,;:");
  const at = a.lastIndexOf("@");
  if (at <= 0) return a;
  return `${a.slice(0, at)}@${a.slice(at + 1).toLowerCase()}`;
}

/** Drops trailing characters of `chars`; a loop, because `/[...]+$/` rescans on every failed end. */
function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/**
 * Controls (line breaks and tabs are trimmed as white space) and the characters that hide or
 * reorder text: bidi marks, embeddings, overrides and isolates, zero-width characters, the soft
 * hyphen. No address holds one, and in a recipient shown to a person they disguise it
 * ("\u202Emoc.elpmaxe@bob" reads "bob@example.com" on screen), so they are dropped.
 */
const HIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Like `normalizeAddress`, but keeps a quoted local part whole (`"john..doe"@example.com`, as
 * RFC 5321 allows and servers echo it), which `normalizeAddress` would leave with one quote.
 */
export function normalizeRecipient(raw: string): string {
  const visible = raw.replace(HIDDEN, "");
  const quoted = /^(?:rfc822;\s*)?<?("[^"\\\r\n]{1,128}"@[^\s<>"]{1,255})>?$/i.exec(visible.trim());
  if (quoted === null) return normalizeAddress(visible);
  let address = quoted[1] as string;
  while (address.length > 0 && ".,;:".includes(address.charAt(address.length - 1))) address = address.slice(0, -1);
  const at = address.lastIndexOf("@");
  return `${address.slice(0, at)}@${address.slice(at + 1).toLowerCase()}`;
}

/** True for an address that names a real mailbox (not "postmaster" of the reporting host etc.). */
export function isAddress(text: string): boolean {
  return ADDRESS.test(text) && !/\s/.test(text.trim());
}

/**
 * Joins lines that continue the previous one (indented by a space or tab) into it, as mail
 * servers wrap long replies.
 */
export function unwrapIndented(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const first = line.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && out.length > 0 && line.trim() !== "" && out[out.length - 1] !== "") {
      out[out.length - 1] = `${out[out.length - 1]} ${line.trim()}`;
    } else {
      out.push(line.trimEnd());
    }
  }
  return out;
}

/** Index of the first line containing `needle` (case-sensitive) at or after `from`, or -1. */
export function indexOfLine(lines: readonly string[], needle: string, from = 0): number {
  for (let i = from; i < lines.length; i++) if ((lines[i] as string).includes(needle)) return i;
  return -1;
}

/** Index of the first line whose lower-cased text contains `needle` (lower-case), or -1. */
export function indexOfLineLower(lines: readonly string[], needle: string, from = 0): number {
  for (let i = from; i < lines.length; i++) if ((lines[i] as string).toLowerCase().includes(needle)) return i;
  return -1;
}

/** The text of an SMTP command named in a reply ("in reply to RCPT TO command" gives "RCPT"). */
export function commandIn(text: string): string | null {
  const m = /\b(HELO|EHLO|MAIL FROM|RCPT TO|DATA|CONN|STARTTLS|AUTH|BDAT|end of data)\b/i.exec(text);
  if (m === null) return null;
  const word = (m[1] as string).toUpperCase();
  if (word === "END OF DATA") return "DATA";
  return word.split(" ")[0] as string;
}

/** Where readers look for a format's opening words: bounce notices say who they are early. */
const NEAR_START = 4000;

/** True when `needle` starts within the first `limit` characters; never scans further. */
export function includesNearStart(text: string, needle: string, limit = NEAR_START): boolean {
  // A forward search over the head: V8's lastIndexOf compares naively and is some 40 times slower.
  const end = limit + needle.length;
  return (text.length > end ? text.slice(0, end) : text).includes(needle);
}

/**
 * The reply code that opens a server's reply, also in the forms some providers write it:
 * "550 ...", "550-...", "550: ...", "550:" alone. Null when the text does not start with one.
 */
export function leadingReplyCode(reply: string): string | null {
  const m = /^\s*([245][0-5]\d)(?:[\s:-]|$)/.exec(reply);
  return m === null ? null : (m[1] as string);
}
