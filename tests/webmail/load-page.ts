/** Loads the hand-written webmail pages of `tests/fixtures/pages/` into documents of the test's DOM. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type Site = "gmail" | "outlook";

const PAGES = join(import.meta.dirname, "..", "fixtures", "pages");

export function pageNames(site: Site): string[] {
  return readdirSync(join(PAGES, site))
    .filter((name) => name.endsWith(".html"))
    .map((name) => name.slice(0, -".html".length))
    .sort();
}

export function pageSource(site: Site, name: string): string {
  return readFileSync(join(PAGES, site, `${name}.html`), "utf8");
}

/** A fresh document per call, so that no test sees another's changes. */
export function loadPage(site: Site, name: string): Document {
  return new DOMParser().parseFromString(pageSource(site, name), "text/html");
}
