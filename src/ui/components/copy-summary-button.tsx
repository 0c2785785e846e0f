import { useEffect, useRef, useState } from "preact/hooks";
import type { ExplainedFailure } from "../../engine/types";
import { t } from "../../extension/i18n";
import { summaryText } from "../summary-text";

type CopyState = "idle" | "done" | "failed";

/** How long "copied" stays visible; the live region has announced it by then. */
const CONFIRMATION_MS = 4000;

/** Puts a plain-text explanation of one failure on the clipboard and says whether it worked. */
export function CopySummaryButton({ failure }: { failure: ExplainedFailure }) {
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(summaryText(failure));
      setState("done");
    } catch {
      // No clipboard (an insecure page, a denied permission): say so rather than fail silently.
      setState("failed");
    }
    timer.current = setTimeout(() => setState("idle"), CONFIRMATION_MS);
  };

  return (
    <div class="bl-copy">
      <button type="button" class="bl-button" onClick={copy}>
        {t("copySummary")}
      </button>
      <span class="bl-copy-status" role="status">
        {state === "done" ? t("copyDone") : state === "failed" ? t("copyFailed") : ""}
      </span>
    </div>
  );
}
