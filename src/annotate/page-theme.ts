/**
 * Whether the page is light or dark where a badge sits, read from the colours the page actually
 * paints: Gmail and Outlook switch themes with their own style sheets, whatever the system's
 * colour scheme says, so `prefers-color-scheme` alone would be wrong half the time.
 */
export type PageTheme = "light" | "dark";

/** A background this transparent lets the one behind it show; keep looking further up. */
const MIN_OPAQUE_ALPHA = 0.5;
/** Relative luminance below which a background is dark (WCAG's scale: black 0, white 1). */
const DARK_BELOW = 0.4;

export function pageThemeAt(element: Element): PageTheme {
  const view = element.ownerDocument.defaultView;
  if (view === null) return "light";
  for (let node: Element | null = element; node !== null; node = node.parentElement) {
    const colour = parseRgb(view.getComputedStyle(node).backgroundColor);
    if (colour !== null && colour.alpha >= MIN_OPAQUE_ALPHA) return luminance(colour) < DARK_BELOW ? "dark" : "light";
  }
  // Nothing painted: the canvas follows the document's colour scheme.
  const scheme = view.getComputedStyle(element.ownerDocument.documentElement).colorScheme ?? "";
  return /\bdark\b/.test(scheme) && !/\blight\b/.test(scheme) ? "dark" : "light";
}

interface Rgba {
  red: number;
  green: number;
  blue: number;
  alpha: number;
}

/**
 * Browsers compute colours as "rgb(32, 33, 36)", "rgba(0, 0, 0, 0)" or "rgb(32 33 36 / 50%)";
 * DOMs without a style engine (happy-dom) hand back the authored "#202124". Null for anything else.
 */
export function parseRgb(text: string | null | undefined): Rgba | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((text ?? "").trim());
  if (hex !== null) {
    const digits = (hex[1] ?? "").length === 3 ? [...(hex[1] ?? "")].map((d) => d + d).join("") : (hex[1] ?? "");
    const channel = (i: number) => Number.parseInt(digits.slice(i * 2, i * 2 + 2), 16);
    return { red: channel(0), green: channel(1), blue: channel(2), alpha: 1 };
  }
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(
    (text ?? "").trim(),
  );
  if (match === null) return null;
  const alphaText = match[4];
  const alpha = alphaText === undefined ? 1 : Number(alphaText) / (match[5] === "%" ? 100 : 1);
  return { red: Number(match[1]), green: Number(match[2]), blue: Number(match[3]), alpha };
}

function luminance({ red, green, blue }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}
