/**
 * The chip beside a bounce in Gmail's message list. A row shows too little of a bounce for the
 * engine to read (its snippet stops before the reason), so the chip says "Bounce" until the
 * bounce has been open in this tab, and then its most severe failure, as word and colour.
 *
 * Plain DOM, not a Preact component: a busy list puts chips in and takes them out all the time,
 * each in the page's main thread between its own changes (issue 7), and three spans whose text
 * and attributes are set need no renderer. Text only, never markup: a cause is a stranger's words.
 */
import type { Severity } from "../engine/types";
import { t } from "../extension/i18n";
import { severityLabel } from "../ui/severity";

/** What an open bounce taught about its conversation. */
export interface KnownBounce {
  severity: Severity;
  /** The most severe failure's cause, in plain words. */
  cause: string;
}

/** The words of a chip for a bounce not yet opened: the same on every chip, looked up once. */
let unopened: { word: string; tooltip: string } | undefined;

/**
 * Shows the chip in `container` (a chip's shadow root container): made on the first call, its
 * words and severity brought up to date on the next ones. No theme: its colours follow its row's
 * through CSS alone (chip.css).
 */
export function renderListChip(container: HTMLElement, known: KnownBounce | null): void {
  const document = container.ownerDocument;
  let chip = container.firstElementChild as HTMLElement | null;
  if (chip === null) {
    chip = document.createElement("span");
    const hidden = document.createElement("span");
    hidden.className = "bl-visually-hidden";
    chip.append(hidden, document.createTextNode(""));
    container.append(chip);
  }
  const hidden = chip.firstElementChild as HTMLElement;
  const word = chip.lastChild as Text;

  if (known === null) unopened ??= { word: t("listChipBounce"), tooltip: t("listChipUnread") };
  const severity = known?.severity ?? "unknown";
  const tooltip = known === null ? (unopened as { tooltip: string }).tooltip : t("listChipKnown", known.cause);
  chip.className = `bl-chip bl-sev-${severity}`;
  chip.setAttribute("data-severity", severity);
  chip.title = tooltip;
  hidden.textContent = `${tooltip}. ${known === null ? "" : `${t("severityLabel")}: `}`;
  word.data = known === null ? (unopened as { word: string }).word : severityLabel(known.severity);
}
