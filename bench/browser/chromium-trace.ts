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
  /** The thread's CPU time during the event (µs): without the time the OS gave other threads. */
  tdur?: number;
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
  // Garbage collections, to tell which of the extension's calls held one.
  "disabled-by-default-v8.gc",
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
  /** The median time from one batch's mark to the next (ms): the length of the windows after the last batch. */
  batchMs: number;
  /**
   * The extension's main-thread time attributed to each batch, in ms of wall time: its calls that
   * started in the batch (the last batch: within batchMs of its mark).
   */
  perBatchMs: number[];
  /** The same in the main thread's CPU time (the trace's thread duration): without the time the OS ran other threads meanwhile. */
  perBatchThreadMs: number[];
  /**
   * Once the page stopped changing, the look that was throttled and the tasks that go on with it
   * still run: their time per window of batchMs after the last batch's, wall and CPU.
   */
  afterMs: number[];
  afterThreadMs: number[];
  /** Everything from the last batch's mark on, as one (how earlier reports counted it), wall and CPU. */
  lastBatchWithAfterMs: number;
  lastBatchWithAfterThreadMs: number;
  /** All of it, wall and CPU. */
  totalMs: number;
  totalThreadMs: number;
  /** The extension's calls (observer callbacks, timers, listeners), and the longest one (wall, CPU). */
  calls: number;
  /**
   * Calls whose thread time the trace gives as longer than their wall time, which one thread
   * cannot do (the thread clock is coarse here): their CPU time is taken as their wall time.
   */
  callsWithThreadTimeOverWall: number;
  longestCallMs: number;
  longestCallThreadMs: number;
  /** Garbage collections of the page's heap (shared by the page and the content script) that ran inside the extension's calls, and the longest. */
  gcInCallsMs: number;
  gcInCalls: number;
  longestGcInCallMs: number;
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
 * in the batch during which it started; the last batch's window is as long as the median batch,
 * and what runs after it, up to tailMs after the last change (the throttled last look and its
 * tasks), is put in windows of that length too. Nested calls are counted once, inside their
 * outermost call. Wall time and the thread's CPU time are both kept: on a machine with few cores
 * the OS often runs another process in the middle of a call. Not seen: work outside any call of
 * ours (microtasks resuming our promises).
 */
export function scriptTimePerBatch(events: readonly TraceEvent[], extensionOrigin: string, tailMs = 300): ScriptTime {
  const marks = events.filter((e) => e.name === "bench-batch" && e.cat.includes("user_timing"));
  if (marks.length === 0) throw new Error("no bench-batch marks in the trace (is blink.user_timing recorded?)");
  const { pid, tid } = marks[0] as TraceEvent;
  const starts = [...new Set(marks.map((m) => m.ts))].sort((a, b) => a - b);
  const first = starts[0] ?? 0;
  const last = starts[starts.length - 1] ?? 0;
  const end = events.find((e) => e.name === "bench-end")?.ts ?? last;
  const until = end + tailMs * 1000;
  const gaps = starts.slice(1).map((ts, i) => ts - (starts[i] ?? 0));
  const batchUs =
    gaps.length > 0 ? ([...gaps].sort((a, b) => a - b)[gaps.length >> 1] ?? 1) : Math.max(1, until - last);
  const lastEnds = last + batchUs;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur !== undefined);

  const inSpan = onMain.filter((e) => e.ts >= first && e.ts <= until);
  const isOurs = (e: TraceEvent) => e.name === "FunctionCall" && (e.args?.data?.url ?? "").startsWith(extensionOrigin);
  const ours = outermost(inSpan.filter(isOurs));
  const windows = starts.length + Math.ceil(Math.max(0, until - lastEnds) / batchUs);
  const wallUs = new Array<number>(windows).fill(0);
  const threadUs = new Array<number>(windows).fill(0);
  let lastWithAfterUs = 0;
  let lastWithAfterThreadUs = 0;
  const styleUs = new Array<number>(ours.length).fill(0);
  const layoutUs = new Array<number>(ours.length).fill(0);
  // One thread cannot run longer than the time that passed: such readings are the thread clock's error.
  const cpuUs = (call: TraceEvent) => Math.min(call.tdur ?? call.dur ?? 0, call.dur ?? 0);
  for (const call of ours) {
    const window =
      call.ts < lastEnds ? batchOf(starts, call.ts) : starts.length + Math.floor((call.ts - lastEnds) / batchUs);
    wallUs[window] = (wallUs[window] ?? 0) + (call.dur ?? 0);
    threadUs[window] = (threadUs[window] ?? 0) + cpuUs(call);
    if (call.ts >= last) {
      lastWithAfterUs += call.dur ?? 0;
      lastWithAfterThreadUs += cpuUs(call);
    }
  }
  // Style and layout run inside a call only when the call forced them; so does a garbage collection that our allocation set off.
  const callStarts = ours.map((call) => call.ts);
  const within = (event: TraceEvent): number | null => {
    const i = batchOf(callStarts, event.ts);
    const call = ours[i];
    return call === undefined || event.ts < call.ts || event.ts >= call.ts + (call.dur ?? 0) ? null : i;
  };
  for (const event of outermost(inSpan.filter((e) => e.name === "UpdateLayoutTree" || e.name === "Layout"))) {
    const i = within(event);
    if (i === null) continue;
    const split = event.name === "Layout" ? layoutUs : styleUs;
    split[i] = (split[i] ?? 0) + (event.dur ?? 0);
  }
  const collections = outermost(inSpan.filter((e) => isGarbageCollection(e.name))).filter((e) => within(e) !== null);
  let longestIndex = 0;
  for (const [i, call] of ours.entries()) if ((call.dur ?? 0) > (ours[longestIndex]?.dur ?? 0)) longestIndex = i;
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) / 1000;
  const tasks = outermost(inSpan.filter((e) => e.name === "RunTask"));
  const toMs = (us: readonly number[]) => us.map((value) => value / 1000);
  return {
    batches: starts.length,
    batchMs: batchUs / 1000,
    perBatchMs: toMs(wallUs.slice(0, starts.length)),
    perBatchThreadMs: toMs(threadUs.slice(0, starts.length)),
    afterMs: toMs(wallUs.slice(starts.length)),
    afterThreadMs: toMs(threadUs.slice(starts.length)),
    lastBatchWithAfterMs: lastWithAfterUs / 1000,
    lastBatchWithAfterThreadMs: lastWithAfterThreadUs / 1000,
    totalMs: sum(wallUs),
    totalThreadMs: sum(threadUs),
    calls: ours.length,
    callsWithThreadTimeOverWall: ours.filter((call) => (call.tdur ?? 0) > (call.dur ?? 0)).length,
    longestCallMs: (ours[longestIndex]?.dur ?? 0) / 1000,
    longestCallThreadMs: Math.max(0, ...ours.map(cpuUs)) / 1000,
    gcInCallsMs: sum(collections.map((e) => e.dur ?? 0)),
    gcInCalls: collections.length,
    longestGcInCallMs: Math.max(0, ...collections.map((e) => e.dur ?? 0)) / 1000,
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

/** V8's garbage collection events on the main thread (scavenges, mark-compact steps, their parts). */
function isGarbageCollection(name: string): boolean {
  return name === "MinorGC" || name === "MajorGC" || name.startsWith("V8.GC");
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
