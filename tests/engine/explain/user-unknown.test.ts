/**
 * "User unknown" as the shared vocabulary reads it: the address itself was refused (userunknown)
 * when the refusal answered RCPT TO or its code is 5.1.x; refused after the message was sent, or
 * with nothing to tell which, it counts as filtered, and the explanation says what that may mean.
 */
import { describe, expect, it } from "vitest";
import { explainFailure } from "../../../src/engine/index";
import { failureOf } from "./rows";

const explain = (text: string, context: Parameters<typeof failureOf>[1] = {}) =>
  explainFailure(failureOf(text, context));

describe("user unknown", () => {
  it("is userunknown in answer to RCPT TO, whatever the code", () => {
    expect(explain("550 User unknown", { command: "RCPT" }).reason).toBe("userunknown");
    expect(explain("550 5.2.1 <bob@example.com>... User Unknown", { command: "RCPT" }).reason).toBe("userunknown");
  });

  it("is userunknown under a 5.1.x code, whatever the step", () => {
    const e = explain("550 5.1.1 <bob@example.com>... User unknown");
    expect(e.reason).toBe("userunknown");
    expect(e.ruleId).toBe("phrases/user-unknown-by-code");
  });

  it("is filtered after DATA: the address had been accepted", () => {
    const e = explain("550 Unknown user bob@example.net", { command: "DATA" });
    expect(e.reason).toBe("filtered");
    expect(e.summary).toContain("after it was sent");
    expect(e.summary).toContain("no longer exists");
  });

  it("is filtered when nothing tells the step or the code, and says both readings", () => {
    const e = explain("550 Unknown user bob@example.co.jp");
    expect(e.reason).toBe("filtered");
    expect(e.ruleId).toBe("phrases/user-unknown-unconfirmed");
    expect(e.summary).toContain("may not exist");
    expect(e.summary).toContain("filter");
    expect(e.advice[0]).toContain("typos");
    expect(e.actor).toBe("sender");
    expect(e.reasonLabel).toContain("or the address is closed");
  });

  it("offers a correction of a mistyped domain when it may be the address", () => {
    expect(explain("550 No such user", { recipient: "anna@gmial.com" }).suggestion).toBe("anna@gmail.com");
  });

  it("stays userunknown for a temporary refusal, which is retried", () => {
    expect(explain("450 <bob@example.com>: User unknown; try again later").reason).toBe("userunknown");
  });

  it("stays userunknown for wording that names the mailbox or address as missing", () => {
    expect(explain("550 <bob@example.com>: Requested action not taken: mailbox unavailable").reason).toBe(
      "userunknown",
    );
    expect(explain("550 Mailbox not found.").reason).toBe("userunknown");
  });

  it("takes a server's own verdict on its own users as it is", () => {
    expect(explain("Unknown user: bob@example.com", { format: "imail" }).reason).toBe("userunknown");
    expect(explain("554 <bob@example.net>... Service unavailable (mail.local: unknown user: bob)").reason).toBe(
      "userunknown",
    );
    expect(
      explain("The recipient name is not recognized MSEXCH:IMS:ORG:SITE:SERVER 0 (000C05A6) Unknown Recipient").reason,
    ).toBe("userunknown");
  });

  it("reads au's two answers by the recipient's domain", () => {
    const filtered = explain("550 : User unknown", { recipient: "bob@ezweb.ne.jp" });
    expect(filtered.reason).toBe("filtered");
    expect(filtered.ruleId).toBe("au-kddi/filtered");
    expect(filtered.summary).toContain("may well exist");
    const missing = explain("550 <bob@au.com>: User unknown", { recipient: "bob@au.com" });
    expect(missing.reason).toBe("userunknown");
    expect(missing.ruleId).toBe("au-kddi/user-unknown");
    // The same words elsewhere are not au's.
    expect(explain("550 <bob@example.com>: User unknown").ruleId).not.toMatch(/^au-kddi\//);
  });
});
