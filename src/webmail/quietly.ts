/**
 * Runs adapter work so that nothing escapes into the webmail's page: unexpected markup makes the
 * answer empty, never an exception in Gmail's or Outlook's own code paths.
 */
export function quietly<T>(fallback: T, work: () => T): T {
  try {
    return work();
  } catch {
    return fallback;
  }
}
