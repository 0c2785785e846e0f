// @vitest-environment happy-dom
/**
 * A bounce can carry whatever a remote server chose to write. The hostile pages hold markup and
 * script addresses as text: the adapters must hand them back as the same characters, and reading a
 * page must change nothing in it.
 */
import { describe, expect, it } from "vitest";
import type { WebmailAdapter } from "../../src/webmail/adapter";
import { gmailAdapter } from "../../src/webmail/gmail/adapter";
import { outlookAdapter } from "../../src/webmail/outlook/adapter";
import { loadPage, type Site } from "./load-page";

const HOSTILE: Array<[Site, string, WebmailAdapter]> = [
  ["gmail", "hostile", gmailAdapter],
  ["outlook", "hostile-exim", outlookAdapter],
];

describe.each(HOSTILE)("%s/%s", (site, name, adapter) => {
  it("is hostile only as text: no script, no handler, no script address in a link", () => {
    const page = loadPage(site, name);
    expect(page.querySelectorAll("script, iframe, object, embed, [onerror], [onload], [onclick]")).toHaveLength(0);
    for (const link of page.querySelectorAll("a[href]")) {
      expect(link.getAttribute("href")).toMatch(/^(https:|mailto:|#|\?)/);
    }
  });

  it("gives the markup and addresses back as the same characters", () => {
    const [message] = adapter.findMessages(loadPage(site, name));
    const text = message?.bodyText ?? "";
    expect(text).toContain("<img src=x onerror=alert(1)><script>alert(2)</script>");
    expect(text).toContain("javascript:alert(3)");
    expect(text).toContain("data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==");
  });

  it("changes nothing in the page while reading it", () => {
    const page = loadPage(site, name);
    const before = page.documentElement.outerHTML;
    const elements = page.getElementsByTagName("*").length;
    for (const message of adapter.findMessages(page)) void message.bodyText;
    adapter.findBounceRows(page);
    adapter.readRawMessage(page);
    expect(page.getElementsByTagName("*").length).toBe(elements);
    expect(page.documentElement.outerHTML).toBe(before);
  });
});

describe("a body with live markup in it (as a careless sanitiser could leave)", () => {
  it("is read without the script's text and without running anything", () => {
    const page = loadPage("gmail", "single-address-not-found");
    const content = page.querySelector("div.a3s");
    const script = page.createElement("script");
    script.textContent = "globalThis.__bounceLensRan = true";
    const image = page.createElement("img");
    image.setAttribute("alt", "x");
    content?.prepend(script, image);
    const [message] = gmailAdapter.findMessages(page);
    expect(message?.bodyText).not.toContain("__bounceLensRan");
    expect((globalThis as { __bounceLensRan?: boolean }).__bounceLensRan).toBeUndefined();
  });
});
