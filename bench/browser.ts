/**
 * `npm run bench:browser` (and the second half of `npm run bench`): the built extension in real
 * browsers, on the Gmail and Outlook fixture pages served over HTTPS on loopback under their real
 * host names. Prints figures and writes bench/results/browser.md; asserts nothing.
 * 1. Body to badge: a bounce's body put into the page by the page's own script, timed with the
 *    page's clock from the insertion to the badge rendered (a MutationObserver in the page);
 *    p50/p95 over BENCH_OPENINGS (60) openings of texts not read before, per site, Chromium and
 *    Firefox ESR.
 * 2. The content script's main-thread time while an inbox list changes 1,000 times and no bounce
 *    is open: Chromium's trace (every call into the extension's script on the page's main thread,
 *    put in the batch it ran in; what runs after the last change, in windows as long as a batch),
 *    in the thread's CPU time and in wall time (which also holds the time the OS ran something
 *    else in the middle of a call; a thread time above the wall time, which the thread clock here
 *    gives now and then, is taken as the wall time), with the garbage collections inside our
 *    calls; cross-checked with the content script's own work counters and with the Performance
 *    domain's ScriptDuration with the extension and without. Three cases: each site's fixture page,
 *    and Gmail's with 20,000 more elements out of the list (the fixtures are far smaller than a
 *    real webmail page, and a look that searched the whole page would cost more there). For scale,
 *    the browser without the extension runs the same changes once more with a stand-in content
 *    script: an observer doing the same fixed arithmetic in every callback (page-scripts.ts's
 *    standIn), whose batches over that show what the machine itself adds.
 * 3. JavaScript heap of the same page after full garbage collections, with and without it.
 * 4. Size of each built entry point, raw and gzip, Chrome and Firefox builds.
 * 5. The engine in the browser: the popup's answer to a pasted bounce and to a 1 MB .eml file,
 *    and the background's explain channel, in Chromium and Firefox.
 * The build is made first (`wxt build`, both browsers) unless BENCH_NO_BUILD=1.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { launchChromiumWithExtension } from "../scripts/e2e/chromium-with-extension";
import { findChromium, findFirefox } from "../scripts/e2e/find-browsers";
import { launchFirefoxWithExtension } from "../scripts/e2e/firefox-with-extension";
import { REPO_ROOT } from "../scripts/lib/shared-corpus";
import { chromiumHostRules } from "../scripts/webmail-pages/webmail-hosts";
import { startWebmailServer, type WebmailServer, webmailUrl } from "../scripts/webmail-pages/webmail-server";
import type { WorkCosts } from "../src/annotate/work-costs";
import { EXPLAIN_DELAY_MS } from "../src/ui/input-limits";
import { megabyteBounce, TYPICAL_BOUNCE_PATH, typicalBounce } from "./browser/big-eml";
import {
  heapAfterGc,
  performanceMetrics,
  type ScriptTime,
  scriptTimePerBatch,
  startTrace,
} from "./browser/chromium-trace";
import { type HotFunction, profileExtension } from "./browser/cpu-profile";
import {
  badgeLatency,
  churn,
  type Evaluate,
  type LatencyRun,
  mean,
  type PopupRun,
  padPage,
  percentile,
  popupTimings,
  setUpChurn,
} from "./browser/measure";
import { STAND_IN_ORIGIN, standIn } from "./browser/page-scripts";
import { type EntrySize, entrySizes } from "./browser/sizes";

/** src/annotate/annotate-site.ts's WORK_COSTS_GLOBAL (that module imports CSS, which Node cannot load). */
const WORK_COSTS_GLOBAL = "bounceLensWorkCosts";
const CHROME_BUILD = join(REPO_ROOT, ".output", "chrome-mv3");
const FIREFOX_BUILD = join(REPO_ROOT, ".output", "firefox-mv3");
const OPENINGS = Number(process.env.BENCH_OPENINGS ?? 60);
const BATCHES = 1000;
/** Quiet time before each opening, as between two clicks (the content script's looks are throttled to one per 50 ms on a busy page). */
const GAP_MS = 150;
const LIST_ROWS = 50;
/** The stand-in's fixed work per callback (see page-scripts.ts): about the content script's mean per batch on Gmail's list. */
const STAND_IN_MS = 0.15;
const LATENCY_OPTIONS = { openings: OPENINGS, cachedOpenings: 20, warmUp: 3, gapMs: GAP_MS };

const SITES = [
  { site: "gmail", name: "Gmail", openingsPage: "conversation-bounce-second", churnPage: "preview-pane" },
  { site: "outlook", name: "Outlook", openingsPage: "reading-pane-new-ndr", churnPage: "reading-pane-classic-ndr" },
] as const;
type SiteName = (typeof SITES)[number]["site"];
/** Elements added to the page for the churn's third case (see INBOX_CHURN's padPage). */
const PADDED_ELEMENTS = 20_000;
/** The churn cases: each site's fixture page as it is, and Gmail's with PADDED_ELEMENTS more elements out of its list. */
const CHURN_CASES = [
  ...SITES.map((site) => ({ ...site, padElements: 0 })),
  { ...SITES[0], name: `Gmail, +${PADDED_ELEMENTS / 1000}k elements`, padElements: PADDED_ELEMENTS },
] as const;
type ChurnCase = (typeof CHURN_CASES)[number];

interface ChurnRun {
  site: SiteName;
  /** The case's name (the site's, or the site's with its page padded). */
  name: string;
  /** Elements in the page once set up (list grown, page padded). */
  elements: number;
  rows: number;
  churnMs: number;
  trace: ScriptTime;
  /** Performance domain, over the churn: seconds of script and of tasks. */
  scriptDuration: number;
  taskDuration: number;
  heapBeforeChurn: number;
  heapAfterChurn: number;
  /** The content script's own counters over the churn (null without the extension). */
  costs: WorkCosts | null;
  /** Where its time went, from a third, profiled run (null without the extension). */
  profile: { totalMs: number; hot: HotFunction[] } | null;
  /** Without the extension: the stand-in's calls over a further traced churn (null with the extension). */
  standIn: { perCallMs: number; trace: ScriptTime } | null;
}

interface BrowserResults {
  name: string;
  version: string;
  latency: Partial<Record<SiteName, LatencyRun>>;
  popup: PopupRun | null;
  churn: ChurnRun[];
  baselineChurn: ChurnRun[];
  notes: string[];
}

function noResultsYet(name: string): BrowserResults {
  return { name, version: "", latency: {}, popup: null, churn: [], baselineChurn: [], notes: [] };
}

function log(message: string): void {
  console.log(`[bench:browser] ${message}`);
}

function build(): void {
  if (process.env.BENCH_NO_BUILD === "1") return;
  for (const args of [["build"], ["build", "-b", "firefox"]]) {
    log(`wxt ${args.join(" ")}`);
    const made = spawnSync("npx", ["wxt", ...args], { cwd: REPO_ROOT, stdio: ["ignore", "ignore", "inherit"] });
    if (made.status !== 0) throw new Error(`wxt ${args.join(" ")} failed`);
  }
}

/** A do-nothing MV3 extension: the baseline browser runs the same launcher, without our content scripts. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), "bounce-lens-bench-empty-extension-"));
  writeFileSync(
    join(dir, "manifest.json"),
    JSON.stringify({
      manifest_version: 3,
      name: "bench baseline",
      version: "1.0",
      background: { service_worker: "sw.js" },
    }),
  );
  writeFileSync(join(dir, "sw.js"), "// nothing\n");
  return dir;
}

async function chromiumRun(path: string, server: WebmailServer, extensionDir: string, withExtension: boolean) {
  const browser = await launchChromiumWithExtension({
    executablePath: path,
    extensionDir,
    headless: true,
    extraArgs: [chromiumHostRules(server.port), "--ignore-certificate-errors"],
  });
  const page = await browser.context.newPage();
  const evaluate: Evaluate = (expression) => page.evaluate(expression);
  const goto = async (url: string) => {
    await page.goto(url);
    await page.bringToFront();
  };
  const version = browser.context.browser()?.version() ?? "?";
  return { browser, page, evaluate, goto, version, withExtension };
}

async function churnInChromium(
  page: Page,
  goto: (url: string) => Promise<void>,
  evaluate: Evaluate,
  site: ChurnCase,
  extensionOrigin: string | null,
): Promise<ChurnRun> {
  await goto(webmailUrl(site.site, site.churnPage));
  const session = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on("Runtime.executionContextCreated", (event) => contexts.push(event.context));
  await session.send("Runtime.enable");
  await session.send("Performance.enable");
  const readCosts = async (): Promise<WorkCosts | null> => {
    if (extensionOrigin === null) return null;
    const world = contexts.find((c) => c.auxData?.type === "isolated" && c.origin.startsWith(extensionOrigin));
    if (world === undefined) return null;
    const { result } = await session.send("Runtime.evaluate", {
      expression: `JSON.stringify(globalThis.${WORK_COSTS_GLOBAL} ?? null)`,
      contextId: world.id,
      returnByValue: true,
    });
    return JSON.parse(String(result.value)) as WorkCosts | null;
  };
  // The page's own message goes, its list grows; then a quiet moment for the content script's last look.
  const rows = await setUpChurn(evaluate, site.site, LIST_ROWS);
  const elements = await padPage(evaluate, site.padElements);
  await new Promise((resolve) => setTimeout(resolve, 500));
  const heapBeforeChurn = await heapAfterGc(session);
  // Once untraced, for the Performance domain's counters and the content script's own; once traced.
  const costsBefore = await readCosts();
  const metricsBefore = await performanceMetrics(session);
  const churnMs = await churn(evaluate, site.site, BATCHES);
  await new Promise((resolve) => setTimeout(resolve, 400));
  const metricsAfter = await performanceMetrics(session);
  const costsAfter = await readCosts();
  const stopTrace = await startTrace(session);
  await churn(evaluate, site.site, BATCHES);
  await new Promise((resolve) => setTimeout(resolve, 400));
  const events = await stopTrace();
  const heapAfterChurn = await heapAfterGc(session);
  const profile =
    extensionOrigin === null
      ? null
      : await profileExtension(session, extensionOrigin, join(CHROME_BUILD, "content-scripts", `${site.site}.js`), () =>
          churn(evaluate, site.site, BATCHES),
        );
  let standInRun: ChurnRun["standIn"] = null;
  if (extensionOrigin === null) {
    // Last, so that nothing above counts it: the stand-in, then one more traced churn.
    const perCallMs = await evaluate<number>(standIn(STAND_IN_MS));
    const stopStandInTrace = await startTrace(session);
    await churn(evaluate, site.site, BATCHES);
    await new Promise((resolve) => setTimeout(resolve, 400));
    standInRun = { perCallMs, trace: scriptTimePerBatch(await stopStandInTrace(), STAND_IN_ORIGIN) };
  }
  await session.detach();
  const trace = scriptTimePerBatch(events, extensionOrigin ?? "chrome-extension://none");
  const costs =
    costsBefore !== null && costsAfter !== null
      ? (Object.fromEntries(
          Object.entries(costsAfter).map(([key, value]) => [
            key,
            key === "longestScanMs" ? value : value - (costsBefore[key as keyof WorkCosts] ?? 0),
          ]),
        ) as unknown as WorkCosts)
      : null;
  return {
    site: site.site,
    name: site.name,
    elements,
    rows,
    churnMs,
    trace,
    scriptDuration: (metricsAfter.ScriptDuration ?? 0) - (metricsBefore.ScriptDuration ?? 0),
    taskDuration: (metricsAfter.TaskDuration ?? 0) - (metricsBefore.TaskDuration ?? 0),
    heapBeforeChurn,
    heapAfterChurn,
    costs,
    profile,
    standIn: standInRun,
  };
}

async function chromiumBench(path: string, server: WebmailServer): Promise<BrowserResults> {
  const typical = typicalBounce();
  const big = megabyteBounce();
  const results = noResultsYet("Chromium");

  log("Chromium with the extension");
  const run = await chromiumRun(path, server, CHROME_BUILD, true);
  results.version = run.version;
  try {
    for (const site of SITES) {
      log(`  ${site.name}: ${OPENINGS} openings`);
      await run.goto(webmailUrl(site.site, site.openingsPage));
      results.latency[site.site] = await badgeLatency(run.evaluate, site.site, LATENCY_OPTIONS);
    }
    for (const site of CHURN_CASES) {
      log(`  ${site.name}: ${BATCHES} list changes, traced`);
      results.churn.push(await churnInChromium(run.page, run.goto, run.evaluate, site, run.browser.extensionOrigin));
    }
    log("  popup: paste, 1 MB file, explain channel");
    const popup = await run.browser.context.newPage();
    await popup.goto(`${run.browser.extensionOrigin}/popup.html`);
    await popup.waitForSelector("textarea");
    await popup.bringToFront();
    results.popup = await popupTimings((expression) => popup.evaluate(expression), {
      typical,
      big,
      pauseMs: EXPLAIN_DELAY_MS,
      repeats: 20,
      fileRepeats: 10,
    });
  } finally {
    const network = await run.browser.close();
    if (network.byExtension.length > 0)
      results.notes.push(`requests by the extension: ${network.byExtension.join(", ")}`);
  }

  log("Chromium without the extension (an empty extension instead), for the baseline");
  const empty = emptyExtension();
  const baseline = await chromiumRun(path, server, empty, false);
  try {
    for (const site of CHURN_CASES) {
      results.baselineChurn.push(await churnInChromium(baseline.page, baseline.goto, baseline.evaluate, site, null));
    }
  } finally {
    await baseline.browser.close();
    rmSync(empty, { recursive: true, force: true });
  }
  return results;
}

async function firefoxBench(path: string, server: WebmailServer): Promise<BrowserResults> {
  const manifest = JSON.parse((await import("node:fs")).readFileSync(join(FIREFOX_BUILD, "manifest.json"), "utf8")) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const results = noResultsYet("Firefox");
  log("Firefox ESR with the extension");
  const firefox = await launchFirefoxWithExtension({
    executablePath: path,
    extensionDir: FIREFOX_BUILD,
    addonId: manifest.browser_specific_settings.gecko.id,
    acceptInsecureCerts: true,
    // Firefox rounds performance.now() to 1 ms by default (a fingerprinting defence); the bench wants its precision.
    extraPrefs: { "network.dns.forceResolve": "127.0.0.1", "privacy.reduceTimerPrecision": false },
  });
  try {
    results.version = await firefox.browser.version();
    const page = await firefox.browser.newPage();
    const evaluate: Evaluate = (expression) => page.evaluate(expression) as Promise<never>;
    for (const site of SITES) {
      log(`  ${site.name}: ${OPENINGS} openings`);
      await page.goto(webmailUrl(site.site, site.openingsPage, { port: server.port }));
      await page.bringToFront();
      results.latency[site.site] = await badgeLatency(evaluate, site.site, LATENCY_OPTIONS);
    }
    log("  popup: paste, 1 MB file, explain channel");
    const popup = await firefox.openExtensionPage("/popup.html", "textarea");
    await popup.bringToFront();
    results.popup = await popupTimings((expression) => popup.evaluate(expression) as Promise<never>, {
      typical: typicalBounce(),
      big: megabyteBounce(),
      pauseMs: EXPLAIN_DELAY_MS,
      repeats: 20,
      fileRepeats: 10,
    });
  } finally {
    await firefox.browser.close();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// The report

const ms = (value: number, digits = 1) => (Number.isFinite(value) ? `${value.toFixed(digits)} ms` : "—");
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
const verdict = (met: boolean) => (met ? "met" : "MISSED");

interface Row {
  figure: string;
  value: string;
  target: string;
  verdict: string;
}

function table(rows: readonly Row[]): string[] {
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...rows.map((row) => [row.figure, row.value, row.target, row.verdict][i]?.length ?? 0)),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join("  ");
  return [
    line(["figure", "value", "target", ""]),
    ...rows.map((row) => line([row.figure, row.value, row.target, row.verdict])),
  ];
}

function latencyRows(results: BrowserResults): Row[] {
  const rows: Row[] = [];
  for (const site of SITES) {
    const run = results.latency[site.site];
    if (run === undefined) continue;
    const p95 = percentile(run.fresh, 95);
    rows.push({
      figure: `${results.name} ${site.name}: body to badge, p50 / p95 (n=${run.fresh.length})`,
      value: `${ms(percentile(run.fresh, 50))} / ${ms(p95)}`,
      target: "p95 ≤ 50 ms",
      verdict: verdict(p95 <= 50),
    });
  }
  return rows;
}

function report(
  sizes: { chrome: EntrySize[]; firefox: EntrySize[] },
  chromium: BrowserResults | null,
  firefox: BrowserResults | null,
  started: { date: string; load: number; commit: string },
  skipped: string[],
): string[] {
  const cpu = cpus()[0]?.model?.trim() ?? "cpu";
  const machine = `${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${process.platform}, node ${process.version}`;
  const lines: string[] = [];
  lines.push(`Bounce Lens in-browser benchmark — ${started.date}`);
  lines.push(
    `machine: ${machine}; load average ${started.load.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end`,
  );
  lines.push(`built from: ${started.commit}`);
  lines.push(
    `browsers: ${[chromium && `Chromium ${chromium.version}`, firefox && `Firefox ${firefox.version}`].filter(Boolean).join(", ")}` +
      (skipped.length > 0 ? ` (skipped: ${skipped.join("; ")})` : ""),
  );
  lines.push("");

  const rows: Row[] = [];
  if (chromium !== null) rows.push(...latencyRows(chromium));
  if (firefox !== null) rows.push(...latencyRows(firefox));
  for (const run of chromium?.churn ?? []) {
    const t = run.trace;
    const name = run.name;
    // The batches, then the windows of a batch's length after the last one (the throttled last look).
    for (const [clock, perBatch, after] of [
      ["CPU", t.perBatchThreadMs, t.afterThreadMs],
      ["wall", t.perBatchMs, t.afterMs],
    ] as const) {
      const max = Math.max(...perBatch, ...after);
      const p99 = percentile(
        [...perBatch].sort((a, b) => a - b),
        99,
      );
      rows.push({
        figure: `Chromium ${name}: content script per change batch, ${clock} time, mean / p99 / max (${t.batches} batches)`,
        value: `${ms(mean(perBatch), 3)} / ${ms(p99, 2)} / ${ms(max, 2)}`,
        target: "≤ 1 ms per batch",
        verdict: `${verdict(mean(perBatch) <= 1)} (mean), ${verdict(p99 <= 1)} (p99), ${verdict(max <= 1)} (max)`,
      });
    }
    rows.push({
      figure: `Chromium ${name}: content script total over ${t.batches} batches, CPU / wall`,
      value: `${ms(t.totalThreadMs)} / ${ms(t.totalMs)}`,
      target: "—",
      verdict: "",
    });
    const base = chromium?.baselineChurn.find((b) => b.name === run.name);
    const stand = base?.standIn?.trace;
    if (stand !== undefined) {
      const worst = (values: readonly number[]) => Math.max(0, ...values);
      rows.push({
        figure: `Chromium ${name}: stand-in's ${STAND_IN_MS} ms of fixed work per batch (the machine's noise), CPU / wall max`,
        value: `${ms(worst(stand.perBatchThreadMs), 2)} / ${ms(worst(stand.perBatchMs), 2)}`,
        target: "—",
        verdict: "",
      });
    }
    if (base !== undefined) {
      rows.push({
        figure: `Chromium ${name}: JS heap added (after GC, after the changes)`,
        value: mib(run.heapAfterChurn - base.heapAfterChurn),
        target: "—",
        verdict: "",
      });
    }
  }
  for (const [build, entries] of [
    ["Chrome", sizes.chrome],
    ["Firefox", sizes.firefox],
  ] as const) {
    for (const entry of entries.filter((e) => e.entry.startsWith("content script"))) {
      rows.push({
        figure: `${build} build: ${entry.entry}, gzip`,
        value: kb(entry.gzip),
        target: "≤ 60 kB gzip",
        verdict: verdict(entry.gzip <= 60_000),
      });
    }
  }
  for (const results of [chromium, firefox]) {
    const popup = results?.popup;
    if (popup == null) continue;
    rows.push({
      figure: `${results?.name} popup: pasted bounce, engine + render, median (first)`,
      value: `${ms(percentile(popup.paste, 50))} (${ms(popup.pasteFirst)})`,
      target: "—",
      verdict: "",
    });
    rows.push({
      figure: `${results?.name} popup: 1 MB .eml file, median (first)`,
      value: `${ms(percentile(popup.file, 50))} (${ms(popup.fileFirst)})`,
      target: "—",
      verdict: "",
    });
    rows.push({
      figure: `${results?.name} explain channel round trip, median (first)`,
      value: `${ms(percentile(popup.channel, 50))} (${ms(popup.channelFirst)})`,
      target: "—",
      verdict: "",
    });
  }
  lines.push(...table(rows));
  lines.push("");

  lines.push("Body to badge (ms; fresh = a text not read before, cached = the same text again):");
  for (const results of [chromium, firefox]) {
    for (const site of SITES) {
      const run = results?.latency[site.site];
      if (run === undefined) continue;
      const all = run.fresh;
      lines.push(
        `  ${results?.name} ${site.name}: fresh p50 ${ms(percentile(all, 50))}, p95 ${ms(percentile(all, 95))}, ` +
          `min ${ms(Math.min(...all))}, max ${ms(Math.max(...all))} (n=${all.length}); ` +
          `cached p50 ${ms(percentile(run.cached, 50))}, p95 ${ms(percentile(run.cached, 95))} (n=${run.cached.length}); ` +
          `first ${run.warmUp.length} openings ${run.warmUp.map((v) => v.toFixed(1)).join(", ")}`,
      );
    }
  }
  lines.push("");

  if (chromium !== null && chromium.churn.length > 0) {
    lines.push(
      `Main thread while a ${LIST_ROWS}-row inbox list changes ${BATCHES} times, no message open (Chromium; ms unless said):`,
    );
    for (const run of chromium.churn) {
      const base = chromium.baselineChurn.find((b) => b.name === run.name);
      const name = run.name;
      const t = run.trace;
      const sorted = [...t.perBatchMs].sort((a, b) => a - b);
      const sortedCpu = [...t.perBatchThreadMs].sort((a, b) => a - b);
      const worst = (values: readonly number[]) => Math.max(0, ...values).toFixed(2);
      lines.push(
        `  ${name} (${run.rows} rows, ${run.elements} elements in the page, changes over ${run.churnMs.toFixed(0)} ms, a batch every ${t.batchMs.toFixed(2)} ms): trace: ${t.calls} calls into the content script, ` +
          `${t.totalThreadMs.toFixed(1)} CPU / ${t.totalMs.toFixed(1)} wall in all; ` +
          `per batch, CPU: mean ${mean(t.perBatchThreadMs).toFixed(3)}, p50 ${percentile(sortedCpu, 50).toFixed(3)}, p99 ${percentile(sortedCpu, 99).toFixed(2)}, max ${worst(sortedCpu)}; ` +
          `wall: mean ${mean(t.perBatchMs).toFixed(3)}, p50 ${percentile(sorted, 50).toFixed(3)}, p99 ${percentile(sorted, 99).toFixed(2)}, max ${worst(sorted)}; ` +
          `batches with any call ${sorted.filter((v) => v > 0).length}; over 1 ms: ${sortedCpu.filter((v) => v > 1).length} in CPU time, ${sorted.filter((v) => v > 1).length} in wall time`,
      );
      lines.push(
        `    after the last change (the throttled last look), per ${t.batchMs.toFixed(2)} ms window: CPU max ${worst(t.afterThreadMs)}, wall max ${worst(t.afterMs)}, ` +
          `${t.afterThreadMs.reduce((a, b) => a + b, 0).toFixed(2)} CPU in all; counted as one with the last batch (earlier reports): ` +
          `${t.lastBatchWithAfterThreadMs.toFixed(2)} CPU / ${t.lastBatchWithAfterMs.toFixed(2)} wall`,
      );
      lines.push(
        `    longest call ${t.longestCallThreadMs.toFixed(2)} CPU, ${t.longestCallMs.toFixed(2)} wall; calls whose thread time the trace gives as longer than their wall time (taken as their wall time): ${t.callsWithThreadTimeOverWall}; garbage collections of the page's heap inside our calls: ` +
          `${t.gcInCalls}, ${t.gcInCallsMs.toFixed(2)} in all, longest ${t.longestGcInCallMs.toFixed(2)}`,
      );
      lines.push(
        `    of that, style recalculation ${t.forcedStyleMs.toFixed(1)} and layout ${t.forcedLayoutMs.toFixed(1)} forced by our reads; ` +
          `longest call ${t.longestCall.ms.toFixed(2)} (style ${t.longestCall.styleMs.toFixed(2)}, layout ${t.longestCall.layoutMs.toFixed(2)}); ` +
          `main thread busy ${t.mainThreadBusyMs.toFixed(0)}` +
          (base !== undefined ? ` (without the extension ${base.trace.mainThreadBusyMs.toFixed(0)})` : ""),
      );
      lines.push(
        `    untraced run, Performance.getMetrics: ScriptDuration ${(run.scriptDuration * 1000).toFixed(1)}, TaskDuration ${(run.taskDuration * 1000).toFixed(1)}` +
          (base !== undefined
            ? `; without: ${(base.scriptDuration * 1000).toFixed(1)}, ${(base.taskDuration * 1000).toFixed(1)} ` +
              `(difference ${((run.scriptDuration - base.scriptDuration) * 1000).toFixed(1)} script, ${((run.taskDuration - base.taskDuration) * 1000).toFixed(1)} tasks)`
            : ""),
      );
      if (run.costs !== null) {
        const c = run.costs;
        lines.push(
          `    content script's own counters: ${c.records} records in ${c.callbacks} observer callbacks, ${c.callbackMs.toFixed(1)} in them ` +
            `(${((c.callbackMs * 1000) / Math.max(1, c.records)).toFixed(2)} µs per record); ${c.scans} looks, ${c.scanMs.toFixed(1)} in them ` +
            `(${(c.scanMs / Math.max(1, c.scans)).toFixed(2)} each, longest since the page opened ${c.longestScanMs.toFixed(2)}); ` +
            `together ${(c.callbackMs + c.scanMs).toFixed(1)} vs ${t.totalMs.toFixed(1)} in the trace`,
        );
      }
      if (run.profile !== null) {
        lines.push(
          `    where the content script's time goes (a third run under V8's sampling profiler, ${run.profile.totalMs.toFixed(0)} ms sampled; minified names):`,
        );
        for (const hot of run.profile.hot.slice(0, 8)) {
          lines.push(`      ${(hot.share * 100).toFixed(0).padStart(3)}%  ${hot.where}  | ${hot.excerpt.slice(0, 90)}`);
        }
      }
      const stand = base?.standIn;
      if (stand != null) {
        const st = stand.trace;
        const sortedStand = [...st.perBatchMs].sort((a, b) => a - b);
        const sortedStandCpu = [...st.perBatchThreadMs].sort((a, b) => a - b);
        lines.push(
          `    the machine's noise, without the extension: a stand-in observer on the page doing the same fixed arithmetic in every callback ` +
            `(${stand.perCallMs.toFixed(3)} ms measured, no DOM call, nothing allocated), over the same changes: per batch, CPU: mean ${mean(st.perBatchThreadMs).toFixed(3)}, ` +
            `p99 ${percentile(sortedStandCpu, 99).toFixed(2)}, max ${Math.max(0, ...sortedStandCpu).toFixed(2)}; wall: mean ${mean(st.perBatchMs).toFixed(3)}, ` +
            `p99 ${percentile(sortedStand, 99).toFixed(2)}, max ${Math.max(0, ...sortedStand).toFixed(2)}; over 1 ms: ${sortedStandCpu.filter((v) => v > 1).length} in CPU time, ` +
            `${sortedStand.filter((v) => v > 1).length} in wall time; longest call ${st.longestCallThreadMs.toFixed(2)} CPU, ${st.longestCallMs.toFixed(2)} wall; ` +
            `garbage collections of the page's heap inside its calls: ${st.gcInCalls}, longest ${st.longestGcInCallMs.toFixed(2)}`,
        );
      }
      if (base !== undefined) {
        lines.push(
          `    JS heap after GC: before the changes ${mib(run.heapBeforeChurn)} (without the extension ${mib(base.heapBeforeChurn)}), ` +
            `after ${mib(run.heapAfterChurn)} (without ${mib(base.heapAfterChurn)}): added ${mib(run.heapBeforeChurn - base.heapBeforeChurn)} / ${mib(run.heapAfterChurn - base.heapAfterChurn)}`,
        );
      }
    }
    lines.push("");
  }

  for (const results of [chromium, firefox]) {
    const popup = results?.popup;
    if (popup == null) continue;
    lines.push(
      `${results?.name}, the engine in the browser (ms; first = the page's first answer, while its code compiles):`,
    );
    lines.push(
      `  popup, typical bounce pasted (${TYPICAL_BOUNCE_PATH.replace(`${REPO_ROOT}/`, "")}, whole raw message): ` +
        `paste to answer shown minus the panel's ${EXPLAIN_DELAY_MS} ms typing pause: median ${ms(percentile(popup.paste, 50))}, ` +
        `p95 ${ms(percentile(popup.paste, 95))} (n=${popup.paste.length}), first ${ms(popup.pasteFirst)}; ${popup.pasteFailures} failure(s) shown`,
    );
    lines.push(
      `  popup, 1 MB .eml opened (file picker): to answer shown: median ${ms(percentile(popup.file, 50))}, ` +
        `p95 ${ms(percentile(popup.file, 95))} (n=${popup.file.length}), first ${ms(popup.fileFirst)}; ${popup.fileFailures} failure(s) shown`,
    );
    lines.push(
      `  background's explain channel (the content scripts' path), typical bounce: round trip median ${ms(percentile(popup.channel, 50))}, ` +
        `p95 ${ms(percentile(popup.channel, 95))} (n=${popup.channel.length}), first ${ms(popup.channelFirst)}; ${popup.channelFailures} failure(s)`,
    );
  }
  lines.push("");

  lines.push("Built entry points (raw / gzip -9; files: own first, then imported chunks):");
  for (const [build, entries] of [
    ["Chrome (.output/chrome-mv3)", sizes.chrome],
    ["Firefox (.output/firefox-mv3)", sizes.firefox],
  ] as const) {
    lines.push(`  ${build}:`);
    for (const entry of entries) {
      lines.push(
        `    ${entry.entry.padEnd(24)} ${kb(entry.raw).padStart(9)} / ${kb(entry.gzip).padStart(8)}${entry.holdsEngine ? "  holds the engine and its tables" : ""}`,
      );
      lines.push(`      ${entry.files.map((f) => `${f.path} ${kb(f.raw)}/${kb(f.gzip)}`).join(", ")}`);
    }
  }
  for (const results of [chromium, firefox]) for (const note of results?.notes ?? []) lines.push(`note: ${note}`);
  return lines;
}

/** The commit built, and whether the working tree had other changes under src/ or entrypoints/. */
function describeCommit(): string {
  const git = (...args: string[]) => spawnSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" }).stdout.trim();
  const dirty = git("status", "--porcelain", "--", "src", "entrypoints", "wxt.config.ts").split("\n").filter(Boolean);
  return `${git("rev-parse", "--short", "HEAD")}${dirty.length > 0 ? ` plus uncommitted changes to ${dirty.length} file(s) under src/ and entrypoints/` : ""}`;
}

async function main(): Promise<void> {
  const started = { date: new Date().toISOString().slice(0, 10), load: loadavg()[0] ?? 0, commit: describeCommit() };
  build();
  const sizes = { chrome: entrySizes(CHROME_BUILD), firefox: entrySizes(FIREFOX_BUILD) };
  const server = await startWebmailServer();
  const skipped: string[] = [];
  let chromium: BrowserResults | null = null;
  let firefox: BrowserResults | null = null;
  try {
    const chromiumPath = findChromium();
    if (chromiumPath === null) skipped.push("Chromium not found");
    else chromium = await chromiumBench(chromiumPath, server);
    const firefoxPath = findFirefox();
    if (firefoxPath === null) skipped.push("Firefox not found");
    else if (process.env.BENCH_FIREFOX !== "0") firefox = await firefoxBench(firefoxPath, server);
  } finally {
    await server.close();
  }
  const lines = report(sizes, chromium, firefox, started, skipped);
  console.log(lines.join("\n"));
  mkdirSync(join(REPO_ROOT, "bench", "results"), { recursive: true });
  writeFileSync(
    join(REPO_ROOT, "bench", "results", "browser.md"),
    [
      "# In-browser benchmark",
      "",
      "Written by `npm run bench:browser` (also the second half of `npm run bench`); reproduce with the same",
      "command on a machine with Chromium and Firefox ESR (see README). It builds the extension first",
      "(`BENCH_NO_BUILD=1` skips that), serves the Gmail and Outlook fixture pages over HTTPS on loopback",
      "under their real host names, and drives the browsers headless. How each figure is measured:",
      "the comment at the top of bench/browser.ts.",
      "",
      "```",
      ...lines,
      "```",
      "",
    ].join("\n"),
  );
}

await main();
