/**
 * The annotator while a webmail changes under it: messages opened, closed and re-rendered, nodes
 * reused for another message (Outlook), options changed; and what the badge and chips are made of.
 */
import { describe, expect, it } from "vitest";
import { gmailAdapter } from "../../src/webmail/gmail/adapter";
import { outlookAdapter } from "../../src/webmail/outlook/adapter";
import { loadPage } from "../webmail/load-page";
import { annotate, badgeHosts, chipHosts, readBadge, settle, showPage } from "./harness";

function bodyOf(site: "gmail" | "outlook", index = 0): Element {
  const messages = (site === "gmail" ? gmailAdapter : outlookAdapter).findMessages(document);
  const message = messages[index];
  if (message === undefined) throw new Error(`no message ${index}`);
  return message.bodyElement;
}

describe("a badge in Gmail", () => {
  it("sits first in the body container, above the sender's content, inside the bounce only", async () => {
    showPage("gmail", "conversation-bounce-second");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const [host] = badgeHosts();
    expect(host?.parentElement).toBe(bodyOf("gmail", 1));
    expect(host?.nextElementSibling?.matches("div.a3s")).toBe(true);
    expect(bodyOf("gmail", 0).querySelector("[data-bounce-lens]")).toBeNull();
    expect(host?.shadowRoot?.mode).toBe("open");
    expect(host?.tagName.toLowerCase()).toBe("bounce-lens-badge");
  });

  it("goes with its message, and comes back once when the message is opened again", async () => {
    showPage("gmail", "conversation-bounce-second");
    const { annotator, explain } = annotate("gmail");
    annotator.scan();
    await settle();
    const message = gmailAdapter.findMessages(document)[1]?.element as Element;
    const parent = message.parentElement as Element;
    message.remove();
    annotator.scan();
    expect(badgeHosts()).toEqual([]);
    // Gmail renders the message anew: a copy of its markup, without our host.
    const again = message.cloneNode(true) as Element;
    for (const stale of again.querySelectorAll("[data-bounce-lens]")) stale.remove();
    parent.append(again);
    annotator.scan();
    await settle();
    expect(badgeHosts()).toHaveLength(1);
    expect(badgeHosts()[0]?.parentElement).toBe(bodyOf("gmail", 1));
    // Same message, same text: read once.
    expect(explain).toHaveBeenCalledTimes(1);
  });

  it("is put back when the page drops it from a body that stays", async () => {
    showPage("gmail", "single-address-not-found");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const [host] = badgeHosts();
    host?.remove();
    annotator.scan();
    expect(badgeHosts()).toEqual([host]);
  });

  it("waits for a body that is still empty, and explains it once it is filled in", async () => {
    showPage("gmail", "single-address-not-found");
    const content = bodyOf("gmail").querySelector(".a3s") as Element;
    const children = [...content.childNodes];
    content.replaceChildren();
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    expect(badgeHosts()).toEqual([]);
    content.replaceChildren(...children);
    annotator.scan();
    await settle();
    expect(badgeHosts()).toHaveLength(1);
  });

  it("removes a badge left at its place by an earlier copy of the script", async () => {
    showPage("gmail", "single-address-not-found");
    const leftover = document.createElement("bounce-lens-badge");
    leftover.setAttribute("data-bounce-lens", "badge");
    bodyOf("gmail").prepend(leftover);
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    expect(badgeHosts()).toHaveLength(1);
    expect(leftover.isConnected).toBe(false);
  });

  it("shows bounce text as text: the hostile bounce's markup is characters, nothing runs", async () => {
    showPage("gmail", "hostile");
    const { annotator } = annotate("gmail", { variant: "detailed" });
    annotator.scan();
    await settle();
    const shadow = badgeHosts()[0]?.shadowRoot as ShadowRoot;
    expect(shadow.querySelector(".bl-raw pre")?.textContent).toContain("<img src=x onerror=alert(1)><script>");
    expect(shadow.querySelectorAll("img, script, iframe, object, embed")).toHaveLength(0);
    for (const link of shadow.querySelectorAll("a")) {
      expect(link.getAttribute("href")).toMatch(/^https:\/\//);
      expect(link.getAttribute("href")).not.toContain("account-check.example");
    }
  });

  it("takes every badge and chip away when asked (a site switched off, the extension gone)", async () => {
    showPage("gmail", "preview-pane");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    expect(badgeHosts().length + chipHosts().length).toBeGreaterThan(1);
    annotator.removeAll();
    expect(document.querySelectorAll("[data-bounce-lens]")).toHaveLength(0);
  });

  it("does nothing once the content script is no longer live", async () => {
    showPage("gmail", "single-address-not-found");
    const { annotator, explain } = annotate("gmail", { isLive: () => false });
    annotator.scan();
    await settle();
    expect(explain).not.toHaveBeenCalled();
    expect(badgeHosts()).toEqual([]);
  });
});

describe("a badge in Outlook", () => {
  it("sits just above the message body, outside the element Outlook renders the message into", async () => {
    showPage("outlook", "reading-pane-classic-ndr");
    const { annotator } = annotate("outlook");
    annotator.scan();
    await settle();
    const [host] = badgeHosts();
    expect(host?.nextElementSibling).toBe(bodyOf("outlook"));
    expect(bodyOf("outlook").querySelector("[data-bounce-lens]")).toBeNull();
  });

  it("follows the message when Outlook reuses the same nodes for the next one", async () => {
    showPage("outlook", "reading-pane-classic-ndr");
    const { annotator } = annotate("outlook");
    annotator.scan();
    await settle();
    const body = bodyOf("outlook");
    expect(readBadge(badgeHosts()[0] as Element).cards.map((c) => c.recipient)).toEqual(["kim.lee@example.net"]);

    // The next message, rendered into the same heading, sender line and body elements.
    const next = loadPage("outlook", "reading-pane-new-ndr");
    const nextBody = outlookAdapter.findMessages(next)[0]?.bodyElement as Element;
    const heading = document.querySelector('#ReadingPaneContainerId [role="heading"]') as Element;
    const nextHeading = next.querySelector('#ReadingPaneContainerId [role="heading"]') as Element;
    heading.setAttribute("title", nextHeading.getAttribute("title") ?? "");
    heading.replaceChildren(document.importNode(nextHeading, true).firstChild ?? "");
    body.replaceChildren(...[...nextBody.childNodes].map((node) => document.importNode(node, true)));
    annotator.scan();
    // At no moment does the old explanation sit on the new message.
    expect(badgeHosts()).toEqual([]);
    await settle();
    const [host] = badgeHosts();
    expect(host?.nextElementSibling).toBe(body);
    expect(readBadge(host as Element).cards.map((c) => c.recipient)).toEqual(["oliver@example.net"]);
  });

  it("gives each bounce of a conversation its own badge, and none to the other messages", async () => {
    showPage("outlook", "conversation-bounce-second");
    const { annotator } = annotate("outlook");
    annotator.scan();
    await settle();
    const messages = outlookAdapter.findMessages(document);
    const hosts = badgeHosts();
    expect(hosts).toHaveLength(1);
    const badged = messages.filter((m) => m.bodyElement.previousElementSibling === hosts[0]);
    expect(badged.map((m) => m.sender.address)).toEqual(["postmaster@outlook.com"]);
  });
});

describe("the badge's content", () => {
  it("compact: severity word, cause, recipient and who acts, with the rest behind a disclosure", async () => {
    showPage("outlook", "german-ui-two-recipients");
    const { annotator } = annotate("outlook");
    annotator.scan();
    await settle();
    const host = badgeHosts()[0] as Element;
    const shown = readBadge(host);
    expect(shown.title).toBe("Bounce Lens2 recipients did not get your message");
    expect(shown.cards).toHaveLength(2);
    for (const card of shown.cards) {
      expect(card.severity).toMatch(/^(low|medium|high|critical)$/);
      expect(card.cause).not.toBe("");
      expect(card.actor).not.toBe("");
    }
    const shadow = host.shadowRoot as ShadowRoot;
    expect(shadow.querySelectorAll("details.bl-more")).toHaveLength(2);
    expect(shadow.querySelector("section.bl-badge")?.getAttribute("aria-label")).toBe(
      "Bounce Lens: why this message bounced",
    );
    // Outlook's subject is a level-2 heading: the cards' titles come under it.
    expect(shadow.querySelectorAll("h3.bl-card-title")).toHaveLength(2);
  });

  it("detailed: steps, links, the raw diagnostic and copy summary in view; switching back and forth re-renders", async () => {
    showPage("gmail", "single-address-not-found");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const shadow = badgeHosts()[0]?.shadowRoot as ShadowRoot;
    expect(shadow.querySelector("details.bl-more")).not.toBeNull();
    annotator.setVariant("detailed");
    expect(shadow.querySelector("details.bl-more")).toBeNull();
    expect(shadow.querySelector(".bl-steps li")).not.toBeNull();
    expect(shadow.querySelector(".bl-links a")?.getAttribute("target")).toBe("_blank");
    expect(shadow.querySelector(".bl-raw pre")?.textContent).toContain("550");
    expect(shadow.querySelector(".bl-copy button")?.textContent).toBe("Copy summary");
    expect(shadow.querySelector("h4.bl-card-title")).not.toBeNull();
    annotator.setVariant("compact");
    expect(shadow.querySelector("details.bl-more")).not.toBeNull();
  });

  it("brings its styles in its shadow root, and nothing into the page's styles", async () => {
    showPage("gmail", "single-address-not-found");
    const styleSheetsBefore = document.querySelectorAll("style, link").length;
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const shadow = badgeHosts()[0]?.shadowRoot as ShadowRoot;
    // One sheet: adopted where the browser allows it (the shared one), else a <style> (see shadow-mount.test.ts).
    expect(shadow.adoptedStyleSheets.length + shadow.querySelectorAll("style").length).toBe(1);
    expect(document.querySelectorAll("style, link").length).toBe(styleSheetsBefore);
  });

  it("keeps its keys and clicks from the page's shortcuts and handlers; its controls take focus", async () => {
    showPage("gmail", "single-address-not-found");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const shadow = badgeHosts()[0]?.shadowRoot as ShadowRoot;
    const heard: string[] = [];
    for (const type of ["keydown", "keyup", "click", "focusin"])
      document.addEventListener(type, () => heard.push(type));
    const summary = shadow.querySelector("summary") as HTMLElement;
    summary.focus();
    expect(shadow.activeElement).toBe(summary);
    summary.dispatchEvent(new KeyboardEvent("keydown", { key: "c", bubbles: true, composed: true }));
    summary.dispatchEvent(new KeyboardEvent("keyup", { key: "c", bubbles: true, composed: true }));
    summary.dispatchEvent(new MouseEvent("click", { bubbles: true, composed: true }));
    expect(heard).toEqual([]);
  });
});

describe("themes", () => {
  it.each([
    ["gmail", "dark-theme", "dark"],
    ["outlook", "dark-theme-gmail-card", "dark"],
    ["gmail", "single-address-not-found", "light"],
    ["outlook", "reading-pane-classic-ndr", "light"],
  ] as const)("%s/%s: %s", async (site, name, theme) => {
    showPage(site, name);
    const { annotator } = annotate(site);
    annotator.scan();
    await settle();
    expect(readBadge(badgeHosts()[0] as Element).theme).toBe(theme);
  });

  it("follows the page when it switches theme", async () => {
    showPage("gmail", "single-address-not-found");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const style = document.createElement("style");
    style.textContent = "body { background: #202124; color: #e8eaed; }";
    document.head.append(style);
    annotator.scan();
    expect(readBadge(badgeHosts()[0] as Element).theme).toBe("dark");
  });
});

describe("chips in Gmail's message list", () => {
  it("mark each bounce row, and give the severity of the one whose bounce is open", async () => {
    showPage("gmail", "preview-pane");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const rows = gmailAdapter.findBounceRows(document);
    const chips = chipHosts();
    expect(chips).toHaveLength(3);
    expect(chips.map((chip) => rows.findIndex((row) => row.anchor === chip.parentElement))).toEqual([0, 1, 2]);
    const words = chips.map((chip) => chip.shadowRoot?.querySelector(".bl-chip")?.getAttribute("data-severity"));
    const openCards = readBadge(badgeHosts()[0] as Element).cards;
    expect(words).toEqual([openCards[0]?.severity, "unknown", "unknown"]);
    const firstChip = chips[0]?.shadowRoot?.querySelector(".bl-chip");
    expect(firstChip?.getAttribute("title")).toBe(`Bounce Lens: ${openCards[0]?.cause}`);
    expect(chips[1]?.shadowRoot?.textContent).toContain("Bounce");
  });

  it("none on a list row of ordinary mail, and none in Outlook", async () => {
    showPage("gmail", "preview-pane");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const ordinary = [...document.querySelectorAll("tr.zA")].filter((row) => row.textContent?.includes("550 5.1.1"));
    expect(ordinary).toHaveLength(1);
    expect(ordinary[0]?.querySelector("[data-bounce-lens]")).toBeNull();

    showPage("outlook", "reading-pane-classic-ndr");
    const outlook = annotate("outlook");
    outlook.annotator.scan();
    await settle();
    expect(chipHosts()).toEqual([]);
  });
});
