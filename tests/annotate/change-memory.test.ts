/**
 * A change memory (src/webmail/changes.ts): a text that matters to nothing is set aside without
 * matching a selector when it changes again, and only while nothing seen since can have altered
 * that verdict (its element moved, an ancestor's attribute, a region or message put in).
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { isOwnHost } from "../../src/annotate/shadow-mount";
import { createChangeMemory } from "../../src/webmail/changes";
import { gmailAdapter } from "../../src/webmail/gmail/adapter";
import { outlookAdapter } from "../../src/webmail/outlook/adapter";
import { showPage } from "./harness";
import { recordPageChanges } from "./record-changes";

afterEach(() => {
  vi.restoreAllMocks();
});

function gmailRows(): Element[] {
  return [...document.querySelectorAll('table[role="grid"] > tbody > tr[role="row"]')];
}

function timeText(row: Element): Text {
  return row.querySelector("td.xW span")?.firstChild as Text;
}

function rewriteTimes(rows: readonly Element[], label: string): void {
  for (const row of rows) timeText(row).data = label;
}

describe("Gmail: time labels set aside", () => {
  it("a second change of the same labels matches no selector, and finds what a judgement without memory finds", () => {
    showPage("gmail", "preview-pane");
    const changes = recordPageChanges(gmailAdapter);
    const memory = createChangeMemory();
    rewriteTimes(gmailRows(), "1:00 PM");
    let impact = gmailAdapter.changeImpact(changes(), isOwnHost, memory);
    expect(impact.messages).toBe(false);
    expect([...impact.rows]).toEqual([]);

    rewriteTimes(gmailRows(), "2:00 PM");
    const taken = changes();
    const closest = vi.spyOn(Element.prototype, "closest");
    impact = gmailAdapter.changeImpact(taken, isOwnHost, memory);
    expect(closest).not.toHaveBeenCalled();
    closest.mockRestore();
    expect(impact.messages).toBe(false);
    expect([...impact.rows]).toEqual([]);
    const without = gmailAdapter.changeImpact(taken, isOwnHost);
    expect(without.messages).toBe(false);
    expect([...without.rows]).toEqual([]);
  });

  it("a label moved into another row's subject is judged again: that row is read again", () => {
    showPage("gmail", "preview-pane");
    const changes = recordPageChanges(gmailAdapter);
    const memory = createChangeMemory();
    const [first, second] = gmailRows() as [Element, Element];
    rewriteTimes([first], "1:00 PM");
    gmailAdapter.changeImpact(changes(), isOwnHost, memory);

    const label = first.querySelector("td.xW span") as Element;
    (second.querySelector("span.bog") as Element).append(label);
    gmailAdapter.changeImpact(changes(), isOwnHost, memory);
    (label.firstChild as Text).data = "3:00 PM";
    const impact = gmailAdapter.changeImpact(changes(), isOwnHost, memory);
    expect(impact.rows.has(second)).toBe(true);
  });

  it("a row moved into an open message is judged again: the messages are found again", () => {
    showPage("gmail", "preview-pane");
    const changes = recordPageChanges(gmailAdapter);
    const memory = createChangeMemory();
    const [first] = gmailRows() as [Element];
    rewriteTimes([first], "1:00 PM");
    gmailAdapter.changeImpact(changes(), isOwnHost, memory);

    const body = gmailAdapter.findMessages(document)[0]?.bodyElement as Element;
    const table = document.createElement("table");
    const tbody = document.createElement("tbody");
    table.append(tbody);
    body.append(table);
    changes();
    tbody.append(first);
    gmailAdapter.changeImpact(changes(), isOwnHost, memory);
    timeText(first).data = "4:00 PM";
    expect(gmailAdapter.changeImpact(changes(), isOwnHost, memory).messages).toBe(true);
  });

  it("an attribute that makes the list's rows part of a message lets the verdicts lapse", () => {
    showPage("gmail", "preview-pane");
    const changes = recordPageChanges(gmailAdapter);
    const memory = createChangeMemory();
    const rows = gmailRows();
    rewriteTimes(rows, "1:00 PM");
    gmailAdapter.changeImpact(changes(), isOwnHost, memory);

    ((rows[0] as Element).parentElement as Element).setAttribute("data-message-id", "#msg-f:1");
    expect(gmailAdapter.changeImpact(changes(), isOwnHost, memory).messages).toBe(true);
    rewriteTimes(rows, "2:00 PM");
    expect(gmailAdapter.changeImpact(changes(), isOwnHost, memory).messages).toBe(true);
  });

  it("a memory stays unused by a judgement without one, and new rows' labels are judged", () => {
    showPage("gmail", "preview-pane");
    const changes = recordPageChanges(gmailAdapter);
    const memory = createChangeMemory();
    const [first] = gmailRows() as [Element];
    rewriteTimes([first], "1:00 PM");
    gmailAdapter.changeImpact(changes(), isOwnHost, memory);
    const copy = first.cloneNode(true) as Element;
    first.parentElement?.prepend(copy);
    gmailAdapter.changeImpact(changes(), isOwnHost, memory);
    timeText(copy).data = "5:00 PM";
    const taken = changes();
    const closest = vi.spyOn(Element.prototype, "closest");
    expect(gmailAdapter.changeImpact(taken, isOwnHost, memory).messages).toBe(false);
    expect(closest).toHaveBeenCalled();
  });
});

describe("Outlook: list texts set aside", () => {
  it("a second change of a row's text matches no selector; a region put into a row lets the verdicts lapse", () => {
    showPage("outlook", "reading-pane-classic-ndr");
    const changes = recordPageChanges(outlookAdapter);
    const memory = createChangeMemory();
    const list = document.querySelector('[role="listbox"]') as Element;
    const row = list.querySelector('[role="option"]') as Element;
    const text = document.createTreeWalker(row, 4).nextNode() as Text;
    text.data = `${text.data} (1)`;
    expect(outlookAdapter.changeImpact(changes(), isOwnHost, memory).messages).toBe(false);

    text.data = `${text.data} (2)`;
    const taken = changes();
    const closest = vi.spyOn(Element.prototype, "closest");
    const querySelector = vi.spyOn(Element.prototype, "querySelector");
    expect(outlookAdapter.changeImpact(taken, isOwnHost, memory).messages).toBe(false);
    expect(closest).not.toHaveBeenCalled();
    expect(querySelector).not.toHaveBeenCalled();
    closest.mockRestore();
    querySelector.mockRestore();

    // A reading region inside the list: its texts are read, as a judgement without memory says.
    const region = document.createElement("div");
    region.setAttribute("data-app-section", "MailReadCompose");
    row.append(region);
    expect(outlookAdapter.changeImpact(changes(), isOwnHost, memory).messages).toBe(true);
    text.data = `${text.data} (3)`;
    const after = changes();
    expect(outlookAdapter.changeImpact(after, isOwnHost).messages).toBe(true);
    expect(outlookAdapter.changeImpact(after, isOwnHost, memory).messages).toBe(true);
  });
});
