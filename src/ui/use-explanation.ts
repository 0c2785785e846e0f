import { useEffect, useRef, useState } from "preact/hooks";
import type { ExplainResult } from "../engine/types";
import { EXPLAIN_DELAY_MS } from "./input-limits";
import { isBlank, type PanelInput } from "./panel-input";

/** The engine's entry point, passed in so that the panel can be tested with fixed answers. */
export type Explain = (input: string | Uint8Array) => Promise<ExplainResult>;

export interface Explanation {
  /** The answer for the latest input; null while there is nothing to explain. */
  result: ExplainResult | null;
  /** True while the latest input is waiting for its answer (`result` is then the previous one). */
  pending: boolean;
}

/**
 * Explains `input` as it changes: text after a short pause in typing, a file at once. Only the
 * answer to the latest input is kept, so a slow answer to an older input never shows up last.
 */
export function useExplanation(input: PanelInput | null, explain: Explain, delayMs = EXPLAIN_DELAY_MS): Explanation {
  // The answer remembers its input, so "pending" is known on the very render that shows a new input.
  const [answer, setAnswer] = useState<{ input: PanelInput | null; result: ExplainResult | null }>({
    input: null,
    result: null,
  });
  const latest = useRef(0);
  const firstRun = useRef(true);

  useEffect(() => {
    const request = ++latest.current;
    const wasFirst = firstRun.current;
    firstRun.current = false;
    if (input === null || isBlank(input)) {
      setAnswer({ input: null, result: null });
      return;
    }
    // A restored or handed-over input is explained at once; typing waits for a pause.
    const wait = input.kind === "file" || wasFirst ? 0 : delayMs;
    const timer = setTimeout(async () => {
      const result = await explainSafely(explain, input.kind === "text" ? input.text : input.bytes);
      if (request === latest.current) setAnswer({ input, result });
    }, wait);
    return () => clearTimeout(timer);
  }, [input, explain, delayMs]);

  if (isBlank(input)) return { result: null, pending: false };
  // Until the new answer comes, the previous one stays on screen rather than flickering away.
  return { result: answer.result, pending: answer.input !== input };
}

/** The engine never rejects, but a panel must keep working even if it ever did. */
async function explainSafely(explain: Explain, input: string | Uint8Array): Promise<ExplainResult> {
  try {
    return await explain(input);
  } catch (error) {
    return {
      bounce: false,
      kind: "none",
      format: "none",
      failures: [],
      deliveredTo: [],
      truncated: false,
      feedback: null,
      autoReply: null,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}
