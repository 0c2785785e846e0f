/**
 * The one normalisation every text rule is matched against: lower case, whitespace runs
 * collapsed to one space, trimmed, and capped. Done once per failure.
 */

/** Replies longer than this are cut before matching; no rule needs more. */
export const MAX_MATCH_CHARS = 2000;

export function normalizeText(text: string): string {
  const capped = text.length > MAX_MATCH_CHARS * 2 ? text.slice(0, MAX_MATCH_CHARS * 2) : text;
  let out = "";
  let space = false;
  for (let i = 0; i < capped.length; i++) {
    const c = capped.charCodeAt(i);
    // Space, tab, CR, LF, VT, FF, NBSP.
    if (c === 32 || (c >= 9 && c <= 13) || c === 160) {
      space = out.length > 0;
      continue;
    }
    if (space) {
      out += " ";
      space = false;
    }
    out += capped[i];
    if (out.length >= MAX_MATCH_CHARS) break;
  }
  return out.toLowerCase();
}
