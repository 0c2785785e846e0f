/**
 * The measurements themselves, on one tab of a browser with the extension (or without, for the
 * baseline): badge latency over many openings, the inbox churn, the popup's answers. Each takes
 * a function that evaluates a script in the page and returns its value, so the same steps run in
 * Chromium (Playwright) and Firefox (puppeteer).
 */
import { call, INBOX_CHURN, OPENINGS, POPUP } from "./page-scripts";

export type Evaluate = <T>(expression: string) => Promise<T>;

const TIMEOUT_MS = 5_000;

export interface LatencyRun {
  /** Openings of texts the extension had not read (each a new message id and new addresses). */
  fresh: number[];
  /** Openings of the text read just before (the content script's cache answers). */
  cached: number[];
  /** The first fresh openings, not counted above: the engine's code still compiling. */
  warmUp: number[];
}

/** The page must show one bounce with its badge. */
export async function badgeLatency(
  evaluate: Evaluate,
  site: "gmail" | "outlook",
  options: { openings: number; cachedOpenings: number; warmUp: number; gapMs: number },
): Promise<LatencyRun> {
  await waitForOneBadge(evaluate);
  await evaluate(call(OPENINGS, `prepare(${JSON.stringify(site)})`));
  const run: LatencyRun = { fresh: [], cached: [], warmUp: [] };
  const open = async (n: number, fresh: boolean) => {
    await evaluate(call(OPENINGS, `close(${TIMEOUT_MS})`));
    return evaluate<number>(call(OPENINGS, `open(${n}, ${options.gapMs}, ${fresh}, ${TIMEOUT_MS})`));
  };
  let n = 0;
  for (let i = 0; i < options.warmUp; i++) run.warmUp.push(await open(++n, true));
  for (let i = 0; i < options.openings; i++) run.fresh.push(await open(++n, true));
  for (let i = 0; i < options.cachedOpenings; i++) run.cached.push(await open(n, false));
  return run;
}

async function waitForOneBadge(evaluate: Evaluate): Promise<void> {
  const deadline = Date.now() + TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = await evaluate<number>(
      `[...document.querySelectorAll('[data-bounce-lens="badge"]')].filter((h) => h.shadowRoot && h.shadowRoot.querySelector(".bl-card")).length`,
    );
    if (ready === 1) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the page's bounce got no badge");
}

export async function setUpChurn(evaluate: Evaluate, site: "gmail" | "outlook", rows: number): Promise<number> {
  return evaluate<number>(call(INBOX_CHURN, `setUp(${JSON.stringify(site)}, ${rows}, ${TIMEOUT_MS})`));
}

/** Adds `elements` more elements to the page, out of the list; resolves with the page's element count. */
export async function padPage(evaluate: Evaluate, elements: number): Promise<number> {
  return evaluate<number>(call(INBOX_CHURN, `padPage(${elements})`));
}

/** Resolves with the churn's own duration in ms. */
export async function churn(evaluate: Evaluate, site: "gmail" | "outlook", batches: number): Promise<number> {
  return evaluate<number>(call(INBOX_CHURN, `churn(${JSON.stringify(site)}, ${batches})`));
}

export interface PopupRun {
  /** ms from the paste to its answer shown, the panel's typing pause subtracted. */
  paste: number[];
  pasteFirst: number;
  /** ms from the file handed over to its answer shown. */
  file: number[];
  fileFirst: number;
  /** Round trips of the background's explain channel (what the content scripts use), typical bounce. */
  channel: number[];
  channelFirst: number;
  /** Failures found (a sanity check that the answers were real). */
  pasteFailures: number;
  fileFailures: number;
  channelFailures: number;
}

export async function popupTimings(
  evaluate: Evaluate,
  inputs: { typical: string; big: string; pauseMs: number; repeats: number; fileRepeats: number },
): Promise<PopupRun> {
  type Answer = { ms: number; cards: number };
  const paste = async (text: string) => evaluate<Answer>(call(POPUP, `paste(${JSON.stringify(text)}, 30000)`));
  const file = async () => evaluate<Answer>(call(POPUP, `file(${JSON.stringify(inputs.big)}, "bounce.eml", 30000)`));
  const channel = async () => evaluate<Answer>(call(POPUP, `channel(${JSON.stringify(inputs.typical)})`));
  // Alternate two texts, so that every paste is a change the panel explains anew.
  const typicalVariant = `${inputs.typical}\n`;

  const firstFile = await file();
  const files: number[] = [];
  for (let i = 0; i < inputs.fileRepeats; i++) files.push((await file()).ms);
  const firstPaste = await paste(inputs.typical);
  const pastes: number[] = [];
  for (let i = 0; i < inputs.repeats; i++) {
    pastes.push((await paste(i % 2 === 0 ? typicalVariant : inputs.typical)).ms - inputs.pauseMs);
  }
  const firstChannel = await channel();
  const channels: number[] = [];
  for (let i = 0; i < inputs.repeats; i++) channels.push((await channel()).ms);
  return {
    paste: pastes,
    pasteFirst: firstPaste.ms - inputs.pauseMs,
    file: files,
    fileFirst: firstFile.ms,
    channel: channels,
    channelFirst: firstChannel.ms,
    pasteFailures: firstPaste.cards,
    fileFailures: firstFile.cards,
    channelFailures: firstChannel.cards,
  };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  // Nearest rank: the smallest value with at least p% of the values at or below it.
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}
