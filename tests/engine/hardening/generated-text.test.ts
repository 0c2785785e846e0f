/**
 * Generated input: text assembled from the pieces bounces are made of (codes, DSN fields, MIME
 * headers and boundaries, readers' landmark phrases, addresses, links) mixed with random Unicode,
 * controls and binary, so that the readers' deeper paths are reached with nonsense around them.
 * Also hostile diagnostics: spoofed addresses and lookalike links, whose results must show the
 * address without hidden characters and link only to vetted pages.
 */
import { describe, expect, it } from "vitest";
import { INVISIBLES, LOOKALIKES } from "./mutate";
import { explainWithin, fc, params } from "./params";
import { assertWellFormed } from "./well-formed";

const PIECES = [
  "550",
  "550-",
  "5.1.1",
  "4.2.2",
  "554 5.7.1",
  "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
  "smtp; 550 5.1.1 <bob@example.com>... User unknown",
  "Final-Recipient: rfc822; bob@example.com",
  "Original-Recipient: rfc822;",
  "Action: failed",
  "Action: delayed",
  "Action: delivered",
  "Status: 5.1.1",
  "Diagnostic-Code: smtp; 550",
  "Remote-MTA: dns; mx.example.net",
  "Reporting-MTA: dns; mail.example.org",
  "X-Failed-Recipients: ",
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  "Content-Type: message/delivery-status",
  "Content-Type: message/feedback-report",
  "Content-Type: message/rfc822",
  "Content-Transfer-Encoding: base64",
  "Content-Transfer-Encoding: quoted-printable",
  "=?utf-8?B?",
  "=?iso-2022-jp?Q?",
  "--B",
  "--B--",
  "From: MAILER-DAEMON@example.org",
  "From: Mail Delivery System <mailer-daemon@googlemail.com>",
  "Subject: Undelivered Mail Returned to Sender",
  "Auto-Submitted: auto-replied",
  "Feedback-Type: abuse",
  "This is the mail system at host mail.example.org.",
  "<bob@example.com>: host mx.example.net[192.0.2.1] said:",
  "(in reply to RCPT TO command)",
  "Address not found",
  "The response from the remote server was:",
  "Your message to bob@example.com couldn't be delivered.",
  "Delivery has failed to these recipients or groups:",
  "Diagnostic information for administrators:",
  "Remote server returned '550 5.1.1'",
  "SMTP error from remote mail server after RCPT TO:<bob@example.com>:",
  "----- Transcript of session follows -----",
  "Hi. This is the qmail-send program at example.org.",
  "https://support.google.com/mail/?p=NoSuchUser",
  "http://www.spamhaus.org/query/ip/192.0.2.1",
  "listed at zen.spamhaus.org",
  "bob@gmial.com",
  "@",
  "<",
  ">",
  "[",
  "]",
  ":",
  ";",
  "\n",
  "\r\n",
  "\r",
  "\n\n",
  " ",
  "\t",
  "\u0000",
  "\u202e",
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.emailAddress() },
);

const bounceLikeText = fc.array(piece, { maxLength: 120 }).map((pieces) => pieces.join(""));

const clean = (text: string) => text.replace(/[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, "");

/** An address with lookalike letters and hidden characters put in. */
const spoofedAddress = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/),
    fc.constantFrom("gmail.com", "example.com", "outlook.com", "yahoo.co.jp", "gmial.com"),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLES)), { maxLength: 4 }),
    fc.array(fc.nat(), { maxLength: 2 }),
  )
  .map(([local, domain, hidden, lookalikes]) => {
    const chars = [...`${local}@${domain}`];
    for (const n of lookalikes) {
      const i = n % chars.length;
      chars[i] = LOOKALIKES[chars[i] as string] ?? (chars[i] as string);
    }
    for (const [n, ch] of hidden) chars.splice(n % (chars.length + 1), 0, ch);
    return chars.join("");
  });

/** Links a hostile server could print: on a trusted help domain or pretending to be. */
const hostileLink = fc.constantFrom(
  "https://support.google.com/mail/?p=NoSuchUser",
  "https://support.google.com:443@evil.example/",
  "https://support.google.com:@evil.example/x",
  "https://support.google.com.evil.example/mail",
  "https://evil.example/support.google.com/",
  "https://evil.example@support.google.com/",
  "https://support.google.com\\@evil.example/",
  "https://support\u3002google.com/",
  "https://supp\u043ert.google.com/",
  "https://support.google.com/\u202egro.live",
  "https://xn--support-google-com.evil.example/",
  "http://support.google.com/mail/answer/6596",
  "javascript:alert(1)//https://support.google.com/",
  "data:text/html,<script>alert(1)</script>",
  "https://learn.microsoft.com/exchange/x?u=https://evil.example",
  "https://www.spamhaus.org/query/ip/192.0.2.1",
  "https://www.spamhaus.org:8080/query/ip/192.0.2.1",
  "https://www.spamhaus.org:80@evil.example/",
);

describe("generated input", () => {
  it("text assembled from bounce pieces and noise, as text and as bytes", async () => {
    await fc.assert(
      fc.asyncProperty(bounceLikeText, fc.boolean(), async (text, asBytes) => {
        const input = asBytes ? new TextEncoder().encode(text) : text;
        assertWellFormed(await explainWithin(input), input);
      }),
      params(1000),
    );
  }, 60_000);

  it("a spoofed address in a reply is read without its hidden characters, or not at all", async () => {
    await fc.assert(
      fc.asyncProperty(spoofedAddress, hostileLink, async (address, link) => {
        const text = `<${address}>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <${address}>: Recipient address rejected: User unknown ${link} (in reply to RCPT TO command)`;
        const result = await explainWithin(text);
        assertWellFormed(result, text);
        // Read without the hidden characters, lookalike letters kept (they make another address);
        // or not read at all where one splits it (JavaScript counts U+FEFF as white space).
        const expected = clean(address).replace(/@.*/, (domain) => domain.toLowerCase());
        for (const f of result.failures) expect([expected, null]).toContain(f.recipient);
        expect(result.failures.length).toBeGreaterThan(0);
      }),
      params(300),
    );
  }, 60_000);

  it("a DSN with spoofed addresses and hostile links, as a raw message", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(spoofedAddress, hostileLink), { minLength: 1, maxLength: 5 }),
        async (rows) => {
          const blocks = rows
            .map(
              ([a, l]) =>
                `Final-Recipient: rfc822; ${a}\nAction: failed\nStatus: 5.7.1\nDiagnostic-Code: smtp; 550 5.7.1 rejected, see ${l}\n`,
            )
            .join("\n");
          const raw = `From: MAILER-DAEMON@example.org\nSubject: Delivery Status Notification (Failure)\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n--B\nContent-Type: text/plain; charset=utf-8\n\nDelivery failed.\n--B\nContent-Type: message/delivery-status; charset=utf-8\n\nReporting-MTA: dns; mail.example.org\n\n${blocks}\n--B--\n`;
          const input = new TextEncoder().encode(raw);
          assertWellFormed(await explainWithin(input), input);
        },
      ),
      params(200),
    );
  }, 60_000);
});
