/** Builds an `OpenedMessage` whose body text is read only when somebody asks for it. */
import type { OpenedMessage, Sender } from "./adapter";
import { readableText } from "./readable-text";

export interface MessageParts {
  element: Element;
  bodyElement: Element;
  /** The element whose text is the message's text (the body element or the content inside it). */
  textElement: Element;
  sender: Sender;
  subject: string;
  key: string;
  conversationId?: string;
}

export function openedMessage(parts: MessageParts): OpenedMessage {
  const { element, bodyElement, textElement, sender, subject, key, conversationId = "" } = parts;
  let text: string | null = null;
  return {
    element,
    bodyElement,
    sender,
    subject,
    key,
    conversationId,
    get bodyText(): string {
      text ??= readableText(textElement);
      return text;
    },
  };
}
