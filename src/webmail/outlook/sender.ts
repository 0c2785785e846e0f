/**
 * Who sent an Outlook message, read from the header above its body. Outlook shows the sender as a
 * display name with the address beside it ("Microsoft Outlook <postmaster@example.com>") or in a
 * `title`; the sender line comes before the "To" line, so the first address above the body is the
 * sender's, in any interface language.
 */
import type { Sender } from "../adapter";
import { findAddress, parseSender } from "../address";
import { lineText } from "../line-text";
import { inPageOrder, queryAll } from "../select";
import { OUTLOOK_SELECTORS as S } from "./selectors";

/** Text nodes read at most while looking for addresses: a header is short. */
const MAX_TEXT_NODES = 400;
/** A sender line is short; longer text is a paragraph that merely mentions an address. */
const MAX_LINE_CHARS = 200;

/**
 * Elements under `scope`, above `stopAt`, that show or carry an address, in page order; nothing
 * inside `skipped` places is read (a long message list must not use up the reading).
 */
export function addressElements(scope: Element, stopAt: Element | null, skipped: readonly Element[] = []): Element[] {
  const isSkipped = (node: Node) => skipped.some((place) => place.contains(node));
  const found = new Set<Element>(queryAll(scope, S.addressCarrier).filter((element) => !isSkipped(element)));
  const walker = scope.ownerDocument.createTreeWalker(scope, 1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */, {
    // 2: FILTER_REJECT, the element and all inside it; 3: FILTER_SKIP, the element but not inside it.
    acceptNode: (node) => (node.nodeType === 3 ? 1 : skipped.includes(node as Element) ? 2 : 3),
  });
  let read = 0;
  for (let node = walker.nextNode(); node !== null && read < MAX_TEXT_NODES; node = walker.nextNode(), read++) {
    if (stopAt !== null && (stopAt.contains(node) || follows(node, stopAt))) break;
    const parent = node.parentElement;
    if (parent !== null && (node as Text).data.includes("@") && findAddress((node as Text).data) !== "")
      found.add(parent);
  }
  return inPageOrder([...found].filter((element) => stopAt === null || precedes(element, stopAt)));
}

/**
 * The sender shown in `scope` above `body`. `skipped` places are not the header: headings (a
 * subject may name an address) and lists (a row may carry its sender's address).
 */
export function senderAbove(scope: Element, body: Element, skipped: readonly Element[]): Sender | null {
  for (const element of addressElements(scope, body, skipped)) {
    const sender = senderIn(element);
    if (sender !== null) return sender;
  }
  return null;
}

function senderIn(element: Element): Sender | null {
  const title = element.getAttribute("title") ?? "";
  const href = element.getAttribute("href") ?? "";
  const carried = findAddress(title) || (/^mailto:/i.test(href) ? findAddress(href) : "");
  const text = lineText(element);
  if (carried !== "") return { name: parseSender(text).name, address: carried };
  if (text.length > MAX_LINE_CHARS) return null;
  const shown = parseSender(text);
  if (shown.address === "") return null;
  if (shown.name !== "") return shown;
  // "<postmaster@example.com>" alone: the display name is beside it, in the parent's text.
  const line = element.parentElement === null ? "" : lineText(element.parentElement);
  return line.length <= MAX_LINE_CHARS ? { ...parseSender(line), address: shown.address } : shown;
}

function precedes(node: Node, other: Node): boolean {
  // 4: `other` follows `node`.
  return node !== other && !node.contains(other) && (node.compareDocumentPosition(other) & 4) !== 0;
}

function follows(node: Node, other: Node): boolean {
  // 2: `other` precedes `node`.
  return (node.compareDocumentPosition(other) & 2) !== 0 && !other.contains(node);
}
