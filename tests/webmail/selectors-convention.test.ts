// @vitest-environment happy-dom
/**
 * A convention, after refined-github's: every alternative of every selector matches something in
 * at least one fixture page of its site. An alternative no page can show a use for is dead weight
 * or a guess; either give it a page that shows where it applies, or drop it.
 */
import { describe, expect, it } from "vitest";
import { GMAIL_SELECTORS } from "../../src/webmail/gmail/selectors";
import { OUTLOOK_SELECTORS } from "../../src/webmail/outlook/selectors";
import { loadPage, pageNames, type Site } from "./load-page";

const SELECTORS: Array<[Site, Record<string, readonly string[]>]> = [
  ["gmail", GMAIL_SELECTORS],
  ["outlook", OUTLOOK_SELECTORS],
];

describe.each(SELECTORS)("%s selectors", (site, selectors) => {
  const pages = pageNames(site).map((name) => [name, loadPage(site, name)] as const);
  const alternatives = Object.entries(selectors).flatMap(([name, list]) =>
    list.map((selector) => [name, selector] as const),
  );

  it.each(alternatives)("%s: %s matches in some page", (_name, selector) => {
    const matchedIn = pages.filter(([, page]) => page.querySelector(selector) !== null).map(([name]) => name);
    expect(matchedIn.length, `no ${site} fixture page has ${selector}`).toBeGreaterThan(0);
  });

  it("has no alternative twice in one list", () => {
    for (const list of Object.values(selectors)) expect(new Set(list).size).toBe(list.length);
  });
});

describe("Outlook's selectors", () => {
  it("use no class name: Outlook generates them anew with each build", () => {
    for (const selector of Object.values(OUTLOOK_SELECTORS).flat()) expect(selector).not.toMatch(/\.[A-Za-z_]/);
  });

  it("use no aria-label: Outlook translates them", () => {
    for (const selector of Object.values(OUTLOOK_SELECTORS).flat()) expect(selector).not.toContain("aria-label");
  });
});
