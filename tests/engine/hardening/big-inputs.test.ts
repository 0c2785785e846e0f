/**
 * Inputs too big to be honest bounces: a megabyte of header lines, ten thousand recipients in each
 * way bounces list them, ten-megabyte bodies of every kind. Each is read in time, cut where it is
 * over a cap, and says so. The bounds are hang detectors; `npm run bench:hostile` measures.
 */
import { describe, expect, it } from "vitest";
import { MAX_FAILURES, MAX_TEXT_CHARS } from "../../../src/engine/limits";
import { CORPUS } from "./mutate";
import { explainWithin } from "./params";
import { assertWellFormed } from "./well-formed";

const encode = (text: string) => new TextEncoder().encode(text);
const MB = 1024 * 1024;

const fixture = (name: string) => new TextDecoder().decode(CORPUS.find((f) => f.name === name)?.bytes);
const POSTFIX = fixture("lhost-postfix-01.eml");

const HEADER = "From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n";
const report = (text: string, dsn: string) =>
  `${HEADER}Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n--B\nContent-Type: text/plain\n\n${text}\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\n${dsn}\n--B--\n`;

const addresses = (n: number) => Array.from({ length: n }, (_, i) => `user${i}@example.com`);

describe("a megabyte of header lines", () => {
  it.each([
    ["many short lines", "X-Relay: from relay.example.net by mx.example.net with ESMTP id 0123456789\n".repeat(14_000)],
    ["one line folded 14,000 times", `X-Long:${" folded part of one header value\n".repeat(33_000)}`],
    ["one unfolded 1 MB line", `X-Huge: ${"h".repeat(MB)}\n`],
  ])("%s before a real Postfix bounce", { timeout: 30_000 }, async (_name, headers) => {
    const input = encode(headers + POSTFIX);
    expect(input.byteLength).toBeGreaterThan(MB);
    assertWellFormed(await explainWithin(input), input);
  });
});

describe("10,000 recipients", () => {
  const list = addresses(10_000);
  const cases: Array<[string, string | Uint8Array]> = [
    [
      "DSN blocks",
      encode(
        report(
          "Delivery failed.",
          list.map((a) => `Final-Recipient: rfc822; ${a}\nAction: failed\nStatus: 5.1.1\n`).join("\n"),
        ),
      ),
    ],
    [
      "Postfix's text list",
      encode(
        `${HEADER}Content-Type: text/plain\n\nThis is the mail system at host mx.example.net.\n\n${list.map((a) => `<${a}>: host mx.example.com[192.0.2.1] said: 550 5.1.1 user unknown (in reply to RCPT TO command)\n`).join("")}`,
      ),
    ],
    [
      "X-Failed-Recipients",
      encode(
        `${HEADER}X-Failed-Recipients: ${list.join(",\n ")}\nContent-Type: text/plain\n\nMail delivery failed: returning message to sender\n`,
      ),
    ],
    [
      "a pasted Exim list",
      `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n${list.map((a) => `  ${a}\n    host mx.example.com [192.0.2.1]\n    SMTP error from remote mail server after RCPT TO:<${a}>:\n    550 5.1.1 user unknown\n`).join("")}`,
    ],
    [
      "a pasted Exchange list",
      `Delivery has failed to these recipients or groups:\n\n${list.map((a) => `${a} (${a})\nThe email address you entered couldn't be found.\n`).join("")}\nDiagnostic information for administrators:\n\n${list.map((a) => `${a}\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n`).join("")}`,
    ],
    ["one line of addresses", `550 5.1.1 user unknown: ${list.join(", ")}`],
  ];

  it.each(cases)(
    "%s: at most MAX_FAILURES failures, and the result says it was cut",
    { timeout: 30_000 },
    async (_name, input) => {
      const result = await explainWithin(input);
      assertWellFormed(result, input);
      // Ten thousand recipients are over the failure cap, or the text holding them over a size cap.
      expect(result.truncated || result.failures.length < MAX_FAILURES).toBe(true);
      if (result.failures.length === MAX_FAILURES) expect(result.truncated).toBe(true);
    },
  );

  it("a DSN with 10,000 recipients gives exactly MAX_FAILURES explained failures", { timeout: 30_000 }, async () => {
    const input = cases[0]?.[1] as Uint8Array;
    const result = await explainWithin(input);
    expect(result.failures).toHaveLength(MAX_FAILURES);
    expect(result.truncated).toBe(true);
    expect(result.failures.every((f) => f.reason === "userunknown")).toBe(true);
  });
});

describe("ten-megabyte bodies", () => {
  const ten = 10 * MB;
  const base64 = Buffer.from("x".repeat((ten * 3) / 4))
    .toString("base64")
    .replace(/.{76}/g, "$&\n");
  const cases: Array<[string, string | Uint8Array]> = [
    ["a raw bounce with a 10 MB text part", encode(`${POSTFIX}\n${"y".repeat(ten)}\n`)],
    [
      "a raw bounce returning a 10 MB base64 attachment",
      encode(
        report(
          "<bob@example.com>: 550 5.1.1 user unknown",
          "Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.1.1\n\n--B\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n" +
            base64,
        ).replace(/\n--B--\n$/, ""),
      ),
    ],
    [
      "a raw bounce returning a 10 MB original message",
      encode(
        report(
          "<bob@example.com>: 550 5.1.1 user unknown",
          "Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.1.1\n",
        ).replace(/--B--\n$/, `--B\nContent-Type: message/rfc822\n\nSubject: big\n\n${"z".repeat(ten)}\n--B--\n`),
      ),
    ],
    [
      "10 MB of pasted text after a diagnostic",
      `550 5.1.1 <bob@example.com>: user unknown\n${"word ".repeat(ten / 5)}`,
    ],
    ["10 MB on one line", `550 5.1.1 <bob@example.com>: user unknown ${"x".repeat(ten)}`],
    ["10 MB of NUL bytes", new Uint8Array(ten)],
    ["10 MB of NUL characters after a header", `${HEADER}\n${"\u0000".repeat(ten)}`],
    ["10 MB of right-to-left overrides and zero-width joiners", "\u202e\u200d".repeat(ten / 2)],
    ["10 MB of angle brackets and at signs", "<@".repeat(ten / 2)],
    ["10 MB of status codes", "550 5.1.1 ".repeat(ten / 10)],
  ];

  it.each(cases)("%s is cut, read in time and flagged", { timeout: 30_000 }, async (_name, input) => {
    const result = await explainWithin(input);
    assertWellFormed(result, input);
    expect(result.truncated).toBe(true);
  });

  it("a pasted Postfix bounce just over the text cap is read and flagged", async () => {
    const pasted = `This is the mail system at host mx.example.net.\n\n<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n\n`;
    const input = pasted + "filler line of the returned message\n".repeat(MAX_TEXT_CHARS / 30);
    const result = await explainWithin(input);
    assertWellFormed(result, input);
    expect(result.truncated).toBe(true);
    expect(result.failures.map((f) => f.recipient)).toEqual(["bob@example.com"]);
  });
});
