/**
 * Sliced looks (issue 7): a look that has more to do than its time budget allows leaves the rest
 * to the next tasks. With no budget at all (every step a task of its own), the page must end up
 * exactly as after looks that do everything at once: the same badges and chips, none twice, and
 * nothing left behind when the annotator is stopped halfway. Also: a host's listeners go with it.
 */
import { describe, expect, it, vi } from "vitest";
import { type Annotator, SLICE_GAP_MS } from "../../src/annotate/annotator";
import { createShadowMount } from "../../src/annotate/shadow-mount";
import { BADGE_CSS } from "../../src/annotate/styles";
import { gmailAdapter } from "../../src/webmail/gmail/adapter";
import { annotate, badgeHosts, chipHosts, copyListRow, readBadge, settle, showPage } from "./harness";
import { recordPageChanges } from "./record-changes";

function listRows(): Element[] {
  return [...document.querySelectorAll('table[role="grid"] > tbody > tr[role="row"]')];
}

/** What the annotator shows, in page order: each chip's row and severity; each badge's title and theme. */
function shown(): { chips: string[]; badges: string[] } {
  const rows = listRows();
  return {
    chips: chipHosts().map((chip) => {
      const row = rows.findIndex((r) => r.contains(chip));
      const severity = chip.shadowRoot?.querySelector(".bl-chip")?.getAttribute("data-severity");
      return `row ${row} ${severity}`;
    }),
    badges: badgeHosts().map((host) => {
      const badge = readBadge(host);
      return `${badge.title} ${badge.theme}`;
    }),
  };
}

/** Waits until the sliced annotator has done all it had to (the page stops changing), and a while longer. */
async function finished(): Promise<void> {
  let before = "";
  let same = 0;
  for (let i = 0; i < 2000 && same < 20; i++) {
    // Each task that goes on with a look waits SLICE_GAP_MS after the one before.
    await new Promise((resolve) => setTimeout(resolve, SLICE_GAP_MS + 1));
    const now = document.documentElement.outerHTML + JSON.stringify(shown());
    same = now === before ? same + 1 : 0;
    before = now;
  }
}

/** The page's changes, made the same way for both runs; returns what each step showed. */
async function changeTheList(annotator: Annotator, sliced: boolean): Promise<{ chips: string[]; badges: string[] }[]> {
  const steps: { chips: string[]; badges: string[] }[] = [];
  const done = async () => {
    if (sliced) await finished();
    else await settle();
    steps.push(shown());
  };
  annotator.scan();
  await done();
  const changes = recordPageChanges(gmailAdapter);
  const rows = listRows();
  const isOrdinary = (row: Element) => !/Delivery|Undeliver|Returned/.test(row.textContent ?? "");
  const ordinary = rows.find(isOrdinary) as Element;
  const bounce = rows[0] as Element;

  for (const row of listRows()) {
    const time = row.querySelector("td.xW span")?.firstChild as Text;
    time.data = "10:00 AM";
  }
  annotator.scan(changes());
  await done();

  // New bounce rows at the top; two looks, the second while the first may be under way.
  for (let i = 0; i < 3; i++) {
    const added = copyListRow(bounce, i + 1);
    bounce.parentElement?.prepend(added);
    if (i === 1) {
      ((bounce.querySelector("td.xW span") as Element).firstChild as Text).data = "10:01 AM";
      annotator.scan(changes());
    }
  }
  // Changes that only their records tell: a sender's address (an attribute) and a subject's text.
  const [second, third] = listRows().filter((row) => isOrdinary(row) && row !== ordinary) as [Element, Element];
  second.querySelector("[email]")?.setAttribute("email", "mailer-daemon@example.net");
  ((third.querySelector("span.bog span") as Element).firstChild as Text).data = "Returned mail: see transcript";
  annotator.scan(changes());
  await done();

  // An ordinary row's subject becomes a bounce's, and a bounce row leaves.
  const subject = ordinary.querySelector("span.bog span") as Element;
  (subject.firstChild as Text).data = "Undeliverable: Lunch on Friday?";
  bounce.remove();
  annotator.scan(changes());
  await done();

  // The page drops a chip from a row that stays: the next look puts it back.
  chipHosts()[0]?.remove();
  annotator.scan(changes());
  await done();
  return steps;
}

describe("sliced looks", () => {
  it("end where looks that do everything at once end, step by step, with no chip twice", async () => {
    showPage("gmail", "preview-pane");
    const whole = annotate("gmail");
    const expected = await changeTheList(whole.annotator, false);
    whole.annotator.removeAll();

    showPage("gmail", "preview-pane");
    const sliced = annotate("gmail", { sliceMs: 0 });
    const steps = await changeTheList(sliced.annotator, true);
    expect(steps).toEqual(expected);
    // The sliced annotator did take several tasks per look.
    expect(expected[0]?.chips.length).toBeGreaterThan(1);
    expect(expected[0]?.badges).toHaveLength(1);
    for (const step of steps) expect(new Set(step.chips).size).toBe(step.chips.length);
    // Each chip is in its row's anchor.
    expect(chipHosts().map((chip) => chip.parentElement)).toEqual(
      gmailAdapter.findBounceRows(document).map((row) => row.anchor),
    );
  });

  it("bring a page's chips no later than its badge", async () => {
    showPage("gmail", "preview-pane");
    const { annotator } = annotate("gmail", { sliceMs: 0 });
    let chipsWithTheBadge = -1;
    const watch = new MutationObserver(() => {
      if (chipsWithTheBadge < 0 && badgeHosts().length > 0) chipsWithTheBadge = chipHosts().length;
    });
    watch.observe(document.body, { childList: true, subtree: true });
    annotator.scan();
    await vi.waitFor(() => expect(badgeHosts()).toHaveLength(1), { timeout: 2000, interval: 1 });
    watch.disconnect();
    expect(chipsWithTheBadge).toBe(3);
    await finished();
    expect(chipHosts()).toHaveLength(3);
  });

  it("leave nothing behind, and add nothing later, when stopped halfway", async () => {
    showPage("gmail", "preview-pane");
    const { annotator } = annotate("gmail", { sliceMs: 0 });
    annotator.scan();
    // No budget: the look has left all its work to the next tasks.
    expect(chipHosts()).toHaveLength(0);
    annotator.removeAll();
    await finished();
    expect(document.querySelectorAll("[data-bounce-lens]")).toHaveLength(0);

    let live = true;
    showPage("gmail", "preview-pane");
    const second = annotate("gmail", { sliceMs: 0, isLive: () => live });
    second.annotator.scan();
    live = false;
    await finished();
    expect(chipHosts()).toEqual([]);
  });

  it("never make the page compute its styles for a chip: a busy list with no bounce open", async () => {
    showPage("gmail", "preview-pane");
    for (const message of document.querySelectorAll('[role="list"] > [role="listitem"]')) message.remove();
    const { annotator } = annotate("gmail");
    const styleReads = vi.spyOn(window, "getComputedStyle");
    try {
      annotator.scan();
      await finished();
      expect(chipHosts()).toHaveLength(3);
      const changes = recordPageChanges(gmailAdapter);
      const bounce = listRows()[0] as Element;
      for (let i = 0; i < 3; i++) {
        const added = copyListRow(bounce, i + 1);
        bounce.parentElement?.prepend(added);
        listRows().at(-1)?.remove();
        annotator.scan(changes());
        await finished();
      }
      expect(chipHosts().length).toBeGreaterThan(3);
      expect(styleReads).not.toHaveBeenCalled();
    } finally {
      styleReads.mockRestore();
    }
  });

  it("a badge follows the page's theme after the next frame when a look finds only the list changed", async () => {
    showPage("gmail", "preview-pane");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const theme = () => readBadge(badgeHosts()[0] as Element).theme;
    expect(theme()).toBe("light");
    const changes = recordPageChanges(gmailAdapter);
    const style = document.createElement("style");
    style.textContent = "body, body * { background: #202124; color: #e8eaed; }";
    document.head.append(style);
    (((listRows()[1] as Element).querySelector("td.xW span") as Element).firstChild as Text).data = "9:09 AM";
    annotator.scan(changes());
    await vi.waitFor(() => expect(theme()).toBe("dark"), { timeout: 2000, interval: 5 });
  });
});

describe("a host's listeners", () => {
  it("keep the page from hearing a badge's clicks until it is disposed of, and go with it", () => {
    const controller = new AbortController();
    const mount = createShadowMount(document, "badge", BADGE_CSS, controller.signal);
    const parent = document.createElement("div");
    document.body.append(parent);
    parent.append(mount.host);
    const heard: string[] = [];
    parent.addEventListener("click", () => heard.push("click"));
    parent.addEventListener("keydown", () => heard.push("keydown"));
    mount.host.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    mount.host.dispatchEvent(new KeyboardEvent("keydown", { key: "c", bubbles: true }));
    expect(heard).toEqual([]);
    mount.dispose();
    expect(mount.host.isConnected).toBe(false);
    parent.append(mount.host);
    mount.host.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(heard).toEqual(["click"]);
    parent.remove();
  });

  it("are taken off a badge's host when the annotator takes it out", async () => {
    showPage("gmail", "preview-pane");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const host = badgeHosts()[0] as HTMLElement;
    const changes = recordPageChanges(gmailAdapter);
    host.closest('[role="listitem"]')?.remove();
    annotator.scan(changes());
    expect(badgeHosts()).toHaveLength(0);
    const parent = document.createElement("div");
    document.body.append(parent);
    parent.append(host);
    const heard: string[] = [];
    parent.addEventListener("click", () => heard.push("click"));
    host.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(heard).toEqual(["click"]);
    parent.remove();
  });

  it("are none on a chip: a click on it goes on to its row, as a click on the subject beside it does", async () => {
    showPage("gmail", "preview-pane");
    const { annotator } = annotate("gmail");
    annotator.scan();
    await settle();
    const chip = chipHosts()[0] as HTMLElement;
    const row = chip.closest("tr") as Element;
    const heard: string[] = [];
    row.addEventListener("click", () => heard.push("click"));
    chip.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(heard).toEqual(["click"]);
  });
});
