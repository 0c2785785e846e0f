/**
 * Every piece of UI text goes through here, so that each string lives once in
 * `public/_locales/<lang>/messages.json` and a missing key is a type error.
 */
import { browser } from "wxt/browser";
import type englishMessages from "../../public/_locales/en/messages.json";

/** The keys of the English catalogue, which is the complete one. */
export type MessageKey = keyof typeof englishMessages;

/** The localized text for `key`, with `$1`…`$9` placeholders filled from `substitutions`. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const text = browser.i18n.getMessage(key, substitutions);
  // The browser answers "" for an unknown key; showing the key makes a gap visible instead of blank.
  return text === "" || text === undefined ? key : text;
}

/** The language of the catalogue actually used, for the pages' `lang` attribute. */
export function uiLanguage(): string {
  return t("locale");
}

/** The writing direction of the browser's language, for the pages' `dir` attribute. */
export function textDirection(): "ltr" | "rtl" {
  return browser.i18n.getMessage("@@bidi_dir") === "rtl" ? "rtl" : "ltr";
}
