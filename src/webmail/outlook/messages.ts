/**
 * The open messages of Outlook on the web: the reading pane, a message opened full page, a pop-out
 * window, and each expanded message of a conversation. Found by roles and structure: the body is a
 * `role="document"` region, its message is the nearest ancestor that also holds a sender line, the
 * subject is the conversation's heading. When no body has its role any more, the bounce's own
 * wording finds it (`text-fallback.ts`).
 */
import type { OpenedMessage, SearchRoot } from "../adapter";
import { NO_SENDER } from "../address";
import { lineText } from "../line-text";
import { openedMessage } from "../opened-message";
import { quietly } from "../quietly";
import { inPageOrder, outermost, queryAll } from "../select";
import { contentKeys, leadingText } from "../stable-key";
import { findBounceOpening, widenToBody } from "../text-fallback";
import { OUTLOOK_SELECTORS as S } from "./selectors";
import { addressElements, senderAbove } from "./sender";

/** A subject is a line, not a paragraph. */
const MAX_SUBJECT_CHARS = 1_000;

export function findOutlookMessages(root: SearchRoot): OpenedMessage[] {
  return quietly([], () => {
    // The most trusted kind of region that shows a message wins; a wider one is only a fallback.
    for (const selector of S.readingRegion) {
      const regions = outermost(queryAll(root, [selector]));
      const found = regions.flatMap((region) => quietly([], () => messagesIn(region)));
      if (found.length > 0) return found;
    }
    return [];
  });
}

interface Draft {
  element: Element;
  body: Element;
  sender: OpenedMessage["sender"];
  subject: string;
}

function messagesIn(region: Element): OpenedMessage[] {
  const elsewhere = queryAll(region, S.notAMessage);
  const isElsewhere = (element: Element) => elsewhere.some((place) => place.contains(element));
  const headings = queryAll(region, S.subject).filter((heading) => !isElsewhere(heading));
  let bodies = outermost(queryAll(region, S.body).filter((body) => !isElsewhere(body)));
  if (bodies.length === 0) {
    const byText = bodyByText(region, headings, elsewhere);
    bodies = byText === null ? [] : [byText];
  }
  const notHeader = [...headings, ...elsewhere];
  const drafts: Draft[] = bodies.map((body) => {
    const element = messageOf(body, region, bodies, notHeader);
    const sender =
      senderAbove(element, body, notHeader) ?? (bodies.length === 1 ? senderAbove(region, body, notHeader) : null);
    return { element, body, sender: sender ?? NO_SENDER, subject: subjectFor(body, headings, bodies) };
  });
  // Outlook reuses the same nodes for the next message it shows: what the message says is its key.
  const keys = contentKeys(
    "outlook",
    drafts.map((d) => `${d.subject}\n${d.sender.address}\n${leadingText(d.body)}`),
  );
  return drafts.map((d, i) =>
    openedMessage({
      element: d.element,
      bodyElement: d.body,
      textElement: d.body,
      sender: d.sender,
      subject: d.subject,
      key: keys[i] as string,
    }),
  );
}

/** The body when no element has the document role: the largest element around a bounce's opening. */
function bodyByText(region: Element, headings: readonly Element[], elsewhere: readonly Element[]): Element | null {
  const opening = findBounceOpening(region, [...headings, ...elsewhere]);
  if (opening === null) return null;
  const senderLines = addressElements(region, opening, elsewhere);
  return widenToBody(opening, region, [...headings, ...elsewhere, ...senderLines]);
}

/**
 * The message around a body: climbing from the body, the first ancestor that shows a sender above
 * the body, and never one that holds another message's body.
 */
function messageOf(body: Element, region: Element, bodies: readonly Element[], notHeader: readonly Element[]): Element {
  let message = body;
  for (let parent = body.parentElement; parent !== null && parent !== region; parent = parent.parentElement) {
    if (bodies.some((other) => other !== body && parent.contains(other))) break;
    message = parent;
    if (senderAbove(parent, body, notHeader) !== null) break;
  }
  return message;
}

/** The conversation's subject: the first heading before the body that reads like one. */
function subjectFor(body: Element, headings: readonly Element[], bodies: readonly Element[]): string {
  const usable = inPageOrder(
    headings.filter((heading) => !bodies.some((b) => b.contains(heading)) && precedes(heading, body)),
  );
  for (const heading of usable) {
    const text = (heading.getAttribute("title") ?? "").trim() || lineText(heading);
    if (text !== "" && text.length <= MAX_SUBJECT_CHARS) return text.replace(/\s+/g, " ");
  }
  return "";
}

function precedes(node: Node, other: Node): boolean {
  return (node.compareDocumentPosition(other) & 4) !== 0;
}
