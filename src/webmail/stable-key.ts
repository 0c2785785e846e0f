/**
 * Keys for messages whose page gives them no id of their own (Outlook on the web reuses the same
 * nodes for the next message, so a node is no key): a hash of what tells messages apart.
 */

/** How much of the body goes into a key: enough to tell two bounces apart, little to read. */
const KEY_TEXT_CHARS = 400;

/** A short, stable hash (cyrb53: two 32-bit lanes), as base-36 text. Not for security. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The first characters of an element's text, white space collapsed. Reads text nodes only until it
 * has enough, without layout, so keying a long body costs almost nothing.
 */
export function leadingText(element: Element, maxChars = KEY_TEXT_CHARS): string {
  const document = element.ownerDocument;
  const walker = document.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let text = "";
  for (let node = walker.nextNode(); node !== null && text.length < maxChars; node = walker.nextNode()) {
    text += (node as Text).data.slice(0, maxChars).replace(/\s+/g, " ");
  }
  return text.replace(/\s+/g, " ").trim().slice(0, maxChars);
}

/** A key from the parts that identify a message; a repeat on the same page gets "#2", "#3", ... */
export function contentKeys(prefix: string, identities: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return identities.map((identity) => {
    const base = `${prefix}:${hashText(identity)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}
