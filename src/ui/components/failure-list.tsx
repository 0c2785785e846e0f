import type { ExplainedFailure } from "../../engine/types";
import { bySeverity } from "../severity";
import { type CardVariant, FailureCard } from "./failure-card";

/** One card per failed recipient, most severe first. */
export function FailureList({
  failures,
  variant = "detailed",
  headingLevel = 3,
}: {
  failures: readonly ExplainedFailure[];
  variant?: CardVariant;
  headingLevel?: 2 | 3 | 4 | 5;
}) {
  return (
    <ul class="bl-failures">
      {bySeverity(failures).map((failure, index) => (
        <li key={`${failure.recipient ?? ""}#${index}`}>
          <FailureCard failure={failure} variant={variant} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
