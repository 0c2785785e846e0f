/**
 * The plain-text explanation that "Copy summary" puts on the clipboard: something a sender can
 * paste into a message to an IT admin or to the recipient, complete without the extension.
 */
import type { ExplainedFailure } from "../engine/types";
import { t } from "../extension/i18n";
import { actorLabel } from "./actor";
import { revealBidiControls } from "./bidi-text";
import { isWebLink } from "./safe-link";
import { severityLabel } from "./severity";

export function summaryText(failure: ExplainedFailure): string {
  const lines: string[] = [
    failure.recipient === null
      ? t("summaryIntroNoRecipient")
      : t("summaryIntro", revealBidiControls(failure.recipient)),
    "",
    `${t("causeLabel")}: ${failure.reasonLabel}`,
    failure.summary,
    `${t("severityLabel")}: ${severityLabel(failure.severity)}`,
    `${t("actorLabel")}: ${actorLabel(failure.actor)}`,
  ];
  if (failure.provider !== null) lines.push(`${t("providerLabel")}: ${failure.provider.name}`);
  if (failure.blocklist !== null)
    lines.push(`${t("blocklistLabel")}: ${failure.blocklist.name} (${failure.blocklist.url})`);
  if (failure.suggestion !== null) lines.push(`${t("suggestionLabel")}: ${revealBidiControls(failure.suggestion)}`);
  const codes = codeText(failure);
  if (codes !== "") lines.push(`${t("codeLabel")}: ${codes}`);
  if (failure.remoteMta !== null) lines.push(`${t("remoteServerLabel")}: ${revealBidiControls(failure.remoteMta)}`);
  if (failure.advice.length > 0) {
    lines.push("", `${t("stepsHeading")}:`, ...failure.advice.map((step, i) => `${i + 1}. ${step}`));
  }
  const links = failure.links.filter((link) => isWebLink(link.url));
  if (links.length > 0) {
    lines.push("", `${t("linksHeading")}:`, ...links.map((link) => `- ${link.title}: ${link.url}`));
  }
  if (failure.diagnostic.trim() !== "")
    lines.push("", `${t("rawDiagnostic")}:`, revealBidiControls(failure.diagnostic.trim()));
  lines.push("", t("summaryRule", failure.ruleId));
  return lines.join("\n");
}

/** "550 5.1.1": the reply code and enhanced status as found in the bounce. */
export function codeText(failure: Pick<ExplainedFailure, "replyCode" | "status">): string {
  return [failure.replyCode, failure.status].filter((code) => code !== null && code !== "").join(" ");
}
