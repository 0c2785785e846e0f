/**
 * The one normalisation every text rule is matched against: lower case, whitespace runs
 * collapsed to one space, trimmed, and capped. Done once per failure.
 */

/** Replies longer than this are cut before matching; no rule needs more. */
export const MAX_MATCH_CHARS = 2000;

const WHITESPACE = /\s+/g;
/** White space other than single spaces: only then is there a run to collapse. */
const NEEDS_COLLAPSING = /[^\S ]| {2}/;

export function normalizeText(text: string): string {
  const capped = text.length > MAX_MATCH_CHARS * 2 ? text.slice(0, MAX_MATCH_CHARS * 2) : text;
  // Most replies arrive collapsed already (the pipeline joins them into one line): testing costs
  // less than replacing.
  const collapsed = (NEEDS_COLLAPSING.test(capped) ? capped.replace(WHITESPACE, " ") : capped).trim();
  return (collapsed.length > MAX_MATCH_CHARS ? collapsed.slice(0, MAX_MATCH_CHARS) : collapsed).toLowerCase();
}
