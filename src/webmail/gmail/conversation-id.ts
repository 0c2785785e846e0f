/**
 * One id for a Gmail conversation, read the same way from the subject heading of an open
 * conversation and from its row in the message list, so that a row can show what was learnt when
 * its bounce was open. Gmail's permanent thread id ("thread-f:…") is written on both
 * (`data-thread-perm-id` on the heading, `data-thread-id` with a leading "#" in the list, report §1);
 * the legacy hexadecimal id is the fallback.
 */
export function gmailConversationId(element: Element | null): string {
  if (element === null) return "";
  const permanent = element.getAttribute("data-thread-perm-id") || element.getAttribute("data-thread-id");
  if (permanent) return permanent.replace(/^#/, "");
  const legacy = element.getAttribute("data-legacy-thread-id");
  return legacy ? `legacy:${legacy}` : "";
}
