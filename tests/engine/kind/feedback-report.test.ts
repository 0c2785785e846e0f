import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("feedback-loop reports", () => {
  it("reads an ARF report's type, complained-about recipient and reporter", async () => {
    const result = await readBounce(fixture("arf-01.eml"));
    expect(result.kind).toBe("feedback");
    expect(result.bounce).toBe(false);
    expect(result.failures).toEqual([]);
    expect(result.feedback).toEqual({
      type: "abuse",
      recipient: "redacted@example.net",
      recipients: ["redacted@example.net"],
      reporter: "example.ed.jp",
    });
  });

  it("reads an opt-out report's Removal-Recipient", async () => {
    const result = await readBounce(fixture("arf-12.eml"));
    expect(result.kind).toBe("feedback");
    expect(result.feedback?.type).toBe("opt-out");
    expect(result.feedback?.recipient).toBe("user@example.com");
  });

  it("lists every Original-Rcpt-To field, the first as the recipient", async () => {
    const result = await readBounce(fixture("arf-16.eml"));
    expect(result.feedback?.recipient).toBe("kijitora@example.com");
    expect(result.feedback?.recipients).toEqual([
      "kijitora@example.com",
      "sironeko@example.com",
      "mikeneko@example.com",
      "sabatora@example.com",
      "sirokiji@example.org",
      "kuroneko@example.com",
      "sabineko@example.com",
    ]);
  });

  it("reads Microsoft's JMRP complaint, which is not ARF", async () => {
    const result = await readBounce(fixture("arf-22.eml"));
    expect(result.kind).toBe("feedback");
    expect(result.feedback).toEqual({
      type: "abuse",
      recipient: "kijitora@example.com",
      recipients: ["kijitora@example.com"],
      reporter: "hotmail.com",
    });
  });

  it("reads Apple Mail's unsubscribe message as an opt-out, not as an auto-reply", async () => {
    const result = await readBounce(fixture("arf-26.eml"));
    expect(result.kind).toBe("feedback");
    expect(result.autoReply).toBeNull();
    expect(result.feedback).toEqual({
      type: "opt-out",
      recipient: "example@icloud.com",
      recipients: ["example@icloud.com"],
      reporter: "icloud.com",
    });
  });

  it("reads the report pasted as text, fields and returned message included", async () => {
    const message = await toMessage(fixture("arf-01.eml"));
    const pasted = `${message.text}\n\n${message.feedbackReport ?? ""}\n\n${message.originalHeaders}`;
    const result = await readBounce(pasted);
    expect(result.kind).toBe("feedback");
    expect(result.feedback?.type).toBe("abuse");
    expect(result.feedback?.recipient).toBe("redacted@example.net");
  });

  it("recognises the human-readable part of a report pasted alone", async () => {
    const abuse = await readBounce((await toMessage(fixture("arf-01.eml"))).text);
    expect(abuse.kind).toBe("feedback");
    expect(abuse.feedback).toEqual({ type: "abuse", recipient: null, recipients: [], reporter: null });
    const optOut = await readBounce((await toMessage(fixture("arf-12.eml"))).text);
    expect(optOut.feedback?.type).toBe("opt-out");
    const unsubscribe = await readBounce((await toMessage(fixture("arf-26.eml"))).text);
    expect(unsubscribe.feedback?.type).toBe("opt-out");
  });

  it("reads ARF fields written in the body of a message that is not multipart", async () => {
    const raw = [
      "From: fbl@reports.example.net",
      "To: abuse@example.org",
      "Subject: Abuse report",
      "Content-Type: text/plain; charset=us-ascii",
      "",
      "This is an email abuse report for a message received from 192.0.2.1.",
      "",
      "Feedback-Type: fraud",
      "User-Agent: ExampleFBL/2.0",
      "Version: 1",
      "Original-Rcpt-To: <bob@example.com>",
      "Reported-Domain: example.org",
      "",
    ].join("\r\n");
    const result = await readBounce(raw);
    expect(result.kind).toBe("feedback");
    expect(result.feedback).toEqual({
      type: "fraud",
      recipient: "bob@example.com",
      recipients: ["bob@example.com"],
      reporter: "example.org",
    });
  });
});
