/**
 * WCAG contrast of a word on a chip, from the colours a browser computed: the chip's fill may be a
 * translucent tint, laid over the row's background first. Browsers give computed colours as
 * rgb(), rgba() or, for color-mix() results, color(srgb r g b / a) with channels from 0 to 1.
 */
interface Rgba {
  rgb: [number, number, number];
  alpha: number;
}

export function parseComputedColour(text: string): Rgba {
  const srgb = /^color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)$/.exec(text);
  if (srgb !== null) {
    const [red, green, blue] = [srgb[1], srgb[2], srgb[3]].map((channel) => Number(channel) * 255) as [
      number,
      number,
      number,
    ];
    return { rgb: [red, green, blue], alpha: srgb[4] === undefined ? 1 : Number(srgb[4]) };
  }
  const rgb = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/.exec(text);
  if (rgb !== null) {
    return { rgb: [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])], alpha: rgb[4] === undefined ? 1 : Number(rgb[4]) };
  }
  throw new Error(`not a computed colour: ${text}`);
}

/** The colour seen where `top` is laid over the opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): [number, number, number] {
  return top.rgb.map((channel, i) => channel * top.alpha + (bottom.rgb[i] as number) * (1 - top.alpha)) as [
    number,
    number,
    number,
  ];
}

export function relativeLuminance([red, green, blue]: readonly number[]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(red ?? 0) + 0.7152 * linear(green ?? 0) + 0.0722 * linear(blue ?? 0);
}

/** The word's contrast on the chip, and whether the word is the lighter of the two (a dark row's chip). */
export function chipContrast(colours: { word: string; fill: string; row: string }): {
  ratio: number;
  lightWord: boolean;
} {
  const background = over(parseComputedColour(colours.fill), parseComputedColour(colours.row));
  const word = relativeLuminance(over(parseComputedColour(colours.word), { rgb: background, alpha: 1 }));
  const fill = relativeLuminance(background);
  return { ratio: (Math.max(word, fill) + 0.05) / (Math.min(word, fill) + 0.05), lightWord: word > fill };
}
