/**
 * When no row recognises a failure: "onhold" if the server said something Bounce Lens cannot
 * place, "undefined" if the bounce gives no answer and no code at all (the shared vocabulary's
 * distinction, as Sisimai draws it).
 */
import { describe, expect, it } from "vitest";
import { explainFailure } from "../../../src/engine/index";
import { failureOf } from "./rows";

describe("nothing recognised", () => {
  it("is onhold when the server's words name no known cause", () => {
    const e = explainFailure(failureOf("エラー(テストメッセージとしての)"));
    expect(e.reason).toBe("onhold");
    expect(e.ruleId).toBe("fallback/onhold");
  });

  it("is undefined when the bounce carries no answer and no code", () => {
    const e = explainFailure(failureOf(""));
    expect(e.reason).toBe("undefined");
    expect(e.ruleId).toBe("fallback/undefined");
    expect(e.summary).toContain("no server answer");
    expect(e.advice.length).toBeGreaterThan(0);
  });

  it("lets a code decide when there are no words", () => {
    expect(explainFailure(failureOf("", { status: "5.2.2" })).reason).toBe("mailboxfull");
  });
});
