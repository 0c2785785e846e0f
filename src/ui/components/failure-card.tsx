/**
 * One failed recipient, explained. Shared by the popup, the explain page and the webmail badges
 * (which render it inside a shadow root), so it depends on nothing but its props and the i18n
 * helper, and renders bounce text only as text, each stranger's string isolated (`bidi-text.ts`).
 * Its style sheet (styles/card.css) is brought by whoever shows it: the explain panel imports it
 * into the pages, the badge puts it into its shadow root (src/annotate/styles.ts); imported here,
 * it would also be built into a page-level sheet of the content scripts that nothing uses.
 */
import type { ComponentChildren } from "preact";
import { useId } from "preact/hooks";
import type { ExplainedFailure } from "../../engine/types";
import { t } from "../../extension/i18n";
import { actorLabel } from "../actor";
import { revealBidiControls } from "../bidi-text";
import { isWebLink } from "../safe-link";
import { codeText } from "../summary-text";
import { CopySummaryButton } from "./copy-summary-button";
import { SeverityChip } from "./severity-chip";

export type CardVariant = "compact" | "detailed";

export interface FailureCardProps {
  failure: ExplainedFailure;
  /** compact: the headline and who acts, with the rest behind a disclosure; detailed: all shown. */
  variant?: CardVariant;
  /** The card title's heading level, to fit the outline of the page it is placed in. */
  headingLevel?: 2 | 3 | 4 | 5;
}

export function FailureCard({ failure, variant = "detailed", headingLevel = 3 }: FailureCardProps) {
  const titleId = useId();
  const Heading = `h${headingLevel}` as "h3";
  const SubHeading = `h${Math.min(headingLevel + 1, 6)}` as "h4";
  const details = <CardDetails failure={failure} SubHeading={SubHeading} />;
  return (
    <article class={`bl-card bl-sev-${failure.severity}`} aria-labelledby={titleId} data-rule={failure.ruleId}>
      <header class="bl-card-header">
        <SeverityChip severity={failure.severity} />
        <Heading id={titleId} class="bl-card-title">
          {failure.reasonLabel}
        </Heading>
      </header>
      <p class="bl-recipient">
        <span class="bl-visually-hidden">{t("recipientLabel")}: </span>
        {failure.recipient === null ? t("recipientUnknown") : <bdi>{revealBidiControls(failure.recipient)}</bdi>}
      </p>
      <p class="bl-actor">
        <span class="bl-label">{t("actorLabel")}:</span> {actorLabel(failure.actor)}
      </p>
      {variant === "compact" ? (
        <details class="bl-more">
          <summary>{t("detailsToggle")}</summary>
          {details}
        </details>
      ) : (
        details
      )}
    </article>
  );
}

function CardDetails({ failure, SubHeading }: { failure: ExplainedFailure; SubHeading: "h4" }) {
  const stepsId = useId();
  const linksId = useId();
  const links = failure.links.filter((link) => isWebLink(link.url));
  const codes = codeText(failure);
  return (
    <div class="bl-card-body">
      <p class="bl-summary">{failure.summary}</p>
      <dl class="bl-facts">
        {failure.suggestion !== null && (
          <Fact label={t("suggestionLabel")}>
            <strong class="bl-suggestion">
              <bdi>{revealBidiControls(failure.suggestion)}</bdi>
            </strong>
          </Fact>
        )}
        {failure.provider !== null && <Fact label={t("providerLabel")}>{failure.provider.name}</Fact>}
        {failure.blocklist !== null && (
          <Fact label={t("blocklistLabel")}>
            {isWebLink(failure.blocklist.url) ? (
              <ExternalLink url={failure.blocklist.url}>{failure.blocklist.name}</ExternalLink>
            ) : (
              failure.blocklist.name
            )}
          </Fact>
        )}
        {codes !== "" && <Fact label={t("codeLabel")}>{codes}</Fact>}
        {failure.remoteMta !== null && (
          <Fact label={t("remoteServerLabel")}>
            <bdi>{revealBidiControls(failure.remoteMta)}</bdi>
          </Fact>
        )}
      </dl>
      {failure.advice.length > 0 && (
        <section class="bl-steps">
          <SubHeading id={stepsId} class="bl-subheading">
            {t("stepsHeading")}
          </SubHeading>
          <ol aria-labelledby={stepsId}>
            {failure.advice.map((step, index) => (
              <li key={index}>{step}</li>
            ))}
          </ol>
        </section>
      )}
      {links.length > 0 && (
        <section class="bl-links">
          <SubHeading id={linksId} class="bl-subheading">
            {t("linksHeading")}
          </SubHeading>
          <ul aria-labelledby={linksId}>
            {links.map((link) => (
              <li key={link.url}>
                <ExternalLink url={link.url}>{link.title}</ExternalLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      {failure.diagnostic.trim() !== "" && (
        <details class="bl-raw">
          <summary>{t("rawDiagnostic")}</summary>
          <pre dir="auto">{revealBidiControls(failure.diagnostic)}</pre>
        </details>
      )}
      <CopySummaryButton failure={failure} />
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="bl-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Official pages open in a new tab, without giving that page a handle on ours. */
function ExternalLink({ url, children }: { url: string; children: ComponentChildren }) {
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
      <span class="bl-visually-hidden"> {t("opensInNewTab")}</span>
    </a>
  );
}
