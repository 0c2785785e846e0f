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
 */
import { render } from "preact";
import type { ExplainResult } from "../engine/types";
import type { CardVariant } from "../ui/components/failure-card";
import { bySeverity } from "../ui/severity";
import type { BounceListRow, ChangeImpact } from "../webmail/adapter";
import { looksLikeBounce } from "../webmail/bounce-hints";
import { hashText } from "../webmail/stable-key";
import { BounceBadge } from "./bounce-badge";
import type { CachedExplain } from "./explain-cache";
import { type KnownBounce, ListChip } from "./list-chip";
import { type PageTheme, pageThemeAt } from "./page-theme";
import type { PageChanges } from "./page-watch";
import { rawMessageLooksLikeBounce } from "./raw-message-hint";
import { createShadowMount, isOwnHost, type ShadowMount } from "./shadow-mount";
import type { AnnotatedSite, BadgePlacement } from "./site";
import { BADGE_CSS, CHIP_CSS } from "./styles";
import type { WorkCosts } from "./work-costs";

/** Conversations remembered for the list's chips; one small entry each. */
const MAX_KNOWN_CONVERSATIONS = 500;

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
}

interface Chip {
  key: string;
  conversationId: string;
  mount: ShadowMount;
  known: KnownBounce | null;
  theme: PageTheme;
}

export function createAnnotator(options: AnnotatorOptions): Annotator {
  const { site, document, explain, signal, isLive, url, costs } = options;
  let variant: CardVariant = options.variant ?? "compact";
  const badges = new Map<Element, Badge>();
  const chips = new Map<Element, Chip>();
  const knownConversations = new Map<string, KnownBounce>();
  const rowReader = site.listChips ? site.adapter.bounceRowReader() : null;

  function scan(changes?: PageChanges): void {
    const started = performance.now();
    try {
      if (!isLive()) return;
      const raw = site.showsRawMessage?.(url()) === true;
      const impact: ChangeImpact | null = changes === undefined ? null : site.adapter.changeImpact(changes, isOwnHost);
      // A raw message's page is read whole each time: it is one plain document, without a list.
      if (impact === null || impact.messages || changes?.beyondRecords || raw) reconcileBadges(findTargets(raw));
      else keepBadges();
      if (rowReader !== null) reconcileChips(rowReader.read(document, impact === null ? null : impact.rows));
    } catch {
      // Unexpected markup or a browser quirk: this look gives nothing, the page is untouched.
    } finally {
      const spent = performance.now() - started;
      costs.scans++;
      costs.scanMs += spent;
      costs.longestScanMs = Math.max(costs.longestScanMs, spent);
    }
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

  /** The open messages are the same as at the last look: shown badges are only kept in place and in theme. */
  function keepBadges(): void {
    for (const [anchor, badge] of badges) {
      if (!anchor.isConnected) dropBadge(anchor, badge);
      else keepShown(anchor, badge);
    }
  }

  function keepShown(anchor: Element, badge: Badge): void {
    if (badge.state !== "shown" || badge.mount === null) return;
    if (!isInPlace(badge.mount.host, anchor, badge.placement)) place(badge.mount.host, anchor, badge.placement);
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

  function reconcileChips(rows: readonly BounceListRow[]): void {
    const byElement = new Map(rows.map((row) => [row.element, row]));
    for (const [element, chip] of chips) {
      const row = byElement.get(element);
      if (row === undefined || row.key !== chip.key || !element.isConnected) {
        chips.delete(element);
        unmount(chip.mount);
      }
    }
    for (const row of rows) {
      const chip = chips.get(row.element);
      if (chip === undefined) {
        addChip(row);
      } else {
        if (!isInPlace(chip.mount.host, row.anchor, "first-child")) place(chip.mount.host, row.anchor, "first-child");
        if (chip.known !== (knownConversations.get(chip.conversationId) ?? null)) updateChip(chip);
      }
    }
  }

  function addChip(row: BounceListRow): void {
    const mount = createShadowMount(document, "chip", CHIP_CSS, signal);
    const theme = pageThemeAt(row.anchor);
    const chip: Chip = { key: row.key, conversationId: row.conversationId, mount, known: null, theme };
    updateChip(chip);
    chips.set(row.element, chip);
    place(mount.host, row.anchor, "first-child");
  }

  function updateChip(chip: Chip): void {
    chip.known = knownConversations.get(chip.conversationId) ?? null;
    render(<ListChip known={chip.known} theme={chip.theme} />, chip.mount.container);
  }

  function removeAll(): void {
    for (const [anchor, badge] of badges) dropBadge(anchor, badge);
    for (const chip of chips.values()) unmount(chip.mount);
    chips.clear();
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

function textLength(element: Element): number {
  return element.textContent?.length ?? 0;
}

function unmount(mount: ShadowMount): void {
  render(null, mount.container);
  mount.host.remove();
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
