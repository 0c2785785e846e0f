import { type ComponentChild, render } from "preact";
import { type MessageKey, t, textDirection, uiLanguage } from "../extension/i18n";

/** Renders an extension page's root, with its title and language from the locale in use. */
export function mountPage(app: ComponentChild, titleKey: MessageKey): void {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = textDirection();
  document.title = t(titleKey);
  const root = document.getElementById("app");
  if (root !== null) render(app, root);
}
