/**
 * The annotator on every fixture page (issues 5 and 6): a badge on exactly the messages that are
 * bounces, at the top of their body, naming every failed recipient the engine finds; nothing on
 * ordinary mail, on pages whose markup is unknown, or twice.
 */
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../src/engine/index";
import { gmailAdapter } from "../../src/webmail/gmail/adapter";
import { outlookAdapter } from "../../src/webmail/outlook/adapter";
import { GMAIL_PAGES, OUTLOOK_PAGES } from "../webmail/expected-pages";
import type { Site } from "../webmail/load-page";
import { annotate, badgeHosts, readBadge, settle, showPage } from "./harness";

const SHOW_ORIGINAL_URL = "https://mail.google.com/mail/u/0/?ik=0123456789&view=om&permmsgid=msg-f:1792638409012345678";

const PAGES: [Site, string, (typeof GMAIL_PAGES)[string]][] = [
  ...Object.entries(GMAIL_PAGES).map(([name, page]) => ["gmail", name, page] as [Site, string, typeof page]),
  ...Object.entries(OUTLOOK_PAGES).map(([name, page]) => ["outlook", name, page] as [Site, string, typeof page]),
];

describe.each(PAGES)("%s/%s", (site, name, expected) => {
  const url = name.startsWith("show-original") ? SHOW_ORIGINAL_URL : undefined;
  const bounces = expected.messages.filter((message) => message.looksLikeBounce && message.recipients.length > 0);

  it("has one badge per bounce, on that bounce's body, naming each failed recipient", async () => {
    showPage(site, name);
    const { annotator } = annotate(site, { url });
    annotator.scan();
    await settle();

    const hosts = badgeHosts();
    const rawRecipients = expected.rawRecipients ?? [];
    expect(hosts).toHaveLength(bounces.length + (rawRecipients.length > 0 ? 1 : 0));
    const adapter = site === "gmail" ? gmailAdapter : outlookAdapter;
    const messages = adapter.findMessages(document);
    for (const bounce of bounces) {
      const message = messages.find((m) => m.subject === bounce.subject && m.sender.address === bounce.sender.address);
      const host = hosts.find((h) =>
        site === "gmail" ? h.parentElement === message?.bodyElement : h.nextElementSibling === message?.bodyElement,
      );
      expect(host, `badge of ${bounce.subject}`).toBeDefined();
      const shown = readBadge(host as HTMLElement);
      expect(shown.cards.map((card) => card.recipient).sort()).toEqual([...bounce.recipients].sort());
      // The cards are the engine's own answer for the body the adapter reads.
      const answer = await explainBounce(message?.bodyText ?? "");
      expect(shown.cards.map((card) => card.cause).sort()).toEqual(answer.failures.map((f) => f.reasonLabel).sort());
    }
    if (rawRecipients.length > 0) {
      const pre = gmailAdapter.readRawMessage(document)?.element;
      const host = hosts[0] as HTMLElement;
      expect(host.nextElementSibling).toBe(pre);
      expect(readBadge(host).cards.map((card) => card.recipient)).toEqual(rawRecipients);
    }
  });

  it("does not add a second badge, or read a body again, on later looks", async () => {
    showPage(site, name);
    const { annotator, explain } = annotate(site, { url });
    annotator.scan();
    await settle();
    const first = badgeHosts();
    const readings = explain.mock.calls.length;
    annotator.scan();
    annotator.scan();
    await settle();
    expect(badgeHosts()).toEqual(first);
    expect(explain.mock.calls.length).toBe(readings);
  });
});

describe("ordinary mail", () => {
  it.each([
    ["gmail", "ordinary-550"],
    ["outlook", "ordinary-550"],
    ["gmail", "changed-structure"],
    ["outlook", "changed-structure"],
  ] as [Site, string][])("%s/%s: the engine is never asked", async (site, name) => {
    showPage(site, name);
    const { annotator, explain } = annotate(site);
    annotator.scan();
    await settle();
    expect(explain).not.toHaveBeenCalled();
    expect(badgeHosts()).toEqual([]);
  });

  it("a raw ordinary message on the Show original page gets nothing", async () => {
    showPage("gmail", "show-original");
    const pre = gmailAdapter.readRawMessage(document)?.element as Element;
    pre.textContent = [
      "From: Tom Becker <tom.becker@example.net>",
      "To: Alex Morgan <alex.morgan@example.com>",
      "Subject: Re: error 550 5.1.1 on the newsletter",
      "Date: Sun, 10 Mar 2024 11:20:00 +0100",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "The 550 5.1.1 bounces all come from the old list: 550 5.1.1 <old@example.org> User unknown.",
    ].join("\n");
    const { annotator, explain } = annotate("gmail", { url: SHOW_ORIGINAL_URL });
    annotator.scan();
    await settle();
    expect(explain).not.toHaveBeenCalled();
    expect(badgeHosts()).toEqual([]);
  });

  it("the Show original page is only read at its own address", async () => {
    showPage("gmail", "show-original");
    const { annotator, explain } = annotate("gmail");
    annotator.scan();
    await settle();
    expect(explain).not.toHaveBeenCalled();
  });
});
