// @vitest-environment happy-dom
/** What is particular to Outlook: reused nodes, conversations, replies being written, localized interfaces. */
import { describe, expect, it } from "vitest";
import { outlookAdapter } from "../../src/webmail/outlook/adapter";
import { loadPage } from "./load-page";

describe("Outlook's open messages", () => {
  it("puts the badge at the top of the role=document body", () => {
    const [message] = outlookAdapter.findMessages(loadPage("outlook", "reading-pane-classic-ndr"));
    expect(message?.bodyElement.getAttribute("role")).toBe("document");
    expect(message?.element.closest("#ReadingPaneContainerId")).not.toBeNull();
  });

  it("ignores the message list, though its preview shows the bounce's first line", () => {
    const page = loadPage("outlook", "reading-pane-classic-ndr");
    expect(page.querySelector('[role="listbox"]')?.textContent).toContain("Delivery has failed");
    const found = outlookAdapter.findMessages(page);
    expect(found).toHaveLength(1);
    expect(found[0]?.element.closest('[role="listbox"]')).toBeNull();
  });

  it("finds each expanded message of a conversation, not the collapsed one or the reply being written", () => {
    const page = loadPage("outlook", "conversation-bounce-second");
    const found = outlookAdapter.findMessages(page);
    expect(found.map((m) => m.sender.name)).toEqual(["Alex Morgan", "Microsoft Outlook"]);
    const editor = page.querySelector('[contenteditable="true"]');
    for (const message of found) expect(editor !== null && message.element.contains(editor)).toBe(false);
  });

  it("gives a new key when Outlook reuses the same nodes for another message", () => {
    const page = loadPage("outlook", "reading-pane-classic-ndr");
    const [before] = outlookAdapter.findMessages(page);
    const heading = page.querySelector('[role="heading"]');
    heading?.setAttribute("title", "Undeliverable: Contract draft");
    const text = page.querySelector('[role="document"] a[href^="mailto:"]');
    if (text) text.textContent = "maria.lopez@example.org";
    const [after] = outlookAdapter.findMessages(page);
    expect(after?.element).toBe(before?.element);
    expect(after?.key).not.toBe(before?.key);
  });

  it("keeps the key when the same message is rendered again", () => {
    const page = loadPage("outlook", "reading-pane-new-ndr");
    const [before] = outlookAdapter.findMessages(page);
    const body = page.querySelector('[role="document"]');
    body?.replaceWith(body.cloneNode(true));
    const [after] = outlookAdapter.findMessages(page);
    expect(after?.bodyElement).not.toBe(before?.bodyElement);
    expect(after?.key).toBe(before?.key);
  });

  it("tells two identical reports on one page apart", () => {
    const page = loadPage("outlook", "reading-pane-classic-ndr");
    const item = page.querySelector('[role="document"]')?.parentElement;
    item?.after(item.cloneNode(true));
    const keys = outlookAdapter.findMessages(page).map((m) => m.key);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(`${keys[0]}#2`);
  });

  it("reads a German interface through roles, whatever its labels say", () => {
    const page = loadPage("outlook", "german-ui-two-recipients");
    expect(page.querySelector('[aria-label="Message body"]')).toBeNull();
    expect(page.querySelector('[aria-label="Nachrichtentext"]')).not.toBeNull();
    const [message] = outlookAdapter.findMessages(page);
    expect(message?.sender).toEqual({ name: "Microsoft Outlook", address: "postmaster@example.com" });
  });

  it("never takes a list row's address for the sender, even when the header shows none", () => {
    const page = loadPage("outlook", "changed-classes");
    for (const row of page.querySelectorAll('[role="option"] [title]')) row.setAttribute("title", "row@example.org");
    for (const address of ["postmaster@example.com", "alex.morgan@example.com"]) {
      const line = page.querySelector(`[role="main"] [title="${address}"]`);
      line?.removeAttribute("title");
      if (line) line.textContent = "a name only";
    }
    const [message] = outlookAdapter.findMessages(page);
    expect(message?.sender.address).toBe("");
    expect(message?.bodyText).toContain("nadia.roux@example.net");
  });

  it("has no message list chips and no raw message", () => {
    const page = loadPage("outlook", "reading-pane-classic-ndr");
    expect(outlookAdapter.findBounceRows(page)).toEqual([]);
    expect(outlookAdapter.readRawMessage(page)).toBeNull();
  });
});
