import type { ExplainedFailure, Severity } from "../engine/types";
import { type MessageKey, t } from "../extension/i18n";

/** Most severe first: the order cards are listed in. */
const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

const SEVERITY_LABEL: Record<Severity, MessageKey> = {
  low: "severityLow",
  medium: "severityMedium",
  high: "severityHigh",
  critical: "severityCritical",
};

export function severityLabel(severity: Severity): string {
  return t(SEVERITY_LABEL[severity]);
}

/** A copy of `failures`, most severe first; equal severities keep the bounce's order. */
export function bySeverity<T extends Pick<ExplainedFailure, "severity">>(failures: readonly T[]): T[] {
  return failures
    .map((failure, index) => ({ failure, index }))
    .sort((a, b) => SEVERITY_RANK[a.failure.severity] - SEVERITY_RANK[b.failure.severity] || a.index - b.index)
    .map(({ failure }) => failure);
}
