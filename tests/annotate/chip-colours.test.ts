/**
 * The list chip's colours (chip.css), worked out the way the browser mixes them: each severity's
 * hue with black or white ink, over a tint of the hue on the row's own background. Every chip's
 * word must keep WCAG's 4.5:1 contrast on light and dark rows, and the ink must follow the text
 * colours Gmail uses in its light and dark themes. Read from the style sheet itself, so a new hue
 * or a lighter mix is checked too. (The end-to-end tests check the browsers' own figures.)
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

// From the repository's root, where the tests run (Vitest hands CSS imports over empty).
const css = readFileSync(resolve("src/annotate/chip.css"), "utf8");

type Rgb = [number, number, number];

/** Rows a chip sits on: the row's background, and the ink its text colour gives (black on light rows, white on dark). */
const LIGHT_ROWS = {
  "a white row": "#ffffff",
  "a read row (Gmail)": "#f2f6fc",
  "a selected row (Gmail)": "#c2dbff",
  "a hovered or grey row": "#e8eaed",
};
const DARK_ROWS = {
  "a black row": "#000000",
  "a dark theme's row (Gmail)": "#202124",
  "a newer dark theme's row": "#1f1f1f",
  "a hovered dark row": "#303134",
  "a selected dark row": "#3c4043",
};
/** Text colours of Gmail's rows: subject and sender, snippet, in the light and the dark theme. */
const LIGHT_TEXT = ["#202124", "#000000", "#5f6368", "#444746"];
const DARK_TEXT = ["#e8eaed", "#ffffff", "#9aa0a6", "#c4c7c5"];

describe("the list chip's colours", () => {
  const hues = severityHues();
  const tintShare = percent(/background:\s*color-mix\(in srgb, var\(--bl-hue\) ([\d.]+)%, transparent\)/);
  const hueInText = percent(/color:\s*color-mix\(in srgb, var\(--bl-hue\) ([\d.]+)%, var\(--bl-ink\)\)/);
  const inkThreshold = Number(/calc\(\(l - ([\d.]+)\) \* 1000\)/.exec(css)?.[1]);

  it("are read from the style sheet", () => {
    expect(Object.keys(hues).sort()).toEqual(["high", "low", "medium", "unknown"]);
    expect(tintShare).toBeGreaterThan(0);
    expect(hueInText).toBeGreaterThan(0);
    expect(inkThreshold).toBeGreaterThan(0);
  });

  it("take black ink on Gmail's light rows and white ink on its dark rows", () => {
    for (const text of LIGHT_TEXT) expect(oklchLightness(hex(text)), text).toBeLessThan(inkThreshold);
    for (const text of DARK_TEXT) expect(oklchLightness(hex(text)), text).toBeGreaterThan(inkThreshold);
  });

  for (const [rows, ink] of [
    [LIGHT_ROWS, [0, 0, 0]],
    [DARK_ROWS, [255, 255, 255]],
  ] as const) {
    for (const [row, background] of Object.entries(rows)) {
      it(`keep 4.5:1 for every severity on ${row}`, () => {
        expect(Object.keys(hues)).toHaveLength(4);
        for (const [severity, hue] of Object.entries(hues)) {
          const chipBackground = mix(hue, hex(background), tintShare);
          const word = mix(hue, [...ink], hueInText);
          expect(contrast(word, chipBackground), `${severity} on ${row}`).toBeGreaterThanOrEqual(4.5);
        }
      });
    }
  }

  it("make a critical chip solid, its word readable whatever the row", () => {
    const rule = /\.bl-chip\.bl-sev-critical\s*\{([^}]*)\}/.exec(css)?.[1] ?? "";
    const background = /background:\s*(#[0-9a-f]{6})/i.exec(rule)?.[1];
    const color = /(?<![-\w])color:\s*(#[0-9a-f]{6})/i.exec(rule)?.[1];
    expect(background).toBeDefined();
    expect(color).toBeDefined();
    expect(contrast(hex(color as string), hex(background as string))).toBeGreaterThanOrEqual(4.5);
  });
});

function severityHues(): Record<string, Rgb> {
  const hues: Record<string, Rgb> = {};
  for (const match of css.matchAll(/\.bl-chip\.bl-sev-(\w+)\s*\{\s*--bl-hue:\s*(#[0-9a-f]{6});/gi)) {
    hues[match[1] as string] = hex(match[2] as string);
  }
  return hues;
}

function percent(pattern: RegExp): number {
  const found = pattern.exec(css)?.[1];
  return found === undefined ? Number.NaN : Number(found) / 100;
}

function hex(text: string): Rgb {
  return [1, 3, 5].map((i) => Number.parseInt(text.slice(i, i + 2), 16)) as Rgb;
}

/** color-mix(in srgb, a share, b), both opaque; with b the row's background, also a's tint over it. */
function mix(a: Rgb, b: Rgb, share: number): Rgb {
  return a.map((channel, i) => channel * share + (b[i] as number) * (1 - share)) as Rgb;
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance([red, green, blue]: Rgb): number {
  return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
}

function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** OKLCH's lightness (Björn Ottosson's OKLab), the `l` the style sheet compares. */
function oklchLightness([red, green, blue]: Rgb): number {
  const [r, g, b] = [linear(red), linear(green), linear(blue)];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969854 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
}
