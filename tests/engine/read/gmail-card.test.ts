import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";
import { htmlToText } from "../../../src/engine/message/html-to-text";
import type { Failure } from "../../../src/engine/types";

const corpus = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));
const webmail = (name: string) => readFileSync(join(__dirname, "../../fixtures/webmail", name), "utf8");
/** The card as Gmail shows it: the text of its HTML part. */
const shownCard = (name: string) => htmlToText(corpus(`${name}.part1.html`).toString("utf8"));

const essentials = (f: Failure) => [f.recipient, f.status, f.replyCode, f.diagnostic, f.permanent];

describe("gmail-card reader: raw messages", () => {
  it("reads 'Address not found' with the remote server's reply", async () => {
    const result = await readBounce(corpus("rhost-gsuite-14.eml"));
    expect(result.format).toBe("gmail-card");
    expect(result.kind).toBe("bounce");
    const [f] = result.failures;
    expect(f?.recipient).toBe("libsisimai-2@googlegroups.com");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toMatch(/^550 5\.1\.1 The email account that you tried to reach does not exist\./);
    expect(f?.diagnostic).toMatch(/- gsmtp$/);
    expect(f?.permanent).toBe(true);
  });

  it("takes the enhanced code of the reply over the DSN's unspecific 5.0.0", async () => {
    const [f] = (await readBounce(corpus("rhost-gsuite-01.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@example.de");
    expect(f?.status).toBe("5.1.0");
    expect(f?.diagnostic).toBe("550 #5.1.0 Address rejected.");
  });

  it("keeps the card's sentence as the reason when no response follows", async () => {
    const [f] = (await readBounce(corpus("rhost-gsuite-02.eml"))).failures;
    expect(f?.recipient).toBe("kijitora@example.it");
    expect(f?.status).toBe("5.0.0");
    expect(f?.diagnostic).toMatch(
      /^Your message wasn't delivered to kijitora@example\.it because the address couldn't/,
    );
  });

  it("reads 'Delivery incomplete' as a delay and 'Message not delivered' as final", async () => {
    const delay = await readBounce(corpus("rhost-gsuite-06.eml"));
    expect(delay.kind).toBe("delay");
    expect(delay.failures.map((f) => [f.recipient, f.status, f.permanent])).toEqual([
      ["sotoneko@nora.nyaan.jp", "4.4.1", false],
    ]);
    const failed = await readBounce(corpus("rhost-gsuite-07.eml"));
    expect(failed.kind).toBe("bounce");
    expect(failed.failures.map((f) => [f.recipient, f.status, f.permanent])).toEqual([
      ["siro@neko1.nyaan.jp", "4.4.1", true],
    ]);
    expect(failed.failures[0]?.diagnostic).toBe(
      "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [neko1.nyaan.jp 192.0.2.222: timed out]",
    );
  });

  it("joins Gmail's own multi-line response and keeps Google Groups' explanation whole", async () => {
    const [dns] = (await readBounce(corpus("rhost-gsuite-13.eml"))).failures;
    expect(dns?.recipient).toBe("nekonyaan@gmal.com");
    expect(dns?.diagnostic).toMatch(
      /^DNS Error: 16578478 DNS type 'mx' lookup of gmal\.com responded with code NOERROR 16578478/,
    );
    const [group] = (await readBounce(corpus("rhost-gsuite-12.eml"))).failures;
    expect(group?.recipient).toBe("kijitora@example.com");
    expect(group?.diagnostic).toMatch(
      /was rejected due to spam classification\..*https:\/\/support\.google\.com\/a\/answer\/168383\.$/,
    );
  });

  it("takes X-Failed-Recipients when the card names no address", async () => {
    const [f] = (await readBounce(corpus("lhost-googleworkspace-01.eml"))).failures;
    expect(f?.format).toBe("gmail-card");
    expect(f?.recipient).toBe("neko-nyaan-cat-meeting@google-groups.example.com");
    expect(f?.diagnostic).toBe("Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability");
  });

  it("gives the same failures from the card Gmail shows as from the raw message", async () => {
    for (const name of ["rhost-gsuite-14", "rhost-gsuite-11"]) {
      const raw = await readBounce(corpus(`${name}.eml`));
      const shown = await readBounce(shownCard(name));
      expect(shown.format, name).toBe("gmail-card");
      expect(shown.failures.map(essentials), name).toEqual(raw.failures.map(essentials));
    }
    // Without the DSN part the text has no status, but the same recipient, reason and finality.
    for (const name of ["rhost-gsuite-06", "rhost-gsuite-07", "rhost-gsuite-13"]) {
      const raw = await readBounce(corpus(`${name}.eml`));
      const shown = await readBounce(shownCard(name));
      const seen = (f: Failure) => [f.recipient, f.diagnostic, f.permanent];
      expect(shown.failures.map(seen), name).toEqual(raw.failures.map(seen));
    }
  });

  it("reads a card without any address as one failure of an unnamed recipient", async () => {
    const result = await readBounce(shownCard("lhost-googleworkspace-01"));
    expect(result.format).toBe("gmail-card");
    expect(result.failures.map(essentials)).toEqual([
      [null, null, null, "Unspecified Error (SENT_SECOND_EHLO): Smtp server does not advertise AUTH capability", true],
    ]);
  });
});

describe("gmail-card reader: webmail text", () => {
  it("reads 'Address not found' and 'The response from the remote server was:'", async () => {
    const result = await readBounce(webmail("gmail-address-not-found.txt"));
    expect(result.format).toBe("gmail-card");
    expect(result.failures.map(essentials)).toEqual([
      [
        "anna.schmidt@example.de",
        "5.1.1",
        "550",
        "550 5.1.1 <anna.schmidt@example.de>: Recipient address rejected: User unknown in virtual mailbox table",
        true,
      ],
    ]);
  });

  it("reads a domain that could not be found ('The response was:')", async () => {
    const result = await readBounce(webmail("gmail-address-not-found-domain.txt"));
    expect(result.failures.map(essentials)).toEqual([
      [
        "orders@exmaple.com",
        null,
        null,
        "DNS Error: 27438561 DNS type 'mx' lookup of exmaple.com responded with code NXDOMAIN Domain name not found: exmaple.com",
        true,
      ],
    ]);
  });

  it("joins a multi-line 550-5.7.26 reply into one and stops at the original message", async () => {
    const [f] = (await readBounce(webmail("gmail-message-not-delivered-5.7.26.txt"))).failures;
    expect(f?.recipient).toBe("billing@partner.example.net");
    expect(f?.status).toBe("5.7.26");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe(
      "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [news.example.org] with ip: [198.51.100.23] = did not pass For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication a1-20020a05600c000000b0040e9c4e4d1bsi123456wmq.42 - gsmtp",
    );
    expect(f?.permanent).toBe(true);
  });

  it("reads 'Message blocked'", async () => {
    const [f] = (await readBounce(webmail("gmail-message-blocked.txt"))).failures;
    expect(f?.recipient).toBe("hr@corp.example.com");
    expect(f?.status).toBe("5.7.0");
    expect(f?.replyCode).toBe("552");
    expect(f?.diagnostic).toMatch(
      /^552 5\.7\.0 This message was blocked because its content presents a potential security issue\./,
    );
    expect(f?.permanent).toBe(true);
  });

  it("reads 'Delivery incomplete' and 'Gmail will retry for N more hours' as a delay", async () => {
    const timedOut = await readBounce(webmail("gmail-delivery-incomplete.txt"));
    expect(timedOut.kind).toBe("delay");
    expect(timedOut.failures.map(essentials)).toEqual([
      [
        "support@slow.example.org",
        null,
        null,
        "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.slow.example.org 203.0.113.40: timed out]",
        false,
      ],
    ]);
    const greylisted = await readBounce(webmail("gmail-delivery-incomplete-421.txt"));
    expect(greylisted.kind).toBe("delay");
    expect(greylisted.failures.map((f) => [f.recipient, f.status, f.replyCode, f.permanent])).toEqual([
      ["team@greylist.example.com", "4.7.0", "421", false],
    ]);
  });

  it("reads the text part's '** Address not found **' form", async () => {
    const [f] = (await readBounce(webmail("gmail-text-part.txt"))).failures;
    expect(f?.format).toBe("gmail-card");
    expect(f?.recipient).toBe("kenji@example.jp");
    expect(f?.status).toBe("5.1.1");
  });
});
