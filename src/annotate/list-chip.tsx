/**
 * The chip beside a bounce in Gmail's message list. A row shows too little of a bounce for the
 * engine to read (its snippet stops before the reason), so the chip says "Bounce" until the
 * bounce has been open in this tab, and then its most severe failure, as word and colour.
 */
import type { Severity } from "../engine/types";
import { t } from "../extension/i18n";
import { severityLabel } from "../ui/severity";
import type { PageTheme } from "./page-theme";

/** What an open bounce taught about its conversation. */
export interface KnownBounce {
  severity: Severity;
  /** The most severe failure's cause, in plain words. */
  cause: string;
}

/** The words of a chip for a bounce not yet opened: the same on every chip, looked up once. */
let unopened: { word: string; tooltip: string } | undefined;

export function ListChip({ known, theme }: { known: KnownBounce | null; theme: PageTheme }) {
  if (known === null) unopened ??= { word: t("listChipBounce"), tooltip: t("listChipUnread") };
  const word = known === null ? (unopened as { word: string }).word : severityLabel(known.severity);
  const tooltip = known === null ? (unopened as { tooltip: string }).tooltip : t("listChipKnown", known.cause);
  return (
    <span class="bl-theme" data-theme={theme}>
      <span
        class={`bl-chip bl-sev-${known?.severity ?? "unknown"}`}
        data-severity={known?.severity ?? "unknown"}
        title={tooltip}
      >
        <span class="bl-visually-hidden">
          {tooltip}. {known === null ? "" : `${t("severityLabel")}: `}
        </span>
        {word}
      </span>
    </span>
  );
}
