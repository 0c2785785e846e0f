/**
 * Where the content script's time goes: V8's sampling profiler over a run, every sample charged
 * to the innermost frame of the extension's script on its stack (so the DOM calls it makes count
 * as its own), summed by function. The build is minified, so each function is shown with the
 * start of its code; sampling (every 100 µs here) slows the page and the figures are shares, not
 * times to compare with the trace.
 */
import { readFileSync } from "node:fs";
import type { CDPSession } from "playwright-core";

export interface HotFunction {
  ms: number;
  share: number;
  /** The minified name and position, then what the innermost native or page frame was, if any. */
  where: string;
  /** The code at that position. */
  excerpt: string;
}

export async function profileExtension(
  session: CDPSession,
  extensionOrigin: string,
  scriptFile: string,
  run: () => Promise<unknown>,
): Promise<{ totalMs: number; hot: HotFunction[] }> {
  await session.send("Profiler.enable");
  await session.send("Profiler.setSamplingInterval", { interval: 100 });
  await session.send("Profiler.start");
  await run();
  const { profile } = await session.send("Profiler.stop");
  await session.send("Profiler.disable");

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const selfUs = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  for (const [i, id] of (profile.samples ?? []).entries()) selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0));

  const code = readFileSync(scriptFile, "utf8").split("\n");
  const byFunction = new Map<string, { us: number; excerpt: string }>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const leaf = nodes.get(id)?.callFrame;
    for (let current: number | undefined = id; current !== undefined; current = parents.get(current)) {
      const frame = nodes.get(current)?.callFrame;
      if (frame === undefined || !frame.url.startsWith(extensionOrigin)) continue;
      const inner = leaf !== undefined && leaf !== frame ? ` → ${leaf.functionName || "(native)"}` : "";
      const key = `${frame.functionName || "(anonymous)"} at ${frame.lineNumber + 1}:${frame.columnNumber + 1}${inner}`;
      const line = code[frame.lineNumber] ?? "";
      const excerpt = line.slice(frame.columnNumber, frame.columnNumber + 100);
      const entry = byFunction.get(key) ?? { us: 0, excerpt };
      entry.us += us;
      byFunction.set(key, entry);
      totalUs += us;
      break;
    }
  }
  const hot = [...byFunction]
    .sort((a, b) => b[1].us - a[1].us)
    .slice(0, 10)
    .map(([where, { us, excerpt }]) => ({ ms: us / 1000, share: us / Math.max(1, totalUs), where, excerpt }));
  return { totalMs: totalUs / 1000, hot };
}
