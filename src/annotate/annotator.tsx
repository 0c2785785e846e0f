/**
 * The annotator: on each look at the page, it finds the open messages that look like bounces,
 * has the engine read them, and keeps exactly one badge on each bounce, in the right place, for as
 * long as that message is shown. A badge belongs to a body element and a message key together:
 * when the body leaves the page, or the page reuses the element for another message (Outlook), the
 * badge goes. On Gmail it also keeps a severity chip on the message list's bounce rows.
 *
 * Cheap until a bounce is open: a look runs the adapter and the sender/subject hints; only a
 * message that passes them is read (its text goes to the engine in the background), and only a
 * message the engine finds failures in gets a badge.
 *
 * Cheap while the page is busy: given the page's changes since the last look, a look finds the open
 * messages again only when a change can have altered them (the adapter's `changeImpact`), and reads
 * again only the list rows that changed. Without them (the first look, tests), it reads everything.
 *
 * Short on the page's main thread (issue 7): a look works within a time budget per task
 * (`sliceMs`) and leaves what is left over to the next tasks, each again within the budget and at
 * least SLICE_GAP_MS after the one before, so that the page runs between them and a batch of the
 * page's own changes seldom meets more than one of our slices: the changes are judged a few
 * at a time, then the open messages are found again (at once when a judged change touches them,
 * so that a badge is not kept waiting), then the list's rows read one at a time and their chips
 * put in, updated and taken out one at a time. A look that comes while one is under way takes it
 * over, with its own changes added. Reading the page's colours makes the browser compute its
 * styles, so it is kept off the looks where it can be: a chip never reads them (its colours follow
 * its row's through CSS), and the badges' themes are read again just after the page's next frame,
 * when its styles were just computed (a look that finds the open messages again still reads a
 * badge's theme at once).
 */
import { render } from "preact";
import type { ExplainResult } from "../engine/types";
import type { CardVariant } from "../ui/components/failure-card";
import { bySeverity } from "../ui/severity";
import type { BounceListRow, RowChanges, RowReading } from "../webmail/adapter";
import { looksLikeBounce } from "../webmail/bounce-hints";
import { createChangeMemory } from "../webmail/changes";
import { hashText } from "../webmail/stable-key";
import { BounceBadge } from "./bounce-badge";
import type { CachedExplain } from "./explain-cache";
import { type KnownBounce, renderListChip } from "./list-chip";
import { type PageTheme, pageThemeAt } from "./page-theme";
import type { PageChanges } from "./page-watch";
import { rawMessageLooksLikeBounce } from "./raw-message-hint";
import { createShadowMount, isOwnHost, type ShadowMount } from "./shadow-mount";
import type { AnnotatedSite, BadgePlacement } from "./site";
import { BADGE_CSS, CHIP_CSS } from "./styles";
import type { WorkCosts } from "./work-costs";

/** Conversations remembered for the list's chips; one small entry each. */
const MAX_KNOWN_CONVERSATIONS = 500;
/** The time a look, or each task that goes on with its chips, may take before it yields to the page. */
export const SLICE_MS = 0.2;
/**
 * The page's time between two of our tasks: without it, the first few tasks that go on with a
 * look would run back to back (browsers clamp nested timers to 4 ms only after five of them).
 */
export const SLICE_GAP_MS = 4;
/** The longest wait for a frame after which to read the themes again. */
const THEME_CHECK_TIMEOUT_MS = 500;
/** Changes (texts, then records) judged between two looks at the clock. */
const CHANGES_PER_STEP = 8;

export interface AnnotatorOptions {
  site: AnnotatedSite;
  document: Document;
  explain: CachedExplain;
  /** Ends the listeners on our hosts together with the content script. */
  signal: AbortSignal;
  /** False once the content script is invalidated (extension updated, reloaded or disabled). */
  isLive(): boolean;
  /** The page's current address. */
  url(): string;
  costs: WorkCosts;
  variant?: CardVariant;
  /** The time budget per task (SLICE_MS); Infinity: every look does all its work at once. */
  sliceMs?: number;
}

export interface Annotator {
  /**
   * One look at the page: badges and chips added, moved back, updated or removed. With `changes`
   * (every change since the previous look), only what they can have altered is read again.
   */
  scan(changes?: PageChanges): void;
  setVariant(variant: CardVariant): void;
  /** Takes every badge and chip out of the page. */
  removeAll(): void;
}

/** A message body that should carry a badge if the engine finds failures in it. */
interface Target {
  key: string;
  anchor: Element;
  placement: BadgePlacement;
  readText(): string;
  conversationId: string;
}

interface Badge {
  key: string;
  placement: BadgePlacement;
  /** reading: the engine is at it; nothing: no failures (or no answer) for this text; shown: on the page. */
  state: "reading" | "nothing" | "shown";
  /** How much text the body held when it was read: a cheap sign, without layout, that it changed since. */
  textLength: number;
  result: ExplainResult | null;
  mount: ShadowMount | null;
  theme: PageTheme;
  /** Whether its theme is to be read again after the next frame. */
  themeDue: boolean;
}

/** A look under way: what it still has to do. */
interface LookWork {
  /** No changes known: everything is read. */
  whole: boolean;
  /** Something no record shows changed (see PageChanges.beyondRecords). */
  beyondRecords: boolean;
  /**
   * The list's rows are to be searched for in the whole page (everything is read, or the address
   * changed), not only taken from the changes.
   */
  searchRows: boolean;
  /** The changes to judge, from `nextText` and `nextRecord` on (the watch's own arrays, taken over as they are). */
  texts: readonly Node[];
  records: readonly MutationRecord[];
  nextText: number;
  nextRecord: number;
  /** Judged so far: the open messages must be found again (since they last were), the rows to read again, and the rows put in. */
  messages: boolean;
  rows: Set<Element>;
  newRows: Set<Element>;
  /** Whether the open messages are up to date with every change given to this look. */
  badgesDone: boolean;
}

interface Chip {
  key: string;
  conversationId: string;
  mount: ShadowMount;
  known: KnownBounce | null;
}

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { site, document, explain, signal, isLive, url, costs } = options;
  let variant: CardVariant = options.variant ?? "compact";
  const badges = new Map<Element, Badge>();
  const chips = new Map<Element, Chip>();
  const knownConversations = new Map<string, KnownBounce>();
  const rowReader = site.listChips ? site.adapter.bounceRowReader() : null;
  const sliceMs = options.sliceMs ?? SLICE_MS;
  /** The look under way, if any. */
  let look: LookWork | null = null;
  /** Chip work left: mounts to take out (no longer in `chips`), then rows from `chipRows[chipNext]` on. */
  const doomed: ShadowMount[] = [];
  let chipRows: readonly BounceListRow[] = [];
  let chipNext = 0;
  /** The list's rows being read, after a look, and the rows that reading was to read again (null: all). */
  let rowReading: RowReading | null = null;
  let rowsToReread: RowChanges | null = null;
  /** The task that goes on with the work left. */
  let later: ReturnType<typeof setTimeout> | undefined;
  /** A theme check waiting for the next frame (the function cancels it). */
  let themeCheck: (() => void) | null = null;
  /** What judging the changes found so far; new with every look that reads everything (changes may have gone unseen). */
  let changeMemory = createChangeMemory();

  function scan(changes?: PageChanges): void {
    const started = performance.now();
    try {
      if (!isLive()) return;
      take(changes);
      work(started + sliceMs, false);
    } catch {
      // Unexpected markup or a browser quirk: this look gives nothing, the page is untouched.
      look = null;
    } finally {
      spend(started);
    }
  }

  /** Adds a look's changes to the look under way (or starts one). */
  function take(changes: PageChanges | undefined): void {
    look ??= {
      whole: false,
      beyondRecords: false,
      searchRows: false,
      texts: [],
      records: [],
      nextText: 0,
      nextRecord: 0,
      messages: false,
      rows: new Set(),
      newRows: new Set(),
      badgesDone: false,
    };
    look.badgesDone = false;
    if (rowReading !== null) {
      // This look's reading of the rows replaces the one under way: it also reads again what that one
      // was to (the rows that one found are the reader's now, whether read yet or not).
      if (rowsToReread !== null) for (const row of rowsToReread.changed) look.rows.add(row);
      else look.searchRows = true;
      rowReading = null;
      rowsToReread = null;
    }
    if (changes === undefined) {
      changeMemory = createChangeMemory();
      look.whole = true;
      look.searchRows = true;
      look.texts = [];
      look.records = [];
      look.nextText = 0;
      look.nextRecord = 0;
      return;
    }
    if (changes.beyondRecords) {
      look.beyondRecords = true;
      // A new address (another label, a search): the list may be a new one; it is searched for again.
      look.searchRows = true;
    }
    if (look.whole) return;
    look.texts = stillToJudge(look.texts, look.nextText, changes.texts);
    look.nextText = 0;
    look.records = stillToJudge(look.records, look.nextRecord, changes.records);
    look.nextRecord = 0;
  }

  /**
   * Goes on with the work left (the look under way, then the chips) until `deadline`, after at
   * least one step when `stepFirst`; what is left then goes on in a task of its own.
   */
  function work(deadline: number, stepFirst: boolean): void {
    clearTimeout(later);
    later = undefined;
    let steps = stepFirst ? 0 : 1;
    const yieldNow = () => steps++ > 0 && performance.now() >= deadline;
    while (look !== null) {
      if (yieldNow()) {
        goOnLater();
        return;
      }
      const current: LookWork = look;
      if (!current.whole && (current.nextText < current.texts.length || current.nextRecord < current.records.length)) {
        judgeSome(current);
        // A change that touches the open messages: they are found again at once, the rest judged after.
        if (current.messages) findMessagesAgain(current);
        continue;
      }
      if (!current.badgesDone) {
        findMessagesAgain(current);
        continue;
      }
      look = null;
      if (rowReader !== null) {
        rowsToReread = current.searchRows ? null : { changed: current.rows, added: current.newRows };
        rowReading = rowReader.begin(document, rowsToReread);
      }
    }
    while (rowReading !== null) {
      if (yieldNow()) {
        goOnLater();
        return;
      }
      if (!rowReading.step()) {
        const { rows } = rowReading;
        rowReading = null;
        rowsToReread = null;
        reconcileChips(rows);
      }
    }
    while (doomed.length > 0 || chipNext < chipRows.length) {
      if (yieldNow()) {
        goOnLater();
        return;
      }
      const mount = doomed.shift();
      // A chip is plain markup: its host goes with it, without Preact taking it down first.
      if (mount !== undefined) mount.dispose();
      else keepChip(chipRows[chipNext++] as BounceListRow);
    }
    chipRows = [];
    chipNext = 0;
  }

  /** Does all the work left at once. */
  function finishWork(): void {
    if (later === undefined) return;
    const started = performance.now();
    try {
      work(Number.POSITIVE_INFINITY, true);
    } finally {
      spend(started, false);
    }
  }

  function goOnLater(): void {
    later = setTimeout(goOn, SLICE_GAP_MS);
  }

  function goOn(): void {
    const started = performance.now();
    later = undefined;
    try {
      if (!isLive()) return;
      work(started + sliceMs, true);
    } catch {
      // As in a look: the page is untouched.
      look = null;
    } finally {
      spend(started, false);
    }
  }

  /** Judges the next few changes of the look: what they can have altered. */
  function judgeSome(current: LookWork): void {
    const texts = current.texts.slice(current.nextText, current.nextText + CHANGES_PER_STEP);
    current.nextText += texts.length;
    const records =
      texts.length < CHANGES_PER_STEP
        ? current.records.slice(current.nextRecord, current.nextRecord + CHANGES_PER_STEP - texts.length)
        : [];
    current.nextRecord += records.length;
    const impact = site.adapter.changeImpact({ texts, records }, isOwnHost, changeMemory);
    // Once the open messages are found again, the look's earlier changes are in what was found.
    if (impact.messages && !current.badgesDone) current.messages = true;
    for (const row of impact.rows) current.rows.add(row);
    for (const row of impact.newRows) current.newRows.add(row);
  }

  /** The open messages found again when the look's changes may have altered them; else the badges only kept. */
  function findMessagesAgain(current: LookWork): void {
    const raw = site.showsRawMessage?.(url()) === true;
    // A raw message's page is read whole each time: it is one plain document, without a list.
    if (current.whole || current.messages || current.beyondRecords || raw) reconcileBadges(findTargets(raw));
    else keepBadges();
    current.messages = false;
    current.beyondRecords = false;
    current.badgesDone = true;
  }

  /** Counts the time since `started`, as a look's (`look`) or as the work a look left. */
  function spend(started: number, look = true): void {
    const spent = performance.now() - started;
    if (look) costs.scans++;
    costs.scanMs += spent;
    costs.longestScanMs = Math.max(costs.longestScanMs, spent);
  }

  function findTargets(raw: boolean): Map<Element, Target> {
    const targets = new Map<Element, Target>();
    if (raw) {
      const raw = site.adapter.readRawMessage(document);
      if (raw !== null && rawMessageLooksLikeBounce(raw.text)) {
        const readText = () => raw.text;
        targets.set(raw.element, {
          key: "raw",
          anchor: raw.element,
          placement: "before",
          readText,
          conversationId: "",
        });
      }
      return targets;
    }
    for (const message of site.adapter.findMessages(document)) {
      if (targets.has(message.bodyElement) || !looksLikeBounce(message.sender, message.subject)) continue;
      targets.set(message.bodyElement, {
        key: message.key,
        anchor: message.bodyElement,
        placement: site.placement,
        readText: () => message.bodyText,
        conversationId: message.conversationId,
      });
    }
    return targets;
  }

  function reconcileBadges(targets: Map<Element, Target>): void {
    for (const [anchor, badge] of badges) {
      const target = targets.get(anchor);
      if (target === undefined || target.key !== badge.key || !anchor.isConnected) dropBadge(anchor, badge);
    }
    for (const [anchor, target] of targets) {
      const badge = badges.get(anchor);
      if (badge === undefined) {
        read(target);
      } else if (badge.state === "nothing") {
        // The body may have been filled in since it was read (a message still loading).
        if (textLength(anchor) !== badge.textLength) {
          dropBadge(anchor, badge);
          read(target);
        }
      } else {
        keepShown(anchor, badge);
      }
    }
  }

  /**
   * The open messages are the same as at the last look: shown badges are only kept in place, and
   * their theme is read again after the next frame (the page's changes since were elsewhere).
   */
  function keepBadges(): void {
    for (const [anchor, badge] of badges) {
      if (!anchor.isConnected) dropBadge(anchor, badge);
      else keepShown(anchor, badge, false);
    }
  }

  function keepShown(anchor: Element, badge: Badge, readTheme = true): void {
    if (badge.state !== "shown" || badge.mount === null) return;
    if (!isInPlace(badge.mount.host, anchor, badge.placement)) place(badge.mount.host, anchor, badge.placement);
    if (readTheme) {
      keepTheme(anchor, badge);
    } else {
      badge.themeDue = true;
      checkThemesSoon();
    }
  }

  function keepTheme(anchor: Element, badge: Badge): void {
    badge.themeDue = false;
    const theme = themeAt(anchor, badge.placement);
    if (theme !== badge.theme) {
      badge.theme = theme;
      renderBadge(badge);
    }
  }

  function read(target: Target): void {
    const text = target.readText();
    const textHash = hashText(text);
    const badge: Badge = {
      key: target.key,
      placement: target.placement,
      state: "reading",
      textLength: textLength(target.anchor),
      result: null,
      mount: null,
      theme: "light",
      themeDue: false,
    };
    badges.set(target.anchor, badge);
    if (text.trim() === "") {
      badge.state = "nothing";
      return;
    }
    void explain(`${target.key}\n${textHash}`, text).then((result) => {
      if (badges.get(target.anchor) !== badge || !isLive()) return;
      if (result === null || result.failures.length === 0) {
        badge.state = "nothing";
        return;
      }
      try {
        // A badge never comes before the chips of the looks before it: the work they left is done
        // first (the badge's own rendering is the longer part of this task anyway).
        finishWork();
        if (badges.get(target.anchor) !== badge) return;
        show(target, badge, result);
      } catch {
        dropBadge(target.anchor, badge);
      }
    });
  }

  function show(target: Target, badge: Badge, result: ExplainResult): void {
    badge.result = result;
    badge.state = "shown";
    badge.mount = createShadowMount(document, "badge", BADGE_CSS, signal);
    badge.theme = themeAt(target.anchor, target.placement);
    // Rendered before it goes into the page, so the page lays it out once.
    renderBadge(badge);
    place(badge.mount.host, target.anchor, target.placement);
    if (target.conversationId !== "") learnConversation(target.conversationId, result);
  }

  function renderBadge(badge: Badge): void {
    if (badge.mount === null || badge.result === null) return;
    render(
      <BounceBadge result={badge.result} variant={variant} theme={badge.theme} headingLevel={site.headingLevel} />,
      badge.mount.container,
    );
  }

  function dropBadge(anchor: Element, badge: Badge): void {
    badges.delete(anchor);
    if (badge.mount !== null) unmount(badge.mount);
  }

  function learnConversation(conversationId: string, result: ExplainResult): void {
    const worst = bySeverity(result.failures)[0];
    if (worst === undefined) return;
    knownConversations.delete(conversationId);
    knownConversations.set(conversationId, { severity: worst.severity, cause: worst.reasonLabel });
    if (knownConversations.size > MAX_KNOWN_CONVERSATIONS) {
      knownConversations.delete(knownConversations.keys().next().value as string);
    }
    // Rows of this conversation already in the list learn it now, not at the next look.
    for (const chip of chips.values()) {
      if (chip.conversationId === conversationId) updateChip(chip);
    }
  }

  /**
   * Brings the chips to `rows` (the list's bounce rows, as just read): chips of rows gone or changed
   * are to be taken out, the others put in, back in place or updated, one step at a time (see
   * `work`). Rows left from a previous look are replaced by these; its mounts to take out still go.
   */
  function reconcileChips(rows: readonly BounceListRow[]): void {
    const byElement = new Map(rows.map((row) => [row.element, row]));
    for (const [element, chip] of chips) {
      const row = byElement.get(element);
      if (row === undefined || row.key !== chip.key || !element.isConnected) {
        chips.delete(element);
        doomed.push(chip.mount);
      }
    }
    chipRows = rows;
    chipNext = 0;
  }

  /** One row's chip put in, back in place or updated. A row that left the page since it was read waits for the next look. */
  function keepChip(row: BounceListRow): void {
    if (!row.element.isConnected) return;
    const chip = chips.get(row.element);
    if (chip === undefined) {
      addChip(row);
    } else {
      if (!isInPlace(chip.mount.host, row.anchor, "first-child")) place(chip.mount.host, row.anchor, "first-child");
      if (chip.known !== (knownConversations.get(chip.conversationId) ?? null)) updateChip(chip);
    }
  }

  function addChip(row: BounceListRow): void {
    const mount = createShadowMount(document, "chip", CHIP_CSS, signal);
    const chip: Chip = { key: row.key, conversationId: row.conversationId, mount, known: null };
    updateChip(chip);
    chips.set(row.element, chip);
    place(mount.host, row.anchor, "first-child");
  }

  function updateChip(chip: Chip): void {
    chip.known = knownConversations.get(chip.conversationId) ?? null;
    renderListChip(chip.mount.container, chip.known);
  }

  /** Reads the shown badges' themes again after the page's next frame. */
  function checkThemesSoon(): void {
    if (themeCheck !== null) return;
    themeCheck = afterNextFrame(checkThemes);
  }

  /** The shown badges' themes, within the budget; the rest after the frame after. */
  function checkThemes(): void {
    themeCheck = null;
    const started = performance.now();
    try {
      if (!isLive()) return;
      const deadline = started + sliceMs;
      // At least one reading per task, whatever the budget.
      let steps = 0;
      const late = () => steps++ > 0 && performance.now() >= deadline;
      let left = false;
      for (const [anchor, badge] of badges) {
        if (!badge.themeDue || badge.state !== "shown" || badge.mount === null || !anchor.isConnected) continue;
        if (late()) {
          left = true;
          break;
        }
        keepTheme(anchor, badge);
      }
      // What is left (each badge is read once per request): after the next frame.
      if (left) checkThemesSoon();
    } catch {
      // The page is untouched.
    } finally {
      spend(started, false);
    }
  }

  function removeAll(): void {
    for (const [anchor, badge] of badges) dropBadge(anchor, badge);
    for (const chip of chips.values()) chip.mount.dispose();
    chips.clear();
    for (const mount of doomed.splice(0)) mount.dispose();
    clearTimeout(later);
    later = undefined;
    look = null;
    rowReading = null;
    rowsToReread = null;
    chipRows = [];
    chipNext = 0;
    themeCheck?.();
    themeCheck = null;
  }

  return {
    scan,
    setVariant(next) {
      if (next === variant) return;
      variant = next;
      for (const badge of badges.values()) renderBadge(badge);
    },
    removeAll,
  };
}

/**
 * The changes a look has still to judge (`judged` is how many of `earlier` it has): the new ones
 * taken over without copying when it has judged all the earlier ones (a new look, mostly).
 */
function stillToJudge<T>(earlier: readonly T[], judged: number, more: readonly T[]): readonly T[] {
  if (judged >= earlier.length) return more;
  return more.length === 0 ? earlier.slice(judged) : [...earlier.slice(judged), ...more];
}

function textLength(element: Element): number {
  return element.textContent?.length ?? 0;
}

/** A badge's cards may hold state: Preact takes them down before the host goes. */
function unmount(mount: ShadowMount): void {
  render(null, mount.container);
  mount.dispose();
}

/**
 * Runs `task` in a task of its own just after the page's next frame, when the browser has just
 * computed its styles (so that reading them is cheap unless the page changed since), or after
 * THEME_CHECK_TIMEOUT_MS when no frame comes (a hidden tab); the function returned cancels it.
 */
function afterNextFrame(task: () => void): () => void {
  let frame: number | undefined;
  let next: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    cancel();
    task();
  };
  const fallback = setTimeout(run, THEME_CHECK_TIMEOUT_MS);
  if (typeof requestAnimationFrame === "function") {
    frame = requestAnimationFrame(() => {
      next = setTimeout(run, 0);
    });
  }
  const cancel = () => {
    clearTimeout(fallback);
    clearTimeout(next);
    if (frame !== undefined) cancelAnimationFrame(frame);
  };
  return cancel;
}

function isInPlace(host: Element, anchor: Element, placement: BadgePlacement): boolean {
  return placement === "first-child"
    ? host.parentNode === anchor
    : host.parentNode === anchor.parentNode && host.nextElementSibling === anchor;
}

/**
 * Puts our host at its place, first removing a host left there by an earlier copy of this script
 * (one that could not clean up), so that a message never shows two badges.
 */
function place(host: Element, anchor: Element, placement: BadgePlacement): void {
  const kind = host.getAttribute("data-bounce-lens");
  const neighbours = placement === "first-child" ? [...anchor.children] : [...(anchor.parentElement?.children ?? [])];
  for (const element of neighbours) {
    if (element !== host && !isOwnHost(element) && element.getAttribute("data-bounce-lens") === kind) element.remove();
  }
  if (placement === "first-child") anchor.insertBefore(host, anchor.firstChild);
  else anchor.parentNode?.insertBefore(host, anchor);
}

/** The theme where the badge is seen: the body's own background, or its parent's for a badge above it. */
function themeAt(anchor: Element, placement: BadgePlacement): PageTheme {
  return pageThemeAt(placement === "before" ? (anchor.parentElement ?? anchor) : anchor);
}
