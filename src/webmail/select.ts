/**
 * Queries over lists of selector alternatives. A selector that the browser rejects (a future syntax,
 * a typo) counts as matching nothing instead of throwing into the page.
 *
 * Cheap by design, since a look at the page runs many of them: where the order of trust does not
 * matter (`queryAll`, `closestOf`, `matchesAny`) the alternatives go to the browser as one selector
 * list, which answers in page order and once per element in a single pass. Only when the browser
 * rejects the list (one alternative it does not know) is each alternative asked on its own.
 */
import type { SearchRoot } from "./adapter";

const ELEMENT_NODE = 1;

/** Each list of alternatives as one selector list; null once the browser has rejected it. */
const asOneList = new WeakMap<readonly string[], string | null>();

function oneList(alternatives: readonly string[]): string | null {
  let list = asOneList.get(alternatives);
  if (list === undefined) {
    list = alternatives.join(", ");
    asOneList.set(alternatives, list);
  }
  return list;
}

function rejected(alternatives: readonly string[]): void {
  asOneList.set(alternatives, null);
}

/** Every element under `root` (and `root` itself) that matches any alternative, in page order, once each. */
export function queryAll(root: SearchRoot, alternatives: readonly string[]): Element[] {
  const list = alternatives.length === 1 ? alternatives[0] : oneList(alternatives);
  if (list !== null && list !== undefined) {
    try {
      const matches = [...root.querySelectorAll(list)];
      if (root.nodeType === ELEMENT_NODE && (root as Element).matches(list)) matches.unshift(root as Element);
      return matches;
    } catch {
      if (alternatives.length === 1) return [];
      rejected(alternatives);
    }
  }
  const found = new Set<Element>();
  for (const selector of alternatives) {
    for (const element of safeQueryAll(root, selector)) found.add(element);
  }
  return inPageOrder([...found]);
}

/** The first match of the first alternative that matches anything: alternatives are in order of trust. */
export function queryFirst(root: SearchRoot, alternatives: readonly string[]): Element | null {
  for (const selector of alternatives) {
    try {
      if (root.nodeType === ELEMENT_NODE && (root as Element).matches(selector)) return root as Element;
      const match = root.querySelector(selector);
      if (match !== null) return match;
    } catch {
      // A selector the browser rejects matches nothing.
    }
  }
  return null;
}

/** The nearest ancestor-or-self of `element` that matches any alternative. */
export function closestOf(element: Element, alternatives: readonly string[]): Element | null {
  const list = alternatives.length === 1 ? alternatives[0] : oneList(alternatives);
  if (list !== null && list !== undefined) {
    try {
      return element.closest(list);
    } catch {
      if (alternatives.length === 1) return null;
      rejected(alternatives);
    }
  }
  let best: Element | null = null;
  for (const selector of alternatives) {
    let match: Element | null = null;
    try {
      match = element.closest(selector);
    } catch {
      continue;
    }
    if (match !== null && (best === null || best.contains(match))) best = match;
  }
  return best;
}

export function matchesAny(element: Element, alternatives: readonly string[]): boolean {
  const list = alternatives.length === 1 ? alternatives[0] : oneList(alternatives);
  if (list !== null && list !== undefined) {
    try {
      return element.matches(list);
    } catch {
      if (alternatives.length === 1) return false;
      rejected(alternatives);
    }
  }
  return alternatives.some((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false;
    }
  });
}

function safeQueryAll(root: SearchRoot, selector: string): Element[] {
  try {
    const matches = [...root.querySelectorAll(selector)];
    if (root.nodeType === ELEMENT_NODE && (root as Element).matches(selector)) matches.unshift(root as Element);
    return matches;
  } catch {
    return [];
  }
}

export function inPageOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => {
    if (a === b) return 0;
    // 4: b follows a.
    return a.compareDocumentPosition(b) & 4 ? -1 : 1;
  });
}

/** Drops every element that lies inside another element of the list. */
export function outermost(elements: readonly Element[]): Element[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

/** Whether `element` matches any alternative or holds an element that does. */
export function holdsAny(element: Element, alternatives: readonly string[]): boolean {
  return matchesAny(element, alternatives) || queryFirstOfAny(element, alternatives) !== null;
}

/** The first element under `root` that matches any alternative, whichever it matches. */
function queryFirstOfAny(root: Element, alternatives: readonly string[]): Element | null {
  const list = alternatives.length === 1 ? alternatives[0] : oneList(alternatives);
  if (list !== null && list !== undefined) {
    try {
      return root.querySelector(list);
    } catch {
      if (alternatives.length === 1) return null;
      rejected(alternatives);
    }
  }
  return queryFirst(root, alternatives);
}
