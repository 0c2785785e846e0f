/**
 * The explain page: opened by "Explain this bounce" with the selection's id in its URL hash, or
 * from the popup's "Open in a tab" (then it continues with the popup's last input).
 */
import { useEffect, useState } from "preact/hooks";
import { t } from "../../extension/i18n";
import { keepLastInput, loadLastInput } from "../../extension/last-input";
import { receiveSelection } from "../../extension/selection-handoff";
import { ExplainPanel } from "../components/explain-panel";
import type { PanelInput } from "../panel-input";
import type { Explain } from "../use-explanation";

interface Start {
  input: PanelInput | null;
  notice?: string;
}

export function ExplainPageApp({ explain, selectionId }: { explain: Explain; selectionId: string | null }) {
  const [start, setStart] = useState<Start | undefined>(undefined);
  useEffect(() => {
    startFrom(selectionId).then(setStart, () => setStart({ input: null }));
  }, [selectionId]);
  return (
    <main class="bl-page">
      <header class="bl-app-header">
        <h1>{t("popupHeading")}</h1>
      </header>
      {start !== undefined && (
        <ExplainPanel
          explain={explain}
          initialInput={start.input}
          notice={start.notice}
          // A selection stays with its own tab; the popup's input is shared with the popup.
          onInputChange={selectionId === null ? keepLastInput : undefined}
          autoFocus={start.input === null}
        />
      )}
    </main>
  );
}

async function startFrom(selectionId: string | null): Promise<Start> {
  if (selectionId === null) return { input: await loadLastInput() };
  const text = await receiveSelection(selectionId);
  return text === null
    ? { input: null, notice: t("explainSelectionMissing") }
    : { input: { kind: "text", text }, notice: t("explainFromSelection") };
}
