/** The toolbar popup: the paste box, with the last input brought back from session storage. */
import { useEffect, useState } from "preact/hooks";
import { browser } from "wxt/browser";
import { t } from "../../extension/i18n";
import { keepLastInput, loadLastInput } from "../../extension/last-input";
import { explainPageUrl } from "../../extension/selection-handoff";
import { ExplainPanel } from "../components/explain-panel";
import type { PanelInput } from "../panel-input";
import type { Explain } from "../use-explanation";

export function PopupApp({ explain }: { explain: Explain }) {
  const restored = useRestoredInput();
  return (
    <main class="bl-popup">
      <header class="bl-app-header">
        <h1>{t("popupHeading")}</h1>
        <nav>
          <button type="button" class="bl-button bl-button-quiet" onClick={openInTab}>
            {t("openInTab")}
          </button>
          <button type="button" class="bl-button bl-button-quiet" onClick={openOptions}>
            {t("openOptions")}
          </button>
        </nav>
      </header>
      {/* Rendered once the stored input is known, so that it is explained at once, not typed in. */}
      {restored !== undefined && (
        <ExplainPanel explain={explain} initialInput={restored} onInputChange={keepLastInput} autoFocus />
      )}
    </main>
  );
}

/** undefined while loading; null when nothing was kept. */
function useRestoredInput(): PanelInput | null | undefined {
  const [restored, setRestored] = useState<PanelInput | null | undefined>(undefined);
  useEffect(() => {
    loadLastInput().then(setRestored, () => setRestored(null));
  }, []);
  return restored;
}

async function openInTab(): Promise<void> {
  // In a tab, the file picker and drops always work (Firefox closes a popup when its file dialog opens).
  await browser.tabs.create({ url: explainPageUrl() });
  window.close();
}

async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
  window.close();
}
