/**
 * The open messages of a Gmail page: conversation view, preview pane and pop-out window alike,
 * since all three render a conversation with the same message markup (report §1). Collapsed and
 * hidden messages are left out: their body is not on screen.
 */
import type { OpenedMessage, SearchRoot, Sender } from "../adapter";
import { NO_SENDER } from "../address";
import { lineText } from "../line-text";
import { openedMessage } from "../opened-message";
import { quietly } from "../quietly";
import { closestOf, matchesAny, outermost, queryAll } from "../select";
import { contentKeys, leadingText } from "../stable-key";
import { findBodyByText } from "../text-fallback";
import { gmailConversationId } from "./conversation-id";
import { GMAIL_SELECTORS as S } from "./selectors";

export function findGmailMessages(root: SearchRoot): OpenedMessage[] {
  return quietly([], () => {
    const found: OpenedMessage[] = [];
    for (const element of outermost(queryAll(root, S.message))) {
      const message = quietly(null, () => readMessage(element));
      if (message !== null) found.push(message);
    }
    return found;
  });
}

function readMessage(element: Element): OpenedMessage | null {
  if (isFolded(element)) return null;
  const senderElement = firstOutside(element, S.sender, null);
  const body = findBody(element, senderElement);
  if (body === null) return null;
  const sender = senderElement === null ? NO_SENDER : senderOf(senderElement);
  const heading = subjectHeadingAbove(element);
  const subject = heading === null ? "" : lineText(heading);
  const key =
    idKey(element) ??
    (contentKeys("gmail", [`${subject}\n${sender.address}\n${leadingText(body.content)}`])[0] as string);
  return openedMessage({
    element,
    bodyElement: body.container,
    textElement: body.content,
    sender,
    subject,
    key,
    conversationId: gmailConversationId(heading),
  });
}

function isFolded(message: Element): boolean {
  const state = closestOf(message, S.messageState);
  return state !== null && !matchesAny(state, S.expanded) && matchesAny(state, S.folded);
}

/** The body container (where the badge goes) and the content inside it (what is read). */
function findBody(message: Element, senderElement: Element | null): { container: Element; content: Element } | null {
  const container = firstOutside(message, S.bodyContainer, null);
  const content = firstOutside(container ?? message, S.content, null);
  if (content !== null) return { container: container?.contains(content) ? container : content, content };
  if (container !== null) return { container, content: container };
  const header = senderElement === null ? [] : [senderElement];
  const byText = findBodyByText(message, header);
  return byText === null ? null : { container: byText, content: byText };
}

function senderOf(element: Element): Sender {
  const address = (element.getAttribute("email") ?? "").trim().toLowerCase();
  const name = (element.getAttribute("name") ?? "").trim() || lineText(element);
  return { name, address };
}

/** The subject heading of the conversation the message belongs to: the nearest one up the tree. */
function subjectHeadingAbove(message: Element): Element | null {
  for (let scope = message.parentElement; scope !== null; scope = scope.parentElement) {
    const heading = firstOutside(scope, S.subject, message);
    if (heading !== null) return heading;
  }
  return null;
}

/** Gmail's own id: `data-message-id` ("#msg-f:…"), or the legacy id a just-sent reply lacks (report §1). */
function idKey(message: Element): string | null {
  const id =
    message.getAttribute("data-message-id")?.replace(/^#/, "") || message.getAttribute("data-legacy-message-id");
  return id ? `gmail:${id}` : null;
}

/**
 * The first match of the first alternative that has one, skipping matches inside `excluded` and
 * inside any message body (a bounce card has its own `<h2>`, report "Pitfalls").
 */
function firstOutside(scope: Element, alternatives: readonly string[], excluded: Element | null): Element | null {
  for (const selector of alternatives) {
    for (const match of queryAll(scope, [selector])) {
      if (excluded?.contains(match)) continue;
      if (match.parentElement !== null && closestOf(match.parentElement, S.content) !== null) continue;
      return match;
    }
  }
  return null;
}
