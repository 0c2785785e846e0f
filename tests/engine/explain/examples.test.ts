/**
 * Every row of every table carries real examples, and each example is decided by that very row:
 * a row that a more general one shadows, or an example that no longer matches, fails here.
 */
import { describe, expect, it } from "vitest";
import { explainFailure } from "../../../src/engine/index";
import { allRows, failureOf } from "./rows";

const rows = allRows();

describe("every table row decides its own examples", () => {
  it("has rows", () => {
    expect(rows.length).toBeGreaterThan(300);
  });

  it.each(rows.map((r) => [r.id, r] as const))("%s", (_id, row) => {
    expect(row.examples.length, `${row.id} has no example`).toBeGreaterThan(0);
    for (const example of row.examples) {
      const explanation = explainFailure(failureOf(example, row.context));
      expect(explanation.ruleId, example).toBe(row.id);
      expect(explanation.reason, example).toBe(row.reason);
    }
  });
});
