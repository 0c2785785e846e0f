/**
 * Rows of Gmail's message list that look like bounces, so that a severity chip can sit beside them.
 * The list shows only a sender, a subject and a snippet: the cheap hints decide, and the content
 * script may still ask the engine about the snippet.
 *
 * A busy list changes many times a second (a new row, every row's time label), so the reader
 * remembers each row's reading, and reads a row again only when the page's changes say that its
 * reading may differ (`changeImpact`: an element of the row put in or taken out, an attribute it
 * reads changed, the text of its sender or subject changed). It also remembers which rows the
 * page holds: after the first reading it searches the page for rows no more, and takes the new
 * ones from the changes (`changeImpact`'s rows put in). A row that became one by a change of its
 * class alone, which the changes do not show, waits for the next reading that searches.
 */
import type { BounceListRow, BounceRowReader, RowChanges, RowReading, SearchRoot, Sender } from "../adapter";
import { looksLikeBounce } from "../bounce-hints";
import { lineText } from "../line-text";
import { quietly } from "../quietly";
import { queryAll, queryFirst } from "../select";
import { hashText } from "../stable-key";
import { gmailConversationId } from "./conversation-id";
import { GMAIL_SELECTORS as S } from "./selectors";

export function findGmailBounceRows(root: SearchRoot): BounceListRow[] {
  return gmailBounceRowReader().read(root, null);
}

export function gmailBounceRowReader(): BounceRowReader {
  /** Each row's reading: the bounce row, or null for a row that is no bounce or cannot be read. */
  let readings = new WeakMap<Element, BounceListRow | null>();
  /** The list's rows as last found: by a search, then kept up to date from the changes. */
  let known: Element[] = [];
  const begin = (root: SearchRoot, since: RowChanges | null): RowReading => {
    const changed = since?.changed ?? null;
    if (since === null) {
      readings = new WeakMap();
      known = quietly([], () => queryAll(root, S.listRow));
    } else {
      const kept = new Set<Element>();
      for (const element of known) if (element.isConnected) kept.add(element);
      for (const element of since.added) if (element.isConnected) kept.add(element);
      known = [...kept];
    }
    const elements = known;
    const rows: BounceListRow[] = [];
    let next = 0;
    return {
      rows,
      step() {
        // Rows whose reading is kept cost a lookup each: they go along with the next row read.
        while (next < elements.length) {
          const element = elements[next++] as Element;
          let row = readings.get(element);
          const toRead = row === undefined || changed?.has(element) === true;
          if (toRead) {
            row = quietly(null, () => readRow(element));
            readings.set(element, row);
          }
          if (row) rows.push(row);
          if (toRead) return true;
        }
        return false;
      },
    };
  };
  return {
    read(root, since) {
      const reading = begin(root, since);
      while (reading.step());
      return reading.rows as BounceListRow[];
    },
    begin,
  };
}

/** The row as a bounce row, or null when it is no bounce or cannot be read. */
function readRow(element: Element): BounceListRow | null {
  const senderElement = queryFirst(element, S.listSender);
  const subjectElement = queryFirst(element, S.listSubject);
  if (senderElement === null || subjectElement === null) return null;
  const sender: Sender = {
    name: (senderElement.getAttribute("name") ?? "").trim() || lineText(senderElement),
    address: (senderElement.getAttribute("email") ?? "").trim().toLowerCase(),
  };
  const subject = lineText(subjectElement);
  if (!looksLikeBounce(sender, subject)) return null;
  const threadElement = queryFirst(element, S.listThreadId);
  const threadId =
    threadElement?.getAttribute("data-legacy-thread-id") || threadElement?.getAttribute("data-thread-id");
  const key = threadId
    ? `gmail-thread:${threadId.replace(/^#/, "")}`
    : `gmail-row:${hashText(`${sender.address}\n${subject}`)}`;
  const anchor = subjectElement.parentElement ?? subjectElement;
  return { element, anchor, sender, subject, key, conversationId: gmailConversationId(threadElement) };
}
