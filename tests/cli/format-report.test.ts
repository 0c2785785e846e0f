/** The command line's report: explanation in plain words, most severe failure first. */
import { describe, expect, it } from "vitest";
import { formatReport } from "../../src/cli/format-report";
import { explainBounce } from "../../src/engine/index";

const TWO_RECIPIENTS = `Reporting-MTA: dns; mail.example.org

Final-Recipient: rfc822; anna@gmial.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <anna@gmial.com>: Recipient address rejected: User unknown in virtual mailbox table

Final-Recipient: rfc822; bob@example.net
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [198.51.100.77] blocked using zen.spamhaus.org
`;

describe("formatReport", () => {
  it("puts the most severe failure first and says what to do", async () => {
    const result = await explainBounce(TWO_RECIPIENTS);
    expect(result.failures.map((f) => f.recipient)).toEqual(["anna@gmial.com", "bob@example.net"]);
    const report = formatReport(result);
    expect(report.indexOf("bob@example.net")).toBeLessThan(report.indexOf("anna@gmial.com"));
    expect(report).toContain("1. bob@example.net: Your sending server is blocked");
    expect(report).toContain("How bad: Critical");
    expect(report).toContain("Who should act: your IT or email service.");
    expect(report).toContain("Check the listing: https://www.spamhaus.org/query/ip/198.51.100.77");
    expect(report).toContain("2. anna@gmial.com: The address does not exist");
    expect(report).toContain("Did you mean anna@gmail.com?");
    expect(report).toContain("What to do:");
  });
});
