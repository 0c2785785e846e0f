/**
 * Queries over lists of selector alternatives. A selector that the browser rejects (a future syntax,
 * a typo) counts as matching nothing instead of throwing into the page.
 */
import type { SearchRoot } from "./adapter";

const ELEMENT_NODE = 1;

/** Every element under `root` (and `root` itself) that matches any alternative, in page order, once each. */
export function queryAll(root: SearchRoot, alternatives: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const selector of alternatives) {
    for (const element of safeQueryAll(root, selector)) found.add(element);
  }
  return inPageOrder([...found]);
}

/** The first match of the first alternative that matches anything: alternatives are in order of trust. */
export function queryFirst(root: SearchRoot, alternatives: readonly string[]): Element | null {
  for (const selector of alternatives) {
    const match = safeQueryAll(root, selector)[0];
    if (match !== undefined) return match;
  }
  return null;
}

/** The nearest ancestor-or-self of `element` that matches any alternative. */
export function closestOf(element: Element, alternatives: readonly string[]): Element | null {
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
