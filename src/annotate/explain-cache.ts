/**
 * Answers already read, by message and text: webmails re-render an open message often (Gmail
 * when a conversation reopens, Outlook when it reuses its nodes for the message again), and the
 * same text needs reading once. A failed reading (the background unreachable) is forgotten, so
 * that the next scan tries again.
 */
import type { ExplainResult } from "../engine/types";
import type { ExplainText } from "../extension/explain-channel";

/** Enough for a long session of reading bounces; each entry is one small result. */
const MAX_ENTRIES = 100;

export type CachedExplain = (cacheKey: string, text: string) => Promise<ExplainResult | null>;

export function cachedExplain(explain: ExplainText, maxEntries = MAX_ENTRIES): CachedExplain {
  const entries = new Map<string, Promise<ExplainResult | null>>();
  return (cacheKey, text) => {
    const cached = entries.get(cacheKey);
    if (cached !== undefined) {
      // Most recently used last: Map keeps insertion order, so the oldest is the first key.
      entries.delete(cacheKey);
      entries.set(cacheKey, cached);
      return cached;
    }
    // The executor turns an exception thrown at once (a dead extension context) into a rejection.
    const answer = new Promise<ExplainResult>((resolve) => resolve(explain(text))).catch(() => {
      entries.delete(cacheKey);
      return null;
    });
    entries.set(cacheKey, answer);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    return answer;
  };
}
