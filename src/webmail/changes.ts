/**
 * From the page's changes (`PageMutations`) to what they can have altered in an adapter's answers
 * (`ChangeImpact`). The changes cover elements put in and taken out, texts, and the attributes the
 * adapter reads; `class` is not observed (Gmail and Outlook rewrite classes all the time).
 *
 * Each site says, with its own selectors, which elements matter:
 * - a change inside or at an element that `touchesMessages` may alter the open messages;
 * - an element put in or taken out that `carriesMessages` (a message, a heading, a region) may too,
 *   and so may an attribute change on one (it may hold a message whose state it gives);
 * - a change inside a list row alters that row's reading when it puts in or takes out an element
 *   (a sender or subject may come or go) or changes an attribute, or changes text inside one of
 *   the row's `readText` elements. Any other text of the row (the time, the snippet) is not read.
 *
 * Work per look: one judgement per distinct changed text (a busy list rewrites the same text nodes
 * in every batch) and per other record.
 */
import type { ChangeImpact, PageMutations } from "./adapter";
import { closestOf } from "./select";

const ELEMENT_NODE = 1;

export interface ChangeRules {
  /**
   * Elements a changed text must lie in to matter at all (any element `touchesMessages` may accept,
   * and the rows' `readText`): one query sets aside the many texts of a busy page that matter to
   * nothing (a list's time labels). Null: every text is judged.
   */
  textMatters: readonly string[] | null;
  /** Whether a change at `element` (the changed element, or a changed text's parent) may alter the open messages. */
  touchesMessages(element: Element): boolean;
  /** Whether an element put in or taken out may alter the open messages (it is or holds one of their parts). */
  carriesMessages(element: Element): boolean;
  /** The list's rows, and the elements of a row whose text is read; null where no list is read. */
  rows: { row: readonly string[]; readText: readonly string[] } | null;
}

export function changeImpactOf(
  changes: PageMutations,
  isOwn: (node: Node) => boolean,
  rules: ChangeRules,
): ChangeImpact {
  const impact: ChangeImpact = { messages: false, rows: new Set() };
  for (const text of changes.texts) {
    const element = text.parentElement;
    if (element === null) {
      // A text outside any element: nothing is known.
      impact.messages = true;
      continue;
    }
    if (rules.textMatters !== null && closestOf(element, rules.textMatters) === null) continue;
    if (!impact.messages && rules.touchesMessages(element)) impact.messages = true;
    if (rules.rows !== null) markRows(element, false, rules.rows, impact.rows);
  }
  /** Targets already judged for elements put in or taken out (1), or an attribute (2). */
  const judged = new Map<Node, number>();
  for (const record of changes.records) {
    const target = record.target;
    const attribute = record.type === "attributes";
    const own = !attribute && ownOnly(record, isOwn);
    if (!attribute && !own) putInOrTakenOut(record, isOwn, rules, impact);
    const kind = attribute ? 2 : 1;
    const before = judged.get(target) ?? 0;
    if ((before & kind) !== 0 && !own) continue;
    judged.set(target, before | kind);
    const element = target.nodeType === ELEMENT_NODE ? (target as Element) : null;
    if (element === null) {
      // The document itself (its root element put in or taken out): nothing is known.
      impact.messages = true;
      continue;
    }
    if (!impact.messages && (rules.touchesMessages(element) || (attribute && rules.carriesMessages(element)))) {
      impact.messages = true;
    }
    if (!own && rules.rows !== null) markRows(element, true, rules.rows, impact.rows);
  }
  return impact;
}

/** Each element (not ours) the record puts in or takes out that carries a part of a message makes the messages change. */
function putInOrTakenOut(
  record: MutationRecord,
  isOwn: (node: Node) => boolean,
  rules: ChangeRules,
  impact: ChangeImpact,
): void {
  if (impact.messages) return;
  for (const nodes of [record.addedNodes, record.removedNodes]) {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (node === undefined || node.nodeType !== ELEMENT_NODE || isOwn(node)) continue;
      if (rules.carriesMessages(node as Element)) {
        impact.messages = true;
        return;
      }
    }
  }
}

/** A record that only puts in or takes out our own elements. */
function ownOnly(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  for (const nodes of [record.addedNodes, record.removedNodes]) {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (node !== undefined && !isOwn(node)) return false;
    }
  }
  return true;
}

/**
 * Marks the rows around `element` whose reading the change may alter: every enclosing row for a
 * change of its elements or attributes, only the rows around a read element for a change of text.
 * (Our own elements coming and going alter no row: a look puts a row's chip back by itself.)
 */
function markRows(
  element: Element,
  ofElements: boolean,
  rows: NonNullable<ChangeRules["rows"]>,
  marked: Set<Element>,
): void {
  let row: Element | null;
  if (ofElements) {
    row = closestOf(element, rows.row);
  } else {
    const read = closestOf(element, rows.readText);
    row = read === null ? null : closestOf(read, rows.row);
  }
  // Rows inside rows (a table in a row): the outer ones read the inner ones' text too.
  while (row !== null) {
    marked.add(row);
    row = row.parentElement === null ? null : closestOf(row.parentElement, rows.row);
  }
}
