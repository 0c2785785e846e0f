// @vitest-environment happy-dom
/** What is particular to Gmail: view states, where the badge goes, the list's bounce rows, "Show original". */
import { describe, expect, it, vi } from "vitest";
import { gmailAdapter, isShowOriginalUrl } from "../../src/webmail/gmail/adapter";
import { loadPage } from "./load-page";

describe("Gmail's open messages", () => {
  it("leaves out hidden and collapsed messages, even one whose body is still in the page", () => {
    const page = loadPage("gmail", "collapsed-messages");
    expect(page.querySelectorAll("[role=listitem]")).toHaveLength(5);
    expect(page.querySelectorAll(".ky .a3s")).toHaveLength(1);
    expect(gmailAdapter.findMessages(page).map((m) => m.key)).toEqual(["gmail:msg-f:1792700000000000005"]);
  });

  it("trusts the expanded class over an ARIA state that says otherwise", () => {
    const page = loadPage("gmail", "single-address-not-found");
    page.querySelector(".h7")?.setAttribute("aria-expanded", "false");
    expect(gmailAdapter.findMessages(page)).toHaveLength(1);
  });

  it("puts the badge at the top of the body container, above the sender's content", () => {
    const [message] = gmailAdapter.findMessages(loadPage("gmail", "single-address-not-found"));
    expect(message?.element.matches("div.adn.ads[data-message-id]")).toBe(true);
    expect(message?.bodyElement.matches("div.ii.gt")).toBe(true);
    expect(message?.bodyElement.firstElementChild?.matches("div.a3s")).toBe(true);
  });

  it("takes the subject of the conversation, not the bounce card's own heading", () => {
    const [message] = gmailAdapter.findMessages(loadPage("gmail", "single-address-not-found"));
    expect(message?.bodyElement.querySelector("h2")?.textContent?.trim()).toBe("Address not found");
    expect(message?.subject).toBe("Delivery Status Notification (Failure)");
  });

  it("finds the preview pane's conversation and ignores the list beside it", () => {
    const page = loadPage("gmail", "preview-pane");
    const [message] = gmailAdapter.findMessages(page);
    expect(message?.element.closest(".aia")).not.toBeNull();
  });

  it("reads the body only when asked", () => {
    const [message] = gmailAdapter.findMessages(loadPage("gmail", "popout"));
    const descriptor = Object.getOwnPropertyDescriptor(message, "bodyText");
    expect(typeof descriptor?.get).toBe("function");
    expect(message?.bodyText).toBe(message?.bodyText);
  });

  it("keys a just-sent reply without legacy id by its message id, and one with empty ids by its content", () => {
    const page = loadPage("gmail", "conversation-bounce-second");
    const [first, second] = [...page.querySelectorAll("div.adn")];
    first?.removeAttribute("data-legacy-message-id");
    second?.removeAttribute("data-legacy-message-id");
    second?.setAttribute("data-message-id", "");
    const keys = gmailAdapter.findMessages(page).map((m) => m.key);
    expect(keys[0]).toBe("gmail:msg-f:1792638100000000001");
    expect(keys[1]).toMatch(/^gmail:[0-9a-z]+$/);
  });
});

describe("Gmail's message list", () => {
  it("gives each bounce row its sender, a chip anchor in the subject cell and the thread's key", () => {
    const rows = gmailAdapter.findBounceRows(loadPage("gmail", "preview-pane"));
    expect(rows.map((r) => [r.sender.address, r.key])).toEqual([
      ["mailer-daemon@googlemail.com", "gmail-thread:18e14e19f1520001"],
      ["mailer-daemon@mx.example.net", "gmail-thread:18e14e19f1520003"],
      ["postmaster@example.com", "gmail-thread:18e14e19f1520005"],
    ]);
    for (const row of rows) {
      expect(row.element.matches("tr.zA")).toBe(true);
      expect(row.anchor.matches(".y6")).toBe(true);
    }
  });

  it("names each row's conversation the way the open conversation names it", () => {
    const page = loadPage("gmail", "preview-pane");
    const rows = gmailAdapter.findBounceRows(page);
    const [open] = gmailAdapter.findMessages(page);
    expect(open?.conversationId).toBe("thread-f:1792800000000000001");
    expect(rows.map((row) => row.conversationId)).toEqual([
      "thread-f:1792800000000000001",
      "thread-f:1792800000000000003",
      "thread-f:1792800000000000005",
    ]);
  });

  it("reads the rows in steps, one row to read per step, to the same rows as at once", () => {
    const page = loadPage("gmail", "preview-pane");
    const reader = gmailAdapter.bounceRowReader();
    const listRows = [...page.querySelectorAll("tr.zA")];
    expect(listRows.length).toBeGreaterThan(3);
    // The first reading reads every row: one step each, then false.
    const first = reader.begin(page, null);
    let steps = 0;
    while (first.step()) steps++;
    expect(steps).toBe(listRows.length);
    expect(first.rows).toEqual(gmailAdapter.findBounceRows(page));
    // Later readings read only the rows given as changed (and rows new to the reader), each in a step.
    const ordinary = listRows.find((row) => !first.rows.some((r) => r.element === row)) as Element;
    (ordinary.querySelector("span.bog span")?.firstChild as Text).data = "Undeliverable: Lunch on Friday?";
    const again = reader.begin(page, { changed: new Set([ordinary]), added: new Set() });
    expect(again.step()).toBe(true);
    expect(again.step()).toBe(false);
    expect(again.rows.map((row) => row.element)).toContain(ordinary);
    expect(again.rows).toHaveLength(first.rows.length + 1);
    // Unchanged and not given: its earlier reading stands (a row is read again only when told).
    (ordinary.querySelector("span.bog span")?.firstChild as Text).data = "Lunch on Friday?";
    const unchanged = reader.begin(page, { changed: new Set(), added: new Set() });
    expect(unchanged.step()).toBe(false);
    expect(unchanged.rows).toHaveLength(first.rows.length + 1);
  });

  it("after its first reading, takes new rows from the changes and never searches the page again", () => {
    const page = loadPage("gmail", "preview-pane");
    const reader = gmailAdapter.bounceRowReader();
    const first = reader.read(page, null);
    const list = page.querySelector("tr.zA")?.parentElement as Element;
    const bounce = first[0]?.element as Element;
    const copy = (threadId: string) => {
      const row = bounce.cloneNode(true) as Element;
      row.querySelector("[data-thread-id]")?.setAttribute("data-thread-id", `#thread-f:${threadId}`);
      row.querySelector("[data-legacy-thread-id]")?.setAttribute("data-legacy-thread-id", threadId);
      return row;
    };
    const given = copy("91");
    const unsaid = copy("92");
    list.prepend(given, unsaid);
    const gone = first[1]?.element as Element;
    gone.remove();
    const searches = [vi.spyOn(page, "querySelectorAll"), vi.spyOn(page, "querySelector")];
    const rows = reader.read(page, { changed: new Set(), added: new Set([given]) });
    for (const search of searches) expect(search).not.toHaveBeenCalled();
    // The rows kept and the one put in, not the one taken out, nor one the changes did not give.
    expect(rows.map((row) => row.key)).toEqual([
      ...first.filter((row) => row.element !== gone).map((row) => row.key),
      "gmail-thread:91",
    ]);
    // A reading that searches finds every row, in page order.
    for (const search of searches) search.mockRestore();
    expect(reader.read(page, null).map((row) => row.key)).toEqual([
      "gmail-thread:91",
      "gmail-thread:92",
      ...first.filter((row) => row.element !== gone).map((row) => row.key),
    ]);
  });

  it("finds no rows on a page without a list", () => {
    expect(gmailAdapter.findBounceRows(loadPage("gmail", "single-address-not-found"))).toEqual([]);
  });
});

describe('Gmail\'s "Show original" page', () => {
  it("recognises the page by its address", () => {
    expect(
      isShowOriginalUrl("https://mail.google.com/mail/u/0?ik=0123456789&view=om&permmsgid=msg-f:1792638409012345678"),
    ).toBe(true);
    expect(isShowOriginalUrl("https://mail.google.com/mail/u/0/#inbox/FMfcgzGxSRtQ")).toBe(false);
    expect(isShowOriginalUrl("not a url")).toBe(false);
  });

  it.each(["show-original", "show-original-renamed"])("%s: returns the raw message, headers first", (name) => {
    const raw = gmailAdapter.readRawMessage(loadPage("gmail", name));
    expect(raw?.element.localName).toBe("pre");
    expect(raw?.text.startsWith("Delivered-To: alex.morgan@example.com\n")).toBe(true);
    expect(raw?.text).toContain("Content-Type: message/delivery-status");
    expect(raw?.text).toContain('<table cellpadding="0" cellspacing="0" class="email-wrapper"');
  });

  it("finds no raw message in the app's pages, even beside a <pre> of headers in a message", () => {
    const page = loadPage("gmail", "single-address-not-found");
    const pre = page.createElement("pre");
    pre.textContent = "Received: from mx.example.net\nFrom: a@example.com\nTo: b@example.com\nSubject: x\nDate: now\n";
    page.querySelector("div.a3s")?.append(pre);
    expect(gmailAdapter.readRawMessage(page)).toBeNull();
  });
});
