import { describe, expect, it } from "vitest";
import { summaryText } from "../../src/ui/summary-text";
import { failure, spamhausBlock } from "./fixtures";

describe("summaryText", () => {
  it("explains one failure completely, in plain text, for someone without the extension", () => {
    expect(summaryText(failure())).toBe(
      [
        "An email did not reach bob@gmial.com.",
        "",
        "Cause: The address does not exist",
        "Gmail has no mailbox at this address; check it for a typo.",
        "Severity: Low",
        "Who acts: You, the sender",
        "Provider: Google (Gmail)",
        "Did you mean: bob@gmail.com",
        "Code: 550 5.1.1",
        "Refused by: gmail-smtp-in.l.google.com",
        "",
        "What to do:",
        "1. Check the address for a typo.",
        "2. Ask the recipient for a current address.",
        "",
        "Official help:",
        "- Gmail SMTP error reference: https://support.google.com/a/answer/3726730",
        "",
        "Server’s reply, as written:",
        "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos.",
        "",
        "Explained by Bounce Lens (rule google/no-such-user).",
      ].join("\n"),
    );
  });

  it("names the blocklist with its page, and copes with an unnamed recipient", () => {
    const text = summaryText({ ...spamhausBlock, recipient: null });
    expect(text.startsWith("An email was not delivered.")).toBe(true);
    expect(text).toContain("Blocklist: Spamhaus ZEN (https://check.spamhaus.org/)");
    expect(text).toContain("Severity: Critical");
  });
});
