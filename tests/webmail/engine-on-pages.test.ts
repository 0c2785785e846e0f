// @vitest-environment happy-dom
/**
 * The data flow of issues 5 and 6 end to end, minus the browser: fixture page → adapter → body text
 * → `readBounce`. The engine must find each bounce's recipients in the text the adapter hands it.
 */
import { describe, expect, it } from "vitest";
import { readBounce } from "../../src/engine/index";
import type { WebmailAdapter } from "../../src/webmail/adapter";
import { gmailAdapter } from "../../src/webmail/gmail/adapter";
import { outlookAdapter } from "../../src/webmail/outlook/adapter";
import { type ExpectedPage, GMAIL_PAGES, OUTLOOK_PAGES } from "./expected-pages";
import { loadPage, type Site } from "./load-page";

const SITES: Array<[Site, WebmailAdapter, Record<string, ExpectedPage>]> = [
  ["gmail", gmailAdapter, GMAIL_PAGES],
  ["outlook", outlookAdapter, OUTLOOK_PAGES],
];

describe.each(SITES)("the engine on %s's body texts", (site, adapter, expectations) => {
  const bounces = Object.entries(expectations).flatMap(([name, page]) =>
    page.messages.flatMap((message, index) => (message.recipients.length > 0 ? [[name, index] as const] : [])),
  );

  it.each(bounces)("%s, message %i: every failed recipient", async (name, index) => {
    const expected = expectations[name]?.messages[index];
    const message = adapter.findMessages(loadPage(site, name))[index];
    const result = await readBounce(message?.bodyText ?? "");
    expect(result.bounce).toBe(true);
    expect(result.failures.map((f) => f.recipient).sort()).toEqual([...(expected?.recipients ?? [])].sort());
  });

  const raws = Object.entries(expectations).filter(([, page]) => page.rawRecipients !== undefined);
  it.each(raws)("%s: the raw message's recipients", async (name, page) => {
    const raw = adapter.readRawMessage(loadPage(site, name));
    const result = await readBounce(raw?.text ?? "");
    expect(result.failures.map((f) => f.recipient)).toEqual(page.rawRecipients);
  });
});
