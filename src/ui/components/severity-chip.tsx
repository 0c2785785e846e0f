import type { Severity } from "../../engine/types";
import { t } from "../../extension/i18n";
import { severityLabel } from "../severity";

/** The severity as a word on its colour: the word carries the meaning, the colour only helps. */
export function SeverityChip({ severity }: { severity: Severity }) {
  return (
    <span class={`bl-chip bl-sev-${severity}`} data-severity={severity}>
      <span class="bl-visually-hidden">{t("severityLabel")}: </span>
      {severityLabel(severity)}
    </span>
  );
}
