/**
 * The one shape both webmail adapters give the content scripts (issues 5 and 6): which messages are
 * open, where a badge goes, who sent each one, its subject and its text. Plain DOM code, so that it
 * runs the same in a content script and in a unit test; nothing here imports WXT or browser APIs.
 *
 * Every function of an adapter returns an empty answer instead of throwing: webmail markup changes
 * without notice, and an exception must never escape into Gmail's or Outlook's page.
 */

import type { ChangeMemory } from "./changes";

/** Webmails with an adapter; the same ids as the options' per-site switches. */
export type WebmailSite = "gmail" | "outlook";

/** Where an adapter looks: the whole page, or a part of it (a pop-out window's document, a subtree). */
export type SearchRoot = Document | Element;

/** A sender as the page shows it. Either part may be "" when the page does not show it. */
export interface Sender {
  name: string;
  /** Lower-cased address. */
  address: string;
}

/** One message that is open (expanded) on the page. */
export interface OpenedMessage {
  /** The message's container: when it leaves the page, the message is gone. */
  element: Element;
  /** The element at whose top a badge belongs (the badge's host goes in as its first child). */
  bodyElement: Element;
  sender: Sender;
  /** The conversation's subject as the page shows it ("" when none is shown). */
  subject: string;
  /**
   * The body as a reader sees it: `innerText` where the browser has laid the body out, otherwise
   * text rebuilt from the markup with the same line breaks. Read on first use and then kept, so
   * listing messages stays cheap until a message looks like a bounce.
   */
  readonly bodyText: string;
  /** Stays the same for the same message across re-renders; differs between messages on the page. */
  key: string;
  /**
   * The conversation the message belongs to, in the same form as `BounceListRow.conversationId`,
   * so that what is learnt about an open bounce can mark its row in the list; "" when unknown.
   */
  conversationId: string;
}

/** A row of a message list that looks like a bounce, for a severity chip. */
export interface BounceListRow {
  element: Element;
  /** The element at whose start the chip belongs. */
  anchor: Element;
  sender: Sender;
  subject: string;
  key: string;
  /** The conversation the row stands for (see `OpenedMessage.conversationId`); "" when unknown. */
  conversationId: string;
}

/** A page that shows a whole raw message (headers and body), such as Gmail's "Show original". */
export interface RawMessage {
  /** The element that shows it: a badge belongs just above it. */
  element: Element;
  text: string;
}

/**
 * The page's changes since the last look, as a MutationObserver on the whole document reports
 * them (childList, characterData, and the attributes in `WebmailAdapter.readAttributes`).
 */
export interface PageMutations {
  /** Nodes whose text changed (characterData records' targets), each once. */
  texts: readonly Node[];
  /** The other records (elements put in or taken out, attributes), in order. */
  records: readonly MutationRecord[];
}

/**
 * What a batch of the page's changes can have altered in the adapter's answers, so that a look
 * reads again only that. It errs towards "changed": a wrong "unchanged" would leave a badge or
 * chip stale, a wrong "changed" costs one more reading.
 */
export interface ChangeImpact {
  /** `findMessages` may answer differently: the open messages must be found again. */
  messages: boolean;
  /** List rows, already read before, whose reading may differ. */
  rows: Set<Element>;
  /**
   * List rows the changes put in: rows put in, and the rows inside elements put in. A reading of
   * the rows after these changes takes its new rows from here instead of searching the whole page.
   */
  newRows: Set<Element>;
}

/** The list's changes since an earlier reading of its rows (see `BounceRowReader`). */
export interface RowChanges {
  /** Rows read before whose reading may differ (`ChangeImpact.rows`). */
  changed: ReadonlySet<Element>;
  /** Rows put in since (`ChangeImpact.newRows`). */
  added: ReadonlySet<Element>;
}

/** `findBounceRows` with a memory: each row is read once, and again only after it changes. */
export interface BounceRowReader {
  /**
   * The bounce rows under `root`, like `findBounceRows`. `since` null: `root` is searched and
   * every row read anew. Otherwise `root` is not searched (on a webmail's page of tens of
   * thousands of elements that search alone costs a millisecond and more, issue 7): the rows are
   * those of the reading before that are still in the page and those `since.added`; rows in
   * `since.changed`, and rows not read before, are read, the others give their earlier reading.
   */
  read(root: SearchRoot, since: RowChanges | null): BounceListRow[];
  /**
   * The same reading in steps, so that a caller with a time budget can stop between two rows:
   * the rows are found at once, each `step` reads the next one that must be read.
   */
  begin(root: SearchRoot, since: RowChanges | null): RowReading;
}

/** A reading of the list's rows under way (see `BounceRowReader.begin`). */
export interface RowReading {
  /** Reads up to the next row that was to be read again, and that one; false once every row is read. */
  step(): boolean;
  /**
   * The bounce rows read so far: all of them once `step` has said false. In page order after a
   * search; otherwise the rows of the reading before (in their order), then the new ones.
   */
  readonly rows: readonly BounceListRow[];
}

/** The reader of a site whose list gets no chips. */
export const NO_BOUNCE_ROWS: BounceRowReader = {
  read: () => [],
  begin: () => ({ step: () => false, rows: [] }),
};

export interface WebmailAdapter {
  readonly site: WebmailSite;
  /** The open messages under `root`, in page order; [] when there are none or the markup is unknown. */
  findMessages(root: SearchRoot): OpenedMessage[];
  /** Message-list rows whose sender or subject looks like a bounce; [] where the site has no list we read. */
  findBounceRows(root: SearchRoot): BounceListRow[];
  /** A reader of the same rows that remembers each row's reading (one per annotator). */
  bounceRowReader(): BounceRowReader;
  /** The raw message on a page that shows one, such as Gmail's "Show original"; else null. */
  readRawMessage(root: SearchRoot): RawMessage | null;
  /**
   * The attributes the adapter reads, other than `class`: their changes are observed (with the
   * page's elements put in and taken out and its texts), so that `changeImpact` sees them.
   */
  readonly readAttributes: readonly string[];
  /**
   * What the page's changes can have altered of `findMessages` and the bounce rows. `isOwn` tells
   * the content script's own elements: their coming and going changes no row (it may still be
   * looked at as a change near a message). With `memory` (see `createChangeMemory`: one per
   * series of looks, each given every change since the one before), verdicts are reused.
   */
  changeImpact(changes: PageMutations, isOwn: (node: Node) => boolean, memory?: ChangeMemory): ChangeImpact;
}
