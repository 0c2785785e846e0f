/**
 * What the annotator spends on the page, counted as it runs. Issue 5 asks for the observer's
 * work per mutation on a busy page: the end-to-end tests read these counters from the content
 * script's own world (the page cannot see them) to report it from a real browser.
 */
export interface WorkCosts {
  /** Mutation observer callbacks, the mutation records they got, and the time spent in them. */
  callbacks: number;
  records: number;
  callbackMs: number;
  /**
   * Scans of the page (adapter, hints, badges), and the time spent in them: in the looks, and in
   * the tasks that go on with what a look left (sliced looks, theme checks when idle).
   */
  scans: number;
  scanMs: number;
  /** The longest single task of the above. */
  longestScanMs: number;
}

export function newWorkCosts(): WorkCosts {
  return { callbacks: 0, records: 0, callbackMs: 0, scans: 0, scanMs: 0, longestScanMs: 0 };
}
