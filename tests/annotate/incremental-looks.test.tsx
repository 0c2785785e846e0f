/**
 * Looks that follow the page's changes (issue 7): given the changes since the last look, the
 * annotator reads only what they can have altered, and ends up where a look at the whole page
 * would. The changes are recorded by a MutationObserver set up as the content script's is.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { createShadowMount, isOwnHost } from "../../src/annotate/shadow-mount";
import { gmailAdapter } from "../../src/webmail/gmail/adapter";
import { outlookAdapter } from "../../src/webmail/outlook/adapter";
import { annotate, badgeHosts, chipHosts, copyListRow, settle, showPage } from "./harness";
import { recordPageChanges } from "./record-changes";

afterEach(() => {
  vi.restoreAllMocks();
});

function listRows(): Element[] {
  return [...document.querySelectorAll('table[role="grid"] > tbody > tr[role="row"]')];
}

/** The anchors a look at the whole page would give chips, in page order. */
function expectedChipAnchors(): Element[] {
  return gmailAdapter.findBounceRows(document).map((row) => row.anchor);
}

describe("Gmail: looks that follow the list's changes", () => {
  it("end with the chips a look at the whole page gives: rows added, taken out, renamed, re-addressed", async () => {
    showPage("gmail", "preview-pane");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const changes = recordPageChanges(gmailAdapter);
    const rows = listRows();
    const ordinary = rows.find((row) => !/Delivery|Undeliver|Returned/.test(row.textContent ?? "")) as Element;
    const bounce = rows[0] as Element;

    // Every row's time label rewritten (a text no reading uses).
    for (const row of listRows()) {
      const time = row.querySelector("td.xW span")?.firstChild as Text;
      time.data = "10:00 AM";
    }
    annotator.scan(changes());
    expect(chipHosts().map((chip) => chip.parentElement)).toEqual(expectedChipAnchors());

    // A new bounce row at the top, the last row taken out.
    const added = copyListRow(bounce, 1);
    bounce.parentElement?.prepend(added);
    listRows().at(-1)?.remove();
    annotator.scan(changes());
    expect(chipHosts().map((chip) => chip.parentElement)).toEqual(expectedChipAnchors());

    // An ordinary row's subject becomes a bounce's; then its sender's address (an attribute) does.
    const subject = ordinary.querySelector("span.bog span") as Element;
    (subject.firstChild as Text).data = "Undeliverable: Lunch on Friday?";
    annotator.scan(changes());
    expect(chipHosts().map((chip) => chip.parentElement)).toEqual(expectedChipAnchors());
    expect(chipHosts().some((chip) => ordinary.contains(chip))).toBe(true);
    (subject.firstChild as Text).data = "Lunch on Friday?";
    annotator.scan(changes());
    expect(chipHosts().some((chip) => ordinary.contains(chip))).toBe(false);
    const sender = ordinary.querySelector("[email]") as Element;
    sender.setAttribute("email", "mailer-daemon@example.net");
    annotator.scan(changes());
    expect(chipHosts().some((chip) => ordinary.contains(chip))).toBe(true);
    expect(chipHosts().map((chip) => chip.parentElement)).toEqual(expectedChipAnchors());

    // The page drops a chip from a row that stays: the next look puts it back.
    const dropped = chipHosts()[0] as Element;
    dropped.remove();
    annotator.scan(changes());
    expect(chipHosts()).toContain(dropped);
    expect(chipHosts().map((chip) => chip.parentElement)).toEqual(expectedChipAnchors());
  });

  it("never search the whole page while only the list changes: new rows come from the changes", async () => {
    showPage("gmail", "preview-pane");
    for (const message of document.querySelectorAll('[role="list"] > [role="listitem"]')) message.remove();
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const changes = recordPageChanges(gmailAdapter);
    const searches = [vi.spyOn(document, "querySelectorAll"), vi.spyOn(document, "querySelector")];
    const calls: number[][] = [];
    const bounce = listRows()[0] as Element;
    for (let i = 0; i < 3; i++) {
      const added = copyListRow(bounce, i + 1);
      bounce.parentElement?.prepend(added);
      listRows().at(-1)?.remove();
      for (const row of listRows()) (row.querySelector("td.xW span")?.firstChild as Text).data = `10:0${i} AM`;
      // Only the look's own searches count (this test's listRows() is one too).
      for (const search of searches) search.mockClear();
      annotator.scan(changes());
      calls.push(searches.map((search) => search.mock.calls.length));
    }
    for (const search of searches) search.mockRestore();
    expect(calls).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
    expect(chipHosts().map((chip) => chip.parentElement)).toEqual(expectedChipAnchors());
    expect(chipHosts().length).toBeGreaterThan(3);
  });

  it("search the page for rows again after the address changes: a row no change showed is found then", async () => {
    showPage("gmail", "preview-pane");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const changes = recordPageChanges(gmailAdapter);
    const bounce = listRows()[0] as Element;
    // A row that becomes one by its class and role alone, which no change the script observes shows.
    const quiet = copyListRow(bounce, 77);
    quiet.removeAttribute("class");
    quiet.removeAttribute("role");
    bounce.parentElement?.prepend(quiet);
    annotator.scan(changes());
    quiet.setAttribute("class", bounce.getAttribute("class") ?? "");
    quiet.setAttribute("role", "row");
    annotator.scan(changes());
    expect(chipHosts().some((chip) => quiet.contains(chip))).toBe(false);
    annotator.scan({ ...changes(), beyondRecords: true });
    expect(chipHosts().some((chip) => quiet.contains(chip))).toBe(true);
    expect(chipHosts().map((chip) => chip.parentElement)).toEqual(expectedChipAnchors());
  });

  it("do not look for the open messages again when only the list changed, and keep the badge", async () => {
    showPage("gmail", "preview-pane");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    expect(badgeHosts()).toHaveLength(1);
    const changes = recordPageChanges(gmailAdapter);
    const findMessages = vi.spyOn(gmailAdapter, "findMessages");
    const time = listRows()[1]?.querySelector("td.xW span")?.firstChild as Text;
    time.data = "11:11 AM";
    annotator.scan(changes());
    expect(findMessages).not.toHaveBeenCalled();
    expect(badgeHosts()).toHaveLength(1);

    // The open bounce goes: that change is near a message, and the badge goes with it.
    const message = gmailAdapter.findMessages(document)[0]?.element as Element;
    findMessages.mockClear();
    message.remove();
    annotator.scan(changes());
    expect(findMessages).toHaveBeenCalledTimes(1);
    expect(badgeHosts()).toEqual([]);
  });
});

describe("what the page's changes can alter", () => {
  it("Gmail: a time label nothing; a subject or a sender's address its row; a message's text the messages", () => {
    showPage("gmail", "preview-pane");
    const changes = recordPageChanges(gmailAdapter);
    const [first, second] = listRows() as [Element, Element];
    (first.querySelector("td.xW span")?.firstChild as Text).data = "1:00 PM";
    let impact = gmailAdapter.changeImpact(changes(), isOwnHost);
    expect(impact.messages).toBe(false);
    expect([...impact.rows]).toEqual([]);

    (second.querySelector("span.bog span")?.firstChild as Text).data = "Another subject";
    first.querySelector("[email]")?.setAttribute("email", "someone@example.org");
    impact = gmailAdapter.changeImpact(changes(), isOwnHost);
    expect(impact.messages).toBe(false);
    expect(new Set(impact.rows)).toEqual(new Set([first, second]));

    const body = gmailAdapter.findMessages(document)[0]?.bodyElement as Element;
    body.append(document.createTextNode("more"));
    impact = gmailAdapter.changeImpact(changes(), isOwnHost);
    expect(impact.messages).toBe(true);
  });

  it("Gmail: the rows put in, alone or inside an element put in; not our own hosts", () => {
    showPage("gmail", "preview-pane");
    const changes = recordPageChanges(gmailAdapter);
    const [first, second] = listRows() as [Element, Element];
    const row = first.cloneNode(true) as Element;
    first.parentElement?.prepend(row);
    let impact = gmailAdapter.changeImpact(changes(), isOwnHost);
    expect([...impact.newRows]).toEqual([row]);
    expect([...impact.rows]).toEqual([]);

    // A list rendered anew (another label): its rows, inside the new body.
    const body = document.createElement("tbody");
    const inside = [first.cloneNode(true) as Element, second.cloneNode(true) as Element];
    body.append(...inside);
    first.closest("table")?.append(body);
    const host = createShadowMount(document, "chip", "", new AbortController().signal).host;
    second.append(host);
    impact = gmailAdapter.changeImpact(changes(), isOwnHost);
    expect([...impact.newRows]).toEqual(inside);
    expect([...impact.rows]).toEqual([]);
  });

  it("Outlook: the message list's changes leave the messages alone; a body's text or a new region does not", () => {
    showPage("outlook", "reading-pane-classic-ndr");
    const changes = recordPageChanges(outlookAdapter);
    const list = document.querySelector('[role="listbox"]') as Element;
    const row = list.querySelector('[role="option"]') as Element;
    list.prepend(row.cloneNode(true));
    const text = document.createTreeWalker(row, 4).nextNode() as Text;
    text.data = `${text.data} (edited)`;
    expect(outlookAdapter.changeImpact(changes(), isOwnHost).messages).toBe(false);

    const body = outlookAdapter.findMessages(document)[0]?.bodyElement as Element;
    const bodyText = document.createTreeWalker(body, 4).nextNode() as Text;
    bodyText.data = `${bodyText.data} `;
    expect(outlookAdapter.changeImpact(changes(), isOwnHost).messages).toBe(true);

    const region = document.createElement("div");
    region.setAttribute("data-app-section", "MailReadCompose");
    document.body.append(region);
    expect(outlookAdapter.changeImpact(changes(), isOwnHost).messages).toBe(true);
  });
});
