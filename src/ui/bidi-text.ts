/**
 * Bounce text is written by strangers' servers and may carry Unicode's bidirectional controls:
 * an override (U+202E) makes "moc.liamg@bob" display as "bob@gmail.com", and an unclosed
 * embedding reorders whatever the card prints after it. Such characters are shown as what they
 * are, and every stranger's string is isolated from the text around it, so that genuine
 * right-to-left text (an Arabic or Hebrew server reply) still reads correctly but cannot spill.
 */

/** Embeddings, overrides and isolates: the controls that change the order of other characters. */
const REORDERING_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** The text with each reordering control replaced by its visible code, e.g. "⟦U+202E⟧". */
export function revealBidiControls(text: string): string {
  return text.replace(
    REORDERING_CONTROLS,
    (control) => `⟦U+${(control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}⟧`,
  );
}

const FIRST_STRONG_ISOLATE = "\u2068";
const POP_DIRECTIONAL_ISOLATE = "\u2069";

/**
 * For a stranger's string placed inside a sentence of ours (plain text, where no element can
 * isolate it): its controls revealed and the whole wrapped in an isolate of its own direction.
 */
export function isolatedText(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${revealBidiControls(text)}${POP_DIRECTIONAL_ISOLATE}`;
}
