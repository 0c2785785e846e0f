// @vitest-environment happy-dom
/** The cheap first look: bounce senders and subjects in many languages say yes, ordinary mail says no. */
import { describe, expect, it } from "vitest";
import type { Sender } from "../../src/webmail/adapter";
import { isBounceSender, isBounceSubject, looksLikeBounce } from "../../src/webmail/bounce-hints";
import { gmailAdapter } from "../../src/webmail/gmail/adapter";
import { outlookAdapter } from "../../src/webmail/outlook/adapter";
import { GMAIL_PAGES, OUTLOOK_PAGES } from "./expected-pages";
import { loadPage, pageNames } from "./load-page";

const sender = (name: string, address: string): Sender => ({ name, address });

describe("bounce senders", () => {
  it.each([
    sender("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    sender("Mail Delivery System", "MAILER-DAEMON@mx.example.net".toLowerCase()),
    sender("", "mailer_daemon@example.net"),
    sender("Microsoft Outlook", "postmaster@outlook.com"),
    sender("Microsoft Outlook", "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@example.com"),
    sender("Microsoft Exchange", "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@corp.example.com"),
    sender("postmaster", ""),
    sender("MAILER-DAEMON", ""),
    sender("MAILER-DAEMON@example.org (Mail Delivery System)", ""),
    sender("  mail   delivery   SUBSYSTEM ", ""),
    sender("Systemadministrator", "admin@example.com"),
    sender("", "MDaemon@mail.example.com".toLowerCase()),
  ])("says yes to %o", (s) => {
    expect(isBounceSender(s)).toBe(true);
  });

  it.each([
    sender("Alex Morgan", "alex.morgan@example.com"),
    sender("Priya Shah", "priya.shah@example.org"),
    sender("Postmaster General's Office", "news@example.gov"),
    sender("The Mail Delivery Team", "team@example.com"),
    sender("Outlook Team", "no-reply@example.com"),
    sender("", "postmasters@example.com"),
    sender("", "microsoftexchange@example.com"),
    sender("", ""),
  ])("says no to %o", (s) => {
    expect(isBounceSender(s)).toBe(false);
  });
});

describe("bounce subjects", () => {
  it.each([
    "Delivery Status Notification (Failure)",
    "Delivery Status Notification (Delay)",
    "Undeliverable: Quarterly figures",
    "Unzustellbar: Angebot für das Frühjahr",
    "Non remis : Budget 2024",
    "Non remis\u00a0: Budget 2024",
    "No se puede entregar: Presupuesto",
    "Onbestelbaar: Offerte",
    "Non recapitabile: Preventivo",
    "Não é possível entregar: Orçamento",
    "Olevererbart: Offert",
    "配信不能: お見積り",
    "Mail delivery failed: returning message to sender",
    "Returned mail: see transcript for details",
    "Undelivered Mail Returned to Sender",
    "failure notice",
    "Fwd: Undeliverable: Invoice 2024-117",
    "Delayed Mail (still being retried)",
    "Warning: could not send message for past 4 hours",
  ])("says yes to %j", (subject) => {
    expect(isBounceSubject(subject)).toBe(true);
  });

  it.each([
    "Re: the 550 error on the newsletter",
    "RE: 550 5.1.1 on the newsletter",
    "Status 5.1.1 explained",
    "Quarterly figures",
    "Lunch on Friday?",
    "Your delivery is on its way",
    "Delivery scheduled for Tuesday",
    "Build failure notice for main",
    "Notice of failure to pay",
    "Mailer for the spring campaign",
    "",
  ])("says no to %j", (subject) => {
    expect(isBounceSubject(subject)).toBe(false);
  });
});

describe("looksLikeBounce on every fixture page", () => {
  const cases = [
    ...pageNames("gmail").map((name) => ["gmail", name] as const),
    ...pageNames("outlook").map((name) => ["outlook", name] as const),
  ];

  it.each(cases)("%s/%s", (site, name) => {
    const adapter = site === "gmail" ? gmailAdapter : outlookAdapter;
    const expected = (site === "gmail" ? GMAIL_PAGES : OUTLOOK_PAGES)[name];
    const found = adapter.findMessages(loadPage(site, name));
    expect(found.map((m) => looksLikeBounce(m.sender, m.subject))).toEqual(
      expected?.messages.map((m) => m.looksLikeBounce),
    );
  });

  it("says yes to exactly the bounce rows of Gmail's list", () => {
    const rows = gmailAdapter.findBounceRows(loadPage("gmail", "preview-pane"));
    expect(rows.map((row) => row.subject)).toEqual(GMAIL_PAGES["preview-pane"]?.bounceRows);
  });
});
