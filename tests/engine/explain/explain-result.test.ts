/**
 * explainResult writes each explained failure out as one object (for speed): it must be exactly
 * the failure merged with its explanation, same fields in the same order.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainFailure, explainResult, readBounce } from "../../../src/engine/index";

const CORPUS = join(__dirname, "..", "..", "fixtures", "corpus");

describe("explainResult", () => {
  it("gives each failure merged with its explanation", async () => {
    let failures = 0;
    let withDiagnosticType = 0;
    for (const name of readdirSync(CORPUS).filter((n) => n.endsWith(".eml"))) {
      const read = await readBounce(new Uint8Array(readFileSync(join(CORPUS, name))));
      const result = explainResult(read);
      expect(result.failures).toHaveLength(read.failures.length);
      read.failures.forEach((failure, i) => {
        const merged = Object.assign({}, failure, explainFailure(failure));
        const written = result.failures[i];
        expect(Object.keys(written as object)).toEqual(Object.keys(merged));
        expect(written).toStrictEqual(merged);
        failures++;
        if (failure.diagnosticType !== undefined) withDiagnosticType++;
      });
    }
    // Both shapes are exercised: with and without a DSN's diagnostic type.
    expect(failures).toBeGreaterThan(100);
    expect(withDiagnosticType).toBeGreaterThan(10);
    expect(withDiagnosticType).toBeLessThan(failures);
  });
});
