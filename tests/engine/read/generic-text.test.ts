import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const notBounce = (name: string) => readFileSync(join(__dirname, "../../fixtures/not-bounces", name));

describe("generic-text reader: ordinary messages that talk about bounces", () => {
  it.each(["letter-discussing-550.txt", "letter-discussing-550.eml"])(
    "does not report a letter that discusses '550 5.1.1' in its paragraphs (%s)",
    async (name) => {
      const result = await readBounce(notBounce(name));
      expect(result.kind).toBe("none");
      expect(result.bounce).toBe(false);
      expect(result.failures).toEqual([]);
    },
  );

  it.each(["short-note-550-room.txt", "success-reply.txt"])("does not report %s", async (name) => {
    const result = await readBounce(notBounce(name));
    expect(result.kind).toBe("none");
    expect(result.failures).toEqual([]);
  });

  it("still reads a bounce whose reply follows a colon", async () => {
    const text = [
      "This is an automatically generated message. Delivery to the following recipient failed:",
      "",
      "  ines@example.net",
      "",
      "The remote host said: 550 5.1.1 Mailbox does not exist",
      "",
      "Original message follows.",
    ].join("\n");
    const result = await readBounce(text);
    expect(result.format).toBe("generic-text");
    expect(result.failures.map((f) => [f.recipient, f.status, f.replyCode])).toEqual([
      ["ines@example.net", "5.1.1", "550"],
    ]);
  });

  it("leaves a pasted line or two to the diagnostic-line reader", async () => {
    const result = await readBounce("My mail to bob@example.com bounced with 550 5.1.1 user unknown");
    expect(result.format).toBe("diagnostic-line");
    expect(result.failures.map((f) => [f.recipient, f.status])).toEqual([[null, "5.1.1"]]);
  });
});
