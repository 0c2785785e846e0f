/**
 * Chromium's own measurements, through the DevTools protocol of one page: a trace of its main
 * thread (what ran, for how long, and whose script it was), the Performance domain's counters,
 * and the JavaScript heap after a full garbage collection.
 */
import type { CDPSession } from "playwright-core";

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; frame?: string } };
}

const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
  "v8.execute",
  "toplevel",
];

/** Starts tracing; the function returned stops it and gives every event recorded meanwhile. */
export async function startTrace(session: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  session.on("Tracing.dataCollected", (event) => {
    events.push(...(event.value as unknown as TraceEvent[]));
  });
  await session.send("Tracing.start", {
    transferMode: "ReportEvents",
    traceConfig: { includedCategories: CATEGORIES, recordMode: "recordAsMuchAsPossible" },
  });
  return async () => {
    const complete = new Promise<void>((resolve) => session.once("Tracing.tracingComplete", () => resolve()));
    await session.send("Tracing.end");
    await complete;
    return events;
  };
}

export interface ScriptTime {
  /** Batches of page changes (between two "bench-batch" marks). */
  batches: number;
  /** The extension's main-thread time attributed to each batch, in ms. */
  perBatchMs: number[];
  totalMs: number;
  /** The extension's calls (observer callbacks, timers, listeners), and the longest one. */
  calls: number;
  longestCallMs: number;
  /** Of totalMs: style recalculation and layout the extension's calls forced (reading the page's geometry or styles). */
  forcedStyleMs: number;
  forcedLayoutMs: number;
  /** The same split of the longest call. */
  longestCall: { ms: number; styleMs: number; layoutMs: number };
  /** All main-thread tasks between the first mark and the end of the tail, for scale. */
  mainThreadBusyMs: number;
}

/**
 * The extension's script time on the page's main thread: each top-level FunctionCall whose script
 * is the extension's (its content script runs in an isolated world of the page's renderer), put
 * in the batch during which it started; work after the last batch (the throttled last look) goes
 * to the last batch. Nested calls are counted once, inside their outermost call. Not seen: work
 * outside any call of ours (microtasks resuming our promises, garbage collection).
 */
export function scriptTimePerBatch(events: readonly TraceEvent[], extensionOrigin: string, tailMs = 300): ScriptTime {
  const marks = events.filter((e) => e.name === "bench-batch" && e.cat.includes("user_timing"));
  if (marks.length === 0) throw new Error("no bench-batch marks in the trace (is blink.user_timing recorded?)");
  const { pid, tid } = marks[0] as TraceEvent;
  const starts = [...new Set(marks.map((m) => m.ts))].sort((a, b) => a - b);
  const first = starts[0] ?? 0;
  const end = events.find((e) => e.name === "bench-end")?.ts ?? starts[starts.length - 1] ?? 0;
  const until = end + tailMs * 1000;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur !== undefined);

  const inSpan = onMain.filter((e) => e.ts >= first && e.ts <= until);
  const isOurs = (e: TraceEvent) => e.name === "FunctionCall" && (e.args?.data?.url ?? "").startsWith(extensionOrigin);
  const ours = outermost(inSpan.filter(isOurs));
  const perBatchUs = new Array<number>(starts.length).fill(0);
  const styleUs = new Array<number>(ours.length).fill(0);
  const layoutUs = new Array<number>(ours.length).fill(0);
  for (const call of ours) {
    const batch = batchOf(starts, call.ts);
    perBatchUs[batch] = (perBatchUs[batch] ?? 0) + (call.dur ?? 0);
  }
  // Style and layout run inside a call only when the call forced them.
  const callStarts = ours.map((call) => call.ts);
  for (const event of outermost(inSpan.filter((e) => e.name === "UpdateLayoutTree" || e.name === "Layout"))) {
    const i = batchOf(callStarts, event.ts);
    const call = ours[i];
    if (call === undefined || event.ts < call.ts || event.ts >= call.ts + (call.dur ?? 0)) continue;
    const split = event.name === "Layout" ? layoutUs : styleUs;
    split[i] = (split[i] ?? 0) + (event.dur ?? 0);
  }
  let longestIndex = 0;
  for (const [i, call] of ours.entries()) if ((call.dur ?? 0) > (ours[longestIndex]?.dur ?? 0)) longestIndex = i;
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) / 1000;
  const tasks = outermost(inSpan.filter((e) => e.name === "RunTask"));
  const perBatchMs = perBatchUs.map((us) => us / 1000);
  return {
    batches: starts.length,
    perBatchMs,
    totalMs: perBatchMs.reduce((sum, ms) => sum + ms, 0),
    calls: ours.length,
    longestCallMs: (ours[longestIndex]?.dur ?? 0) / 1000,
    forcedStyleMs: sum(styleUs),
    forcedLayoutMs: sum(layoutUs),
    longestCall: {
      ms: (ours[longestIndex]?.dur ?? 0) / 1000,
      styleMs: (styleUs[longestIndex] ?? 0) / 1000,
      layoutMs: (layoutUs[longestIndex] ?? 0) / 1000,
    },
    mainThreadBusyMs: sum(tasks.map((task) => task.dur ?? 0)),
  };
}

/** Index of the last start at or before ts. */
function batchOf(starts: readonly number[], ts: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= ts) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Complete events not inside another one of the list. */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kept: TraceEvent[] = [];
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const event of sorted) {
    if (event.ts < coveredUntil) continue;
    kept.push(event);
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  return kept;
}

/** The Performance domain's counters (ScriptDuration, TaskDuration, JSHeapUsedSize, ...), seconds and bytes. */
export async function performanceMetrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics } = await session.send("Performance.getMetrics");
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

/** The page's JavaScript heap in bytes after full garbage collections (median of three readings). */
export async function heapAfterGc(session: CDPSession): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 3; i++) {
    await session.send("HeapProfiler.collectGarbage");
    const usage = await session.send("Runtime.getHeapUsage");
    readings.push(usage.usedSize);
  }
  return readings.sort((a, b) => a - b)[1] ?? 0;
}
