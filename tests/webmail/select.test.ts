// @vitest-environment happy-dom
/**
 * Selector queries ask the browser once per list of alternatives where the order of trust does not
 * matter: the answers are those of asking each alternative on its own.
 */
import { describe, expect, it } from "vitest";
import { GMAIL_SELECTORS } from "../../src/webmail/gmail/selectors";
import { OUTLOOK_SELECTORS } from "../../src/webmail/outlook/selectors";
import { closestOf, holdsAny, inPageOrder, matchesAny, queryAll } from "../../src/webmail/select";
import { loadPage, pageNames } from "./load-page";

/** The answer of each alternative on its own, merged in page order. */
function oneByOne(root: Document | Element, alternatives: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const selector of alternatives) {
    if (root instanceof Element && root.matches(selector)) found.add(root);
    for (const element of root.querySelectorAll(selector)) found.add(element);
  }
  return inPageOrder([...found]);
}

const CASES = [
  ...pageNames("gmail").map((name) => ["gmail", name, GMAIL_SELECTORS] as const),
  ...pageNames("outlook").map((name) => ["outlook", name, OUTLOOK_SELECTORS] as const),
];

describe("selector lists", () => {
  it.each(CASES)("%s/%s: every list answers as its alternatives one by one", (site, name, selectors) => {
    const page = loadPage(site, name);
    for (const list of Object.values(selectors) as (readonly string[])[]) {
      expect(queryAll(page, list)).toEqual(oneByOne(page, list));
      for (const element of [...page.querySelectorAll("body *")].slice(0, 200)) {
        const nearest =
          oneByOne(page, list)
            .filter((match) => match.contains(element))
            .at(-1) ?? null;
        expect(closestOf(element, list)).toBe(nearest);
        expect(matchesAny(element, list)).toBe(list.some((selector) => element.matches(selector)));
        expect(holdsAny(element, list)).toBe(oneByOne(element, list).length > 0);
      }
    }
  });

  it("fall back to one alternative at a time when the browser rejects one", () => {
    const page = loadPage("gmail", "preview-pane");
    const list = ["tr[", "tr.zA"];
    expect(queryAll(page, list)).toEqual([...page.querySelectorAll("tr.zA")]);
    const row = page.querySelector("tr.zA span") as Element;
    expect(closestOf(row, list)).toBe(row.closest("tr.zA"));
    expect(matchesAny(page.querySelector("tr.zA") as Element, list)).toBe(true);
  });
});
