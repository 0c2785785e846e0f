/**
 * Bounces whose MIME structure the parser cannot follow on its own: a multipart without the
 * delimiters it announces, a text part whose Content-Type lacks the ";" before its parameters,
 * and a gateway's notice that carries the real bounce (with its DSN part) as an attached message.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";
import { parseMessage } from "../../../src/engine/message/parse-message";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

describe("MIME parts the parser cannot follow", () => {
  it("reads the body of a multipart without delimiters as text", async () => {
    const message = await parseMessage(fixture("lhost-messagingserver-03.eml"));
    expect(message.text).toContain("Your message cannot be delivered to the following recipients:");
  });

  it("reads a text part whose Content-Type has no ';' before its charset", async () => {
    const message = await parseMessage(fixture("lhost-x1-02.eml"));
    expect(message.text).toContain("kijitora@example.org [User unknown]");
    const r = await readBounce(fixture("lhost-x1-02.eml"));
    expect(r.failures.map((f) => [f.recipient, f.diagnostic])).toEqual([["kijitora@example.org", "User unknown"]]);
  });

  it("takes the DSN part of a bounce wrapped as an attached message", async () => {
    const message = await parseMessage(fixture("lhost-x5-01.eml"));
    expect(message.deliveryStatus).toContain("Final-Recipient: RFC822; kijitora@neko.example.org");
    const r = await readBounce(fixture("lhost-x5-01.eml"));
    expect(r.kind).toBe("bounce");
    const f = r.failures[0];
    expect(f?.recipient).toBe("kijitora@neko.example.org");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.permanent).toBe(true);
  });

  it("does not take the DSN part of an attached message when the notice has its own", async () => {
    const message = await parseMessage(fixture("lhost-amazonses-01.eml"));
    expect(message.deliveryStatus).toContain("Reporting-MTA: dns; a192-79.smtp-out.amazonses.com");
  });
});
