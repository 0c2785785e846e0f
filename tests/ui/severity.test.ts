import { describe, expect, it } from "vitest";
import { bySeverity } from "../../src/ui/severity";

describe("bySeverity", () => {
  it("puts the most severe first and keeps the bounce's order among equals", () => {
    const items = [
      { id: "a", severity: "low" },
      { id: "b", severity: "critical" },
      { id: "c", severity: "medium" },
      { id: "d", severity: "low" },
      { id: "e", severity: "high" },
    ] as const;
    expect(bySeverity(items).map((item) => item.id)).toEqual(["b", "e", "c", "a", "d"]);
  });
});
