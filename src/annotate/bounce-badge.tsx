/**
 * The badge at the top of a bounce: what happened in one line, then one card per failed
 * recipient (severity word and colour, cause, recipient, who must act), compact cards opening to
 * the steps, links, provider, blocklist, suggestion, raw diagnostic and "copy summary". It shows
 * only what the engine returned, as text; links are the engine's vetted ones (FailureCard).
 */
import type { ExplainResult } from "../engine/types";
import { t } from "../extension/i18n";
import type { CardVariant } from "../ui/components/failure-card";
import { FailureList } from "../ui/components/failure-list";
import type { PageTheme } from "./page-theme";

export interface BounceBadgeProps {
  result: ExplainResult;
  variant: CardVariant;
  theme: PageTheme;
  headingLevel: 3 | 4;
}

export function BounceBadge({ result, variant, theme, headingLevel }: BounceBadgeProps) {
  const count = result.failures.length;
  const title =
    result.kind === "delay" ? t("delayTitle") : count === 1 ? t("bounceTitleOne") : t("bounceTitleMany", String(count));
  return (
    <section
      class="bl-theme bl-badge"
      data-theme={theme}
      data-kind={result.kind}
      data-variant={variant}
      aria-label={t("badgeLabel")}
    >
      <p class="bl-badge-title">
        <span class="bl-badge-brand">{t("extName")}</span>
        {title}
      </p>
      {result.truncated && <p class="bl-notice">{t("engineTruncated")}</p>}
      <FailureList failures={result.failures} variant={variant} headingLevel={headingLevel} />
    </section>
  );
}
