import { describe, expect, it } from "vitest";
import { readBounce } from "../../../src/engine/index";

async function one(text: string) {
  const result = await readBounce(text);
  expect(result.format).toBe("diagnostic-line");
  expect(result.failures).toHaveLength(1);
  return result.failures[0];
}

describe("diagnostic-line reader: the forms of one pasted line", () => {
  it("reads a bare reply", async () => {
    const f = await one(
      "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table",
    );
    expect(f?.recipient).toBe("bob@example.com");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe(
      "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table",
    );
    expect(f?.permanent).toBe(true);
  });

  it("reads a leading 'smtp;'", async () => {
    const f = await one("smtp;550 5.2.1 <carol@example.net>... Addressee unknown, relay=[192.0.2.1]");
    expect(f?.recipient).toBe("carol@example.net");
    expect(f?.status).toBe("5.2.1");
    expect(f?.diagnostic).toBe("550 5.2.1 <carol@example.net>... Addressee unknown, relay=[192.0.2.1]");
  });

  it("reads 'Diagnostic-Code: smtp;'", async () => {
    const f = await one("Diagnostic-Code: smtp; 552 5.2.2 <dave@example.org>: Mailbox full");
    expect(f?.recipient).toBe("dave@example.org");
    expect(f?.status).toBe("5.2.2");
    expect(f?.replyCode).toBe("552");
    expect(f?.diagnostic).toBe("552 5.2.2 <dave@example.org>: Mailbox full");
  });

  it("reads a quoted reply", async () => {
    const f = await one(`"550 5.7.1 Service unavailable; client [203.0.113.7] blocked using zen.spamhaus.org"`);
    expect(f?.status).toBe("5.7.1");
    expect(f?.diagnostic).toBe("550 5.7.1 Service unavailable; client [203.0.113.7] blocked using zen.spamhaus.org");
    expect(f?.recipient).toBeNull();
  });

  it("reads Exchange's \"Remote Server returned '...'\"", async () => {
    const f = await one(
      "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
    );
    expect(f?.status).toBe("5.1.10");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup");
  });

  it("reads a reply inside a question and leaves the question out", async () => {
    const f = await one("I got this when I emailed bob: 550 5.1.1 user unknown, any idea?");
    expect(f?.diagnostic).toBe("550 5.1.1 user unknown");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    // "bob" is the writer's word, not the reply's.
    expect(f?.recipient).toBeNull();
  });

  it("does not take an address from the prose around the reply", async () => {
    const f = await one("My mail to bob@example.com bounced with 550 5.1.1 user unknown. Why?");
    expect(f?.recipient).toBeNull();
    expect(f?.diagnostic).toBe("550 5.1.1 user unknown.");
  });

  it("reads a reply code without an enhanced code when it is introduced", async () => {
    const f = await one("The server said: 554 Transaction failed, spam message rejected");
    expect(f?.replyCode).toBe("554");
    expect(f?.status).toBeNull();
    expect(f?.diagnostic).toBe("554 Transaction failed, spam message rejected");
  });

  it("reads a multi-line reply as one", async () => {
    const f = await one(
      [
        "550-5.7.26 This mail has been blocked because the sender is unauthenticated.",
        "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.",
        "550 5.7.26 https://support.google.com/mail/answer/81126#authentication - gsmtp",
      ].join("\n"),
    );
    expect(f?.status).toBe("5.7.26");
    expect(f?.diagnostic).toBe(
      "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. https://support.google.com/mail/answer/81126#authentication - gsmtp",
    );
  });

  it("reads a bounce line a person quotes in a short message", async () => {
    const f = await one(
      [
        "Hi Sam,",
        "",
        "Could you have a look at this? I sent the contract to our new supplier and got this back:",
        "",
        "550 5.1.1 <orders@supplier.example.com>: Recipient address rejected: User unknown in virtual alias table",
        "",
        "Do you know whether they changed their address? Thanks,",
        "Kim",
      ].join("\n"),
    );
    expect(f?.recipient).toBe("orders@supplier.example.com");
    expect(f?.diagnostic).toBe(
      "550 5.1.1 <orders@supplier.example.com>: Recipient address rejected: User unknown in virtual alias table",
    );
  });

  it("reads a reply code Exchange wrote with '#'", async () => {
    const f = await one("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##");
    expect(f?.diagnostic).toBe("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found");
    expect(f?.status).toBe("5.1.1");
  });

  it("keeps the reply code a provider glues to a colon", async () => {
    const f = await one("550: <eve@example.jp>: User unknown");
    expect(f?.replyCode).toBe("550");
  });

  it("reads a temporary refusal as not permanent", async () => {
    const f = await one("451 4.7.1 Greylisting in action, please come back later");
    expect(f?.status).toBe("4.7.1");
    expect(f?.permanent).toBe(false);
    expect((await readBounce("451 4.7.1 Greylisting in action, please come back later")).kind).toBe("delay");
  });
});

describe("diagnostic-line reader: whose address", () => {
  it("names no recipient when the reply names the sender", async () => {
    const f = await one("550 5.1.0 <alice@example.com>: Sender address rejected: Domain not found");
    expect(f?.recipient).toBeNull();
    expect(f?.status).toBe("5.1.0");
  });

  it("names no recipient for a refusal of MAIL FROM", async () => {
    const f = await one("553 5.7.1 MAIL FROM:<alice@example.com> rejected: not authorized to send for this domain");
    expect(f?.recipient).toBeNull();
  });

  it("names the recipient of RCPT TO and of '[address]: Recipient address rejected'", async () => {
    expect((await one("550 5.1.1 RCPT TO:<frank@example.com> User unknown"))?.recipient).toBe("frank@example.com");
    expect((await one("550 5.4.1 [grace@example.org]: Recipient address rejected: Access denied"))?.recipient).toBe(
      "grace@example.org",
    );
  });
});

describe("diagnostic-line reader: texts that are not a reply", () => {
  it.each([
    "Our office is at 550 Main Street, second floor.",
    "We sold 550 units in March, up from 450 in February.",
    "Reminder: the workshop is in room 550. We will install version 5.1.1 of the mail client.",
    "550 people attended the conference.",
    "250 2.0.0 Ok: queued as 4XyZ1k2mN9",
    "250 2.1.5 Ok",
  ])("gives nothing for %j", async (text) => {
    const result = await readBounce(text);
    expect(result.kind).toBe("none");
    expect(result.failures).toEqual([]);
  });
});
