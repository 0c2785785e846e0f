/**
 * The locale catalogues: English is complete, and any other language added later has the same
 * keys and placeholders (a missing one falls back to English in the browser, a wrong placeholder
 * would show "$NAME$" to users).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const LOCALES = join(import.meta.dirname, "../../public/_locales");

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string }>;
}

const catalogue = (locale: string): Record<string, Entry> =>
  JSON.parse(readFileSync(join(LOCALES, locale, "messages.json"), "utf8"));

const english = catalogue("en");
const namedPlaceholders = (message: string) =>
  [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => (match[1] ?? "").toLowerCase()).sort();

describe("locales", () => {
  it("describe every English message for translators", () => {
    const undescribed = Object.entries(english).filter(([, entry]) => !entry.description);
    expect(undescribed.map(([key]) => key)).toEqual([]);
  });

  it("define every placeholder a message uses, and use every one they define", () => {
    for (const [key, entry] of Object.entries(english)) {
      expect(namedPlaceholders(entry.message), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
    }
  });

  it("name the manifest's texts", () => {
    for (const key of ["extName", "extDescription", "actionTitle", "contextMenuExplain"]) {
      expect(english[key]?.message, key).toBeTruthy();
    }
    expect(english.extDescription?.message.length).toBeLessThanOrEqual(132);
  });

  it.each(readdirSync(LOCALES).filter((locale) => locale !== "en"))(
    "%s has the same keys and placeholders as English",
    (locale) => {
      const other = catalogue(locale);
      expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries(other)) {
        expect(namedPlaceholders(entry.message), `${locale}/${key}`).toEqual(
          namedPlaceholders(english[key]?.message ?? ""),
        );
      }
    },
  );
});
