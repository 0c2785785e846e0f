import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

/** A positive DSN: every recipient was delivered, relayed or expanded. */
function positiveDsn(actions: string[]): string {
  const blocks = actions.map((action, i) =>
    [`Final-Recipient: rfc822; user${i}@example.com`, `Action: ${action}`, "Status: 2.0.0", ""].join("\r\n"),
  );
  return [
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
    "To: alice@example.org",
    "Subject: Successful Mail Delivery Report",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    "",
    "--B",
    "Content-Type: text/plain",
    "",
    "Your message was successfully delivered to the destination(s) listed below.",
    "--B",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mx.example.net",
    "",
    ...blocks,
    "--B--",
    "",
  ].join("\r\n");
}

describe("messages that are not bounces", () => {
  it.each(["is-not-bounce-01.eml", "is-not-bounce-02.eml", "rb-issue-368-bug.eml"])(
    "never reports %s as a bounce",
    async (name) => {
      const result = await readBounce(fixture(name));
      expect(result.bounce).toBe(false);
      expect(result.failures).toEqual([]);
      expect(result.error).toBeNull();
    },
  );

  it.each([["delivered"], ["relayed"], ["expanded"]])("reads a DSN saying %s as delivered", async (action) => {
    const result = await readBounce(positiveDsn([action, action]));
    expect(result.kind).toBe("delivered");
    expect(result.bounce).toBe(false);
    expect(result.failures).toEqual([]);
  });

  it("reads a DSN with one failed recipient among delivered ones as a bounce", async () => {
    const result = await readBounce(
      positiveDsn(["delivered", "failed"]).replace(/Status: 2\.0\.0(?![\s\S]*Status)/, "Status: 5.1.1"),
    );
    expect(result.kind).toBe("bounce");
    expect(result.failures.some((f) => f.permanent && f.status === "5.1.1")).toBe(true);
  });

  it("reads a broken bounce from the odd-mail folder without throwing", async () => {
    const result = await readBounce(fixture("make-test-35.eml"));
    expect(result.error).toBeNull();
    expect(result.kind).toBe("bounce");
    const [f] = result.failures;
    expect(f?.recipient).toBe("mailer-program@example.jp");
    expect(f?.diagnostic).toContain("Permission denied");
    expect(f?.replyCode).toBeNull();
  });
});
