/**
 * Browser-side test setup: WXT's fake browser (installed by WxtVitest) lacks `i18n`, so it is
 * given one that reads the English catalogue with the browser's placeholder rules; every test
 * starts with empty storage and an empty document.
 */
import { cleanup } from "@testing-library/preact";
import { afterEach, beforeEach, vi } from "vitest";
import { fakeBrowser } from "wxt/testing/fake-browser";
import englishMessages from "../../public/_locales/en/messages.json";

interface CatalogueEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogue: Record<string, CatalogueEntry> = englishMessages;

/** chrome.i18n.getMessage: named $PLACEHOLDER$s resolve to their content, whose $1…$9 are the substitutions. */
export function getMessage(name: string, substitutions?: string | string[]): string {
  if (name === "@@bidi_dir") return "ltr";
  if (name === "@@ui_locale") return "en";
  const entry = catalogue[name];
  if (entry === undefined) return "";
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (content: string) => content.replace(/\$(\d)/g, (_, n: string) => values[Number(n) - 1] ?? "");
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, placeholder: string) => {
      const content = entry.placeholders?.[placeholder.toLowerCase()]?.content;
      return content === undefined ? whole : fill(content);
    })
    .replace(/\$\$/g, "$");
}

beforeEach(() => {
  fakeBrowser.reset();
  Object.assign(fakeBrowser.i18n, { getMessage });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
