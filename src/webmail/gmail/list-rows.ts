/**
 * Rows of Gmail's message list that look like bounces, so that a severity chip can sit beside them.
 * The list shows only a sender, a subject and a snippet: the cheap hints decide, and the content
 * script may still ask the engine about the snippet.
 */
import type { BounceListRow, SearchRoot, Sender } from "../adapter";
import { looksLikeBounce } from "../bounce-hints";
import { lineText } from "../line-text";
import { quietly } from "../quietly";
import { queryAll, queryFirst } from "../select";
import { hashText } from "../stable-key";
import { gmailConversationId } from "./conversation-id";
import { GMAIL_SELECTORS as S } from "./selectors";

export function findGmailBounceRows(root: SearchRoot): BounceListRow[] {
  return quietly([], () => {
    const rows: BounceListRow[] = [];
    for (const element of queryAll(root, S.listRow)) {
      const row = quietly(null, () => readRow(element));
      if (row !== null && looksLikeBounce(row.sender, row.subject)) rows.push(row);
    }
    return rows;
  });
}

function readRow(element: Element): BounceListRow | null {
  const senderElement = queryFirst(element, S.listSender);
  const subjectElement = queryFirst(element, S.listSubject);
  if (senderElement === null || subjectElement === null) return null;
  const sender: Sender = {
    name: (senderElement.getAttribute("name") ?? "").trim() || lineText(senderElement),
    address: (senderElement.getAttribute("email") ?? "").trim().toLowerCase(),
  };
  const subject = lineText(subjectElement);
  const threadElement = queryFirst(element, S.listThreadId);
  const threadId =
    threadElement?.getAttribute("data-legacy-thread-id") || threadElement?.getAttribute("data-thread-id");
  const key = threadId
    ? `gmail-thread:${threadId.replace(/^#/, "")}`
    : `gmail-row:${hashText(`${sender.address}\n${subject}`)}`;
  const anchor = subjectElement.parentElement ?? subjectElement;
  return { element, anchor, sender, subject, key, conversationId: gmailConversationId(threadElement) };
}
