import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

const fixture = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));

describe("sendmail-v5 reader", () => {
  it("reads every recipient line, each with the remote reply that came before it", async () => {
    const result = await readBounce(fixture("lhost-v5sendmail-05.eml"));
    expect(result.kind).toBe("bounce");
    expect(result.format).toBe("sendmail-v5");
    expect(result.failures.map((f) => [f.recipient, f.replyCode, f.command])).toEqual([
      ["kijitora@example.edu", "550", "DATA"],
      ["kuroneko@example.or.jp", "550", null],
      ["kijitora@example.org", "550", null],
      ["mikeneko@example.co.jp", "550", "RCPT"],
    ]);
    const [redundant, hostUnknown, , noSuchUser] = result.failures;
    expect(redundant?.diagnostic).toContain("Your E-Mail is redundant");
    expect(hostUnknown?.diagnostic).toBe("550 Host unknown (Authoritative answer from name server)");
    expect(noSuchUser?.diagnostic).toBe("550 Requested User Mailbox not found. No such user here.");
    for (const f of result.failures) {
      expect(f.status).toBeNull();
      expect(f.permanent).toBe(true);
    }
  });

  it("takes the recipient from the returned message when no line names one", async () => {
    const result = await readBounce(fixture("lhost-v5sendmail-01.eml"));
    expect(result.format).toBe("sendmail-v5");
    const [f] = result.failures;
    expect(f?.recipient).toBe("kijitora@example.com");
    expect(f?.replyCode).toBe("421");
    expect(f?.status).toBeNull();
    expect(f?.diagnostic).toContain("Connection timed out during user open with example.com");
    // A returned message: version 5 has stopped trying.
    expect(f?.permanent).toBe(true);
  });
});
