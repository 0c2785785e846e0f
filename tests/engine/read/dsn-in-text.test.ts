import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";
import { deliveryStatusInText } from "../../../src/engine/read/formats/dsn-in-text";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("dsn-in-text reader", () => {
  it("reads DSN fields that a broken MIME boundary left in the text, one block per recipient", async () => {
    const result = await readBounce(fixture("rfc3464-35.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("dsn-in-text");
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode, f.action, f.permanent])).toEqual([
      ["kijitora@nyaan.example.com", "5.0.0", "550", "failed", true],
      ["sabatora@cat.example.net", "4.0.0", null, "delayed", false],
      ["mikeneko@neko.example.or.jp", "5.0.0", "550", "failed", true],
    ]);
    // The Diagnostic-Code is folded over two lines in the message.
    expect(result.failures[0]?.diagnostic).toBe("550 'kijitora@nyaan.example.com' is not a registered gateway user");
    expect(result.failures[0]?.remoteMta).toBe("nyaan.example.com");
    // No Diagnostic-Code: the comment on the Status is the reporting server's reason.
    expect(result.failures[1]?.diagnostic).toBe("cat.example.net: host name lookup failure");
  });

  it("reads pasted fields, indented and quoted with '> '", async () => {
    const pasted = [
      "Here is the bounce I got:",
      "",
      "> Reporting-MTA: dns; mx.example.net",
      ">",
      ">   Final-Recipient: rfc822; bob@example.com",
      ">   Action: failed",
      ">   Status: 5.2.2",
      ">   Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
      "",
      "What does it mean?",
    ].join("\n");
    const result = await readBounce(pasted);
    expect(result.format).toBe("dsn-in-text");
    const [f] = result.failures;
    expect(f?.recipient).toBe("bob@example.com");
    expect(f?.status).toBe("5.2.2");
    expect(f?.replyCode).toBe("552");
    expect(f?.diagnostic).toBe("552 5.2.2 Mailbox full");
    expect(f?.reportingMta).toBe("mx.example.net");
  });

  it("finds no DSN in a text without recipient fields", () => {
    expect(deliveryStatusInText("Status: all good\nAction: none needed")).toBeNull();
    expect(deliveryStatusInText("")).toBeNull();
  });
});
