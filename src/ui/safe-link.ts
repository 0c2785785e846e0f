/**
 * Links come from the engine's tables, but a card must never turn text into something that runs:
 * only web addresses become links (no `javascript:`, `data:` or extension URLs).
 */
export function isWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}
