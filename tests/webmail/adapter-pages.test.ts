// @vitest-environment happy-dom
/**
 * Every fixture page through its site's adapter: the messages found, with sender, subject, key
 * and body text, and nothing where nothing should be found.
 */
import { describe, expect, it } from "vitest";
import type { OpenedMessage, WebmailAdapter } from "../../src/webmail/adapter";
import { gmailAdapter } from "../../src/webmail/gmail/adapter";
import { outlookAdapter } from "../../src/webmail/outlook/adapter";
import { type ExpectedPage, GMAIL_PAGES, OUTLOOK_PAGES } from "./expected-pages";
import { loadPage, pageNames, type Site } from "./load-page";

const SITES: Array<[Site, WebmailAdapter, Record<string, ExpectedPage>]> = [
  ["gmail", gmailAdapter, GMAIL_PAGES],
  ["outlook", outlookAdapter, OUTLOOK_PAGES],
];

describe.each(SITES)("%s adapter on its fixture pages", (site, adapter, expectations) => {
  it("has an expectation for every page and a page for every expectation", () => {
    expect(Object.keys(expectations).sort()).toEqual(pageNames(site));
  });

  describe.each(pageNames(site))("%s", (name) => {
    const expected = expectations[name] as ExpectedPage;

    it("finds the open messages with their sender, subject and key", () => {
      const found = adapter.findMessages(loadPage(site, name));
      expect(found.map(({ sender, subject }) => ({ sender, subject }))).toEqual(
        expected.messages.map(({ sender, subject }) => ({ sender, subject })),
      );
      expected.messages.forEach((message, i) => {
        if (message.key !== undefined) expect(found[i]?.key).toBe(message.key);
      });
    });

    it("reads each body's text with its lines", () => {
      const found = adapter.findMessages(loadPage(site, name));
      expected.messages.forEach((message, i) => {
        expectLinesInOrder((found[i] as OpenedMessage).bodyText, message.bodyLines);
      });
    });

    it("gives each message its own body, inside the message and holding its text", () => {
      const found = adapter.findMessages(loadPage(site, name));
      for (const message of found) {
        expect(message.element.contains(message.bodyElement)).toBe(true);
        expect(message.element.isConnected).toBe(true);
        for (const other of found) {
          if (other === message) continue;
          expect(message.element.contains(other.bodyElement)).toBe(false);
          expect(other.key).not.toBe(message.key);
        }
      }
    });

    it("gives the same keys when the page is loaded again", () => {
      const first = adapter.findMessages(loadPage(site, name)).map((m) => m.key);
      const second = adapter.findMessages(loadPage(site, name)).map((m) => m.key);
      expect(second).toEqual(first);
      for (const key of first) expect(key).toMatch(/^(gmail:msg-f:\d+|outlook:[0-9a-z]+(#\d+)?)$/);
    });
  });
});

/** Each expected line appears in the text, after the previous one, white space compared loosely. */
function expectLinesInOrder(text: string, lines: readonly string[]): void {
  const loose = (s: string) => s.replace(/[ \t\u00a0]+/g, " ");
  const haystack = loose(text);
  let from = 0;
  for (const line of lines) {
    const at = haystack.indexOf(loose(line), from);
    expect(at, `"${line}" in:\n${text}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}
