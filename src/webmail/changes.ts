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
 *   the row's `readText` elements. Any other text of the row (the time, the snippet) is not read;
 * - the rows put in (`newRows`): each element put in that is a row or holds rows, so that the rows
 *   are never searched for in the whole page after the first reading.
 *
 * Work per look: one judgement per distinct changed text (a busy list rewrites the same text nodes
 * in every batch) and per other record.
 *
 * With a `ChangeMemory` (one per annotator, new after any look that reads the whole page), a text
 * that mattered to nothing is remembered by its parent element, so that the same text changing
 * again (a list's time labels, in every batch) is set aside without matching any selector. The
 * remembered verdict is kept only for a parent inside one of the site's `stableUnder` elements (a
 * list row), and holds while nothing that can alter it was seen: every record inside that element
 * (elements put in or taken out, an attribute) bumps its count, and so does a record inside an
 * element that encloses it; a record outside all of them that changes an attribute or puts in
 * anything but such an element, or any change that may alter the open messages (a region, a
 * message, a heading put in or taken out: Outlook's verdicts also depend on what a place holds),
 * bumps the count of every verdict. A verdict also lapses when its element left its `stableUnder`
 * element, or that element moved to another parent. Like every judgement here, it does not see a
 * change of `class` alone.
 */
import type { ChangeImpact, PageMutations } from "./adapter";
import { closestOf, matchesAny, queryAll } from "./select";

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
  /**
   * Elements (list rows) inside which a text that mattered to nothing is remembered as such (see
   * `ChangeMemory`); null: nothing is remembered.
   */
  stableUnder: readonly string[] | null;
}

/** What earlier judgements found, to be reused while still valid (see the top of this file). */
export interface ChangeMemory {
  /** Bumped by any change that may alter any remembered verdict. */
  all: number;
  /** Per `stableUnder` element: bumped by any change inside it. */
  inside: WeakMap<Element, number>;
  /** Per parent element of a text that mattered to nothing: where and when that was judged. */
  setAside: WeakMap<Element, SetAside>;
  /** A site's own verdicts that hold until `all` changes: per element, the verdict and `all` then. */
  verdicts: WeakMap<Element, { all: number; verdict: boolean }>;
}

interface SetAside {
  /** The nearest `stableUnder` element, and its parent, then. */
  under: Element;
  parent: Element | null;
  /** `inside` of `under`, and `all`, then. */
  inside: number;
  all: number;
}

export function createChangeMemory(): ChangeMemory {
  return { all: 0, inside: new WeakMap(), setAside: new WeakMap(), verdicts: new WeakMap() };
}

/**
 * A verdict about `element` that only a change bumping `memory.all` can alter (what it holds, where
 * it lies: see the top of this file), remembered until then; without a memory, `judge` is asked.
 */
export function rememberedVerdict(memory: ChangeMemory | undefined, element: Element, judge: () => boolean): boolean {
  if (memory === undefined) return judge();
  const known = memory.verdicts.get(element);
  if (known !== undefined && known.all === memory.all) return known.verdict;
  const verdict = judge();
  memory.verdicts.set(element, { all: memory.all, verdict });
  return verdict;
}

export function changeImpactOf(
  changes: PageMutations,
  isOwn: (node: Node) => boolean,
  rules: ChangeRules,
  memory?: ChangeMemory,
): ChangeImpact {
  const impact: ChangeImpact = { messages: false, rows: new Set(), newRows: new Set() };
  const stableUnder = memory === undefined ? null : rules.stableUnder;
  // Indexed loops here and below: a busy page's changes are judged all the time, and iterators
  // allocate where the engine has not optimised the loop (issue 7: less garbage collected in our calls).
  const { texts, records } = changes;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as Node;
    const element = text.parentElement;
    if (element === null) {
      // A text outside any element: nothing is known.
      impact.messages = true;
      continue;
    }
    if (stableUnder !== null && stillSetAside(memory as ChangeMemory, element)) continue;
    let matters = rules.textMatters === null || closestOf(element, rules.textMatters) !== null;
    if (matters) {
      // Whether the messages are touched is asked even once they are, when the answer is to be remembered.
      const touches = (!impact.messages || stableUnder !== null) && rules.touchesMessages(element);
      if (touches) impact.messages = true;
      const marked = rules.rows !== null && markRows(element, false, rules.rows, impact.rows);
      matters = touches || marked;
    }
    if (!matters && stableUnder !== null) setAside(memory as ChangeMemory, element, stableUnder);
  }
  /** Targets already judged for elements put in or taken out (1), or an attribute (2). */
  const judged = new Map<Node, number>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as MutationRecord;
    const target = record.target;
    const attribute = record.type === "attributes";
    const own = !attribute && ownOnly(record, isOwn);
    if (!attribute && !own) {
      putInOrTakenOut(record, isOwn, rules, impact);
      if (rules.rows !== null) collectNewRows(record, isOwn, rules.rows.row, impact.newRows);
    }
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
    if (!own && stableUnder !== null) forgetAround(memory as ChangeMemory, record, element, isOwn, stableUnder);
  }
  // The open messages may have changed (what a place holds, a region come or gone): every verdict lapses.
  if (impact.messages && memory !== undefined) memory.all++;
  return impact;
}

/** Whether a text in `element` was found to matter to nothing, and nothing seen since can have changed that. */
function stillSetAside(memory: ChangeMemory, element: Element): boolean {
  const verdict = memory.setAside.get(element);
  if (verdict === undefined) return false;
  const { under } = verdict;
  return (
    verdict.all === memory.all &&
    verdict.inside === (memory.inside.get(under) ?? 0) &&
    under.parentElement === verdict.parent &&
    under.contains(element)
  );
}

/** Remembers that a text in `element` matters to nothing, if it lies inside a `stableUnder` element. */
function setAside(memory: ChangeMemory, element: Element, stableUnder: readonly string[]): void {
  const under = closestOf(element, stableUnder);
  if (under === null) return;
  memory.setAside.set(element, {
    under,
    parent: under.parentElement,
    inside: memory.inside.get(under) ?? 0,
    all: memory.all,
  });
}

/** Lets lapse the verdicts that a record (not only our own elements) at `element` may alter. */
function forgetAround(
  memory: ChangeMemory,
  record: MutationRecord,
  element: Element,
  isOwn: (node: Node) => boolean,
  stableUnder: readonly string[],
): void {
  const under = closestOf(element, stableUnder);
  if (under === null) {
    // Outside every such element: an attribute (of an ancestor, maybe) or anything put in but such
    // an element (a wrapper around them, an element that moved) may alter any verdict.
    if (record.type === "attributes" || putsInOther(record, isOwn, stableUnder)) memory.all++;
    return;
  }
  memory.inside.set(under, (memory.inside.get(under) ?? 0) + 1);
  // Such elements inside one another: the inner ones' places may have changed too.
  if (under.parentElement !== null && closestOf(under.parentElement, stableUnder) !== null) memory.all++;
}

/** Whether the record puts in an element (not ours) that is not a `stableUnder` element. */
function putsInOther(record: MutationRecord, isOwn: (node: Node) => boolean, stableUnder: readonly string[]): boolean {
  const nodes = record.addedNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node === undefined || node.nodeType !== ELEMENT_NODE || isOwn(node)) continue;
    if (!matchesAny(node as Element, stableUnder)) return true;
  }
  return false;
}

/** Each element (not ours) the record puts in or takes out that carries a part of a message makes the messages change. */
function putInOrTakenOut(
  record: MutationRecord,
  isOwn: (node: Node) => boolean,
  rules: ChangeRules,
  impact: ChangeImpact,
): void {
  if (impact.messages) return;
  if (carryMessages(record.addedNodes, isOwn, rules) || carryMessages(record.removedNodes, isOwn, rules)) {
    impact.messages = true;
  }
}

function carryMessages(nodes: NodeList, isOwn: (node: Node) => boolean, rules: ChangeRules): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node === undefined || node.nodeType !== ELEMENT_NODE || isOwn(node)) continue;
    if (rules.carriesMessages(node as Element)) return true;
  }
  return false;
}

/** The rows the record puts in: elements put in that are rows, and the rows inside them. */
function collectNewRows(
  record: MutationRecord,
  isOwn: (node: Node) => boolean,
  rowSelectors: readonly string[],
  newRows: Set<Element>,
): void {
  const nodes = record.addedNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node === undefined || node.nodeType !== ELEMENT_NODE || isOwn(node)) continue;
    const rows = queryAll(node as Element, rowSelectors);
    for (let j = 0; j < rows.length; j++) newRows.add(rows[j] as Element);
  }
}

/** A record that only puts in or takes out our own elements. */
function ownOnly(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  return allOwn(record.addedNodes, isOwn) && allOwn(record.removedNodes, isOwn);
}

function allOwn(nodes: NodeList, isOwn: (node: Node) => boolean): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node !== undefined && !isOwn(node)) return false;
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
): boolean {
  let row: Element | null;
  if (ofElements) {
    row = closestOf(element, rows.row);
  } else {
    const read = closestOf(element, rows.readText);
    row = read === null ? null : closestOf(read, rows.row);
  }
  const any = row !== null;
  // Rows inside rows (a table in a row): the outer ones read the inner ones' text too.
  while (row !== null) {
    marked.add(row);
    row = row.parentElement === null ? null : closestOf(row.parentElement, rows.row);
  }
  return any;
}
