/**
 * Which of Gmail's changes can alter what the adapter reads (see ../changes.ts). The open messages
 * are read from inside their message elements and from the subject heading above them, so only a
 * change inside one of those, or one that puts in or takes out one of those, matters to them.
 * Rows are read from their sender, subject and thread id elements, and the attributes on them.
 */
import type { ChangeImpact, PageMutations } from "../adapter";
import { type ChangeMemory, type ChangeRules, changeImpactOf } from "../changes";
import { closestOf, holdsAny } from "../select";
import { GMAIL_SELECTORS as S } from "./selectors";

/** The elements an open message is read from: the message (and all inside it) and the subject heading. */
const MESSAGE_PARTS: readonly string[] = [...S.message, ...S.subject];
/** The elements of a row whose text is read. */
const ROW_TEXT: readonly string[] = [...S.listSender, ...S.listSubject];

const RULES: ChangeRules = {
  textMatters: [...MESSAGE_PARTS, ...ROW_TEXT],
  touchesMessages: (element) => closestOf(element, MESSAGE_PARTS) !== null,
  carriesMessages: (element) => holdsAny(element, MESSAGE_PARTS),
  rows: { row: S.listRow, readText: ROW_TEXT },
  // A row's time label and snippet matter to nothing: remembered per row.
  stableUnder: S.listRow,
};

/**
 * The attributes the adapter reads, but `class`: ids of messages and threads, a sender's hover-card
 * attributes, and the ARIA state of a message.
 */
export const GMAIL_READ_ATTRIBUTES: readonly string[] = [
  "data-message-id",
  "data-legacy-message-id",
  "data-thread-perm-id",
  "data-thread-id",
  "data-legacy-thread-id",
  "email",
  "name",
  "aria-expanded",
];

export function gmailChangeImpact(
  changes: PageMutations,
  isOwn: (node: Node) => boolean,
  memory?: ChangeMemory,
): ChangeImpact {
  return changeImpactOf(changes, isOwn, RULES, memory);
}
