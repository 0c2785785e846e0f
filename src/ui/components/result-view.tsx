/**
 * What the engine found, for a person: a heading that names the situation (a bounce with N
 * recipients, a delay, an auto-reply, a complaint report, a delivery notice, not a bounce) and,
 * for bounces and delays, one card per recipient. The heading is repeated in a live region so a
 * screen reader hears each new answer without moving focus.
 */
import type { ComponentChildren } from "preact";
import type { ExplainResult } from "../../engine/types";
import { t } from "../../extension/i18n";
import { isolatedText } from "../bidi-text";
import { bySeverity, severityLabel } from "../severity";
import type { CardVariant } from "./failure-card";
import { FailureList } from "./failure-list";

export interface ResultViewProps {
  /** null: nothing to explain yet. */
  result: ExplainResult | null;
  variant?: CardVariant;
}

export function ResultView({ result, variant = "detailed" }: ResultViewProps) {
  const state = describeResult(result);
  return (
    <section class="bl-result" aria-label={t("resultsHeading")} data-kind={result?.kind ?? "empty"}>
      <p class="bl-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {state.announcement}
      </p>
      {state.body}
      {result?.truncated === true && <p class="bl-notice">{t("engineTruncated")}</p>}
      {result !== null && result.failures.length > 0 && <FailureList failures={result.failures} variant={variant} />}
    </section>
  );
}

interface DescribedResult {
  /** The short sentence read out by screen readers. */
  announcement: string;
  body: ComponentChildren;
}

function describeResult(result: ExplainResult | null): DescribedResult {
  if (result === null) return { announcement: "", body: <p class="bl-empty">{t("emptyState")}</p> };
  if (result.error !== null) {
    return { announcement: t("errorTitle"), body: <State title={t("errorTitle")} lines={[result.error]} /> };
  }
  if (result.failures.length > 0) {
    const worst = bySeverity(result.failures)[0];
    const mostSevere = worst === undefined ? "" : ` ${t("mostSevere", severityLabel(worst.severity))}`;
    if (result.kind === "delay") {
      return {
        announcement: t("delayTitle") + mostSevere,
        body: <State title={t("delayTitle")} lines={[t("delayBody")]} />,
      };
    }
    const count = result.failures.length;
    const title = count === 1 ? t("bounceTitleOne") : t("bounceTitleMany", String(count));
    return { announcement: title + mostSevere, body: <State title={title} lines={[]} /> };
  }
  switch (result.kind) {
    case "auto-reply": {
      const from = result.autoReply?.from;
      const lines = [t("autoReplyBody"), ...(from ? [t("autoReplyFrom", isolatedText(from))] : [])];
      return { announcement: t("autoReplyTitle"), body: <State title={t("autoReplyTitle")} lines={lines} /> };
    }
    case "feedback": {
      const report = result.feedback;
      const lines = [
        t("feedbackBody"),
        ...complainedAbout(report).map((address) => t("feedbackRecipient", isolatedText(address))),
        ...(report?.type ? [t("feedbackType", isolatedText(report.type))] : []),
      ];
      return { announcement: t("feedbackTitle"), body: <State title={t("feedbackTitle")} lines={lines} /> };
    }
    case "delivered": {
      const confirmed =
        result.deliveredTo.length > 0 ? [t("deliveredTo", result.deliveredTo.map(isolatedText).join(", "))] : [];
      const lines = [t("deliveredBody"), ...confirmed];
      return { announcement: t("deliveredTitle"), body: <State title={t("deliveredTitle")} lines={lines} /> };
    }
    default:
      return {
        announcement: t("notBounceTitle"),
        body: <State title={t("notBounceTitle")} lines={[t("notBounceBody")]} />,
      };
  }
}

/** Every address a complaint report names (older results name only the first). */
function complainedAbout(report: ExplainResult["feedback"]): string[] {
  if (report === null) return [];
  if (report.recipients.length > 0) return report.recipients;
  return report.recipient === null ? [] : [report.recipient];
}

function State({ title, lines }: { title: string; lines: string[] }) {
  return (
    <div class="bl-state">
      <h2 class="bl-state-title">{title}</h2>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
