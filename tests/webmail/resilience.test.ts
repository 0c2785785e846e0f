// @vitest-environment happy-dom
/**
 * When the markup is not what the adapters know, they answer "nothing" (or find a bounce by its
 * wording) and never throw into the page (issue 8's resilience tests build on these pages).
 */
import { describe, expect, it } from "vitest";
import type { SearchRoot, WebmailAdapter } from "../../src/webmail/adapter";
import { gmailAdapter } from "../../src/webmail/gmail/adapter";
import { outlookAdapter } from "../../src/webmail/outlook/adapter";
import { queryAll, queryFirst } from "../../src/webmail/select";
import { loadPage } from "./load-page";

const ADAPTERS: Array<[string, WebmailAdapter]> = [
  ["gmail", gmailAdapter],
  ["outlook", outlookAdapter],
];

describe("pages whose markup changed", () => {
  it("Gmail with renamed classes: found again by ids and hover-card attributes, the body by its wording", () => {
    const page = loadPage("gmail", "changed-classes");
    expect(page.querySelector("div.adn, div.a3s, div.ii, span.gD, h2.hP")).toBeNull();
    const found = gmailAdapter.findMessages(page);
    expect(found).toHaveLength(1);
    expect(found[0]?.bodyElement.textContent).toContain("Address not found");
    const senderElement = found[0]?.element.querySelector("[email][name]") ?? null;
    expect(senderElement).not.toBeNull();
    expect(found[0]?.bodyElement.contains(senderElement)).toBe(false);
  });

  it("Outlook without its id, data attributes and English labels: found again by roles", () => {
    const page = loadPage("outlook", "changed-classes");
    expect(page.querySelector('#ReadingPaneContainerId, [data-app-section], [aria-label="Message body"]')).toBeNull();
    expect(outlookAdapter.findMessages(page).map((m) => m.bodyElement.getAttribute("role"))).toEqual(["document"]);
  });

  it("Outlook without document and heading roles: the body found by the bounce's wording, below the sender", () => {
    const page = loadPage("outlook", "changed-roles");
    expect(page.querySelector('[role="document"], [role="heading"]')).toBeNull();
    const [message] = outlookAdapter.findMessages(page);
    expect(message?.bodyElement.id).toBe("UniqueMessageBody_11");
    expect(message?.sender.address).toBe("postmaster@example.com");
  });

  it.each([
    ["gmail", gmailAdapter],
    ["outlook", outlookAdapter],
  ] as const)("%s with nothing left to go by: nothing found, nothing thrown", (site, adapter) => {
    const page = loadPage(site, "changed-structure");
    expect(page.body.textContent).toContain(site === "gmail" ? "Address not found" : "Remote Server returned");
    expect(adapter.findMessages(page)).toEqual([]);
    expect(adapter.findBounceRows(page)).toEqual([]);
    expect(adapter.readRawMessage(page)).toBeNull();
  });
});

describe.each(ADAPTERS)("%s adapter on roots it cannot read", (_site, adapter) => {
  const roots: Array<[string, () => SearchRoot]> = [
    ["an empty document", () => new DOMParser().parseFromString("", "text/html")],
    ["a detached element", () => document.createElement("div")],
    ["a text-only page", () => new DOMParser().parseFromString("<p>Delivery has failed</p>", "text/html")],
    ["a root whose every method throws", () => throwingRoot()],
  ];

  it.each(roots)("%s: empty answers, no exception", (_name, makeRoot) => {
    const root = makeRoot();
    expect(adapter.findMessages(root)).toEqual([]);
    expect(adapter.findBounceRows(root)).toEqual([]);
    expect(adapter.readRawMessage(root)).toBeNull();
  });
});

describe("selector queries", () => {
  it("treat a selector the browser rejects as matching nothing", () => {
    const page = loadPage("gmail", "single-address-not-found");
    expect(queryAll(page, ["div[", "h2.hP"]).map((e) => e.tagName)).toEqual(["H2"]);
    expect(queryFirst(page, [":unknown-pseudo(x)", "h2.hP"])?.tagName).toBe("H2");
  });
});

/** A stand-in for a page in a state nobody foresaw: every property read throws. */
function throwingRoot(): SearchRoot {
  return new Proxy(
    {},
    {
      get() {
        throw new Error("unforeseen page state");
      },
    },
  ) as SearchRoot;
}
