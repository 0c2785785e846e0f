/**
 * How the webmail content scripts reach the engine: they send a bounce's text to the background,
 * which reads it and answers. The engine and its tables (most of the extension's code) then load
 * in the background only, not in every Gmail and Outlook tab, and reading a bounce never blocks
 * the mail page's own work. Messages between an extension's own parts are no network traffic.
 */
import { browser } from "wxt/browser";
import { MAX_RAW_BYTES } from "../engine/limits";
import type { ExplainResult } from "../engine/types";

const EXPLAIN = "bounce-lens:explain";
const WARM_UP = "bounce-lens:warm-up";

/** A line the engine reads in full, so that warming up prepares everything a real bounce needs. */
const WARM_UP_TEXT = "550 5.1.1 <warm-up@example.com>: Recipient address rejected: User unknown";

export type ExplainText = (text: string) => Promise<ExplainResult>;

interface ExplainRequest {
  type: typeof EXPLAIN;
  text: string;
}

/** Content-script side: the engine's answer for `text`, read in the background. */
export async function explainInBackground(text: string): Promise<ExplainResult> {
  // The engine reads no more than this anyway; a longer text would only cost copying.
  const request: ExplainRequest = { type: EXPLAIN, text: text.slice(0, MAX_RAW_BYTES) };
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!isExplainResult(answer)) throw new Error("Bounce Lens: no answer from the background");
  return answer;
}

/**
 * Content-script side: wakes the background and has it prepare the engine (its first reading
 * compiles the tables), so that a bounce opened soon after is explained at once. Failure is harmless.
 */
export async function warmUpBackground(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: WARM_UP });
  } catch {
    // The background unreachable (extension reloaded): the next reading will say so.
  }
}

/** Background side: answers the content scripts' requests with `explain`. */
export function answerExplainRequests(explain: ExplainText): void {
  let warm: Promise<unknown> | null = null;
  // onMessage hears only this extension's own scripts: pages and other extensions would need
  // externally_connectable and arrive on onMessageExternal, which nothing here listens to.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (typeof message !== "object" || message === null) return undefined;
    const { type, text } = message as { type?: unknown; text?: unknown };
    if (type === EXPLAIN && typeof text === "string") return explain(text);
    if (type === WARM_UP) {
      warm ??= explain(WARM_UP_TEXT).catch(() => null);
      return warm.then(() => true);
    }
    return undefined;
  });
}

function isExplainResult(value: unknown): value is ExplainResult {
  return typeof value === "object" && value !== null && Array.isArray((value as ExplainResult).failures);
}
