/**
 * The annotator on the webmail fixture pages, in happy-dom: a page becomes the test's document,
 * the real engine reads the bodies (as the background would), and helpers read the badges back
 * through their open shadow roots, as assistive technology does.
 */
import { vi } from "vitest";
import { type Annotator, createAnnotator } from "../../src/annotate/annotator";
import { cachedExplain } from "../../src/annotate/explain-cache";
import { GMAIL, OUTLOOK } from "../../src/annotate/site";
import { newWorkCosts, type WorkCosts } from "../../src/annotate/work-costs";
import { explainBounce } from "../../src/engine/index";
import type { CardVariant } from "../../src/ui/components/failure-card";
import { pageSource, type Site } from "../webmail/load-page";

export const SITES = { gmail: GMAIL, outlook: OUTLOOK } as const;

/** Makes a fixture page the test's document (happy-dom's own, with a window and computed styles). */
export function showPage(site: Site, name: string): void {
  const parsed = new DOMParser().parseFromString(pageSource(site, name), "text/html");
  const html = document.documentElement;
  for (const name of html.getAttributeNames()) html.removeAttribute(name);
  for (const attribute of parsed.documentElement.attributes) html.setAttribute(attribute.name, attribute.value);
  html.replaceChildren(...[...parsed.documentElement.childNodes].map((node) => document.importNode(node, true)));
}

export interface Annotated {
  annotator: Annotator;
  /** The engine as the annotator calls it (through the cache), for counting readings. */
  explain: ReturnType<typeof vi.fn<typeof explainBounce>>;
  costs: WorkCosts;
  controller: AbortController;
}

export function annotate(
  site: Site,
  options: { url?: string; variant?: CardVariant; isLive?: () => boolean; sliceMs?: number } = {},
): Annotated {
  const explain = vi.fn(explainBounce);
  const costs = newWorkCosts();
  const controller = new AbortController();
  const annotator = createAnnotator({
    site: SITES[site],
    document,
    explain: cachedExplain((text) => explain(text)),
    signal: controller.signal,
    isLive: options.isLive ?? (() => true),
    url: () =>
      options.url ?? `https://${site === "gmail" ? "mail.google.com/mail/u/0/#inbox" : "outlook.office.com/mail/"}`,
    costs,
    variant: options.variant ?? "compact",
    // Unless a test says otherwise, each look does all its work at once (as before looks were
    // sliced), so that a test reads the page right after it; sliced-looks.test.tsx holds the slices
    // to the same end.
    sliceMs: options.sliceMs ?? Number.POSITIVE_INFINITY,
  });
  return { annotator, explain, costs, controller };
}

/** Lets the engine's answers arrive and the badges render. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function badgeHosts(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-bounce-lens="badge"]')];
}

/** A copy of a Gmail list row as another conversation's: without our hosts, its thread id `#thread-f:<threadId>`. */
export function copyListRow(row: Element, threadId: string | number): Element {
  const copy = row.cloneNode(true) as Element;
  for (const stale of copy.querySelectorAll("[data-bounce-lens]")) stale.remove();
  copy.querySelector("[data-thread-id]")?.setAttribute("data-thread-id", `#thread-f:${threadId}`);
  return copy;
}

export function chipHosts(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-bounce-lens="chip"]')];
}

export interface ShownCard {
  severity: string;
  cause: string;
  recipient: string;
  actor: string;
}

/** What a badge shows, read through its open shadow root. */
export function readBadge(host: Element): { title: string; theme: string | null; cards: ShownCard[] } {
  const shadow = host.shadowRoot;
  if (shadow === null) throw new Error("badge host without an open shadow root");
  const text = (element: Element | null) => (element?.textContent ?? "").replace(/\s+/g, " ").trim();
  const badge = shadow.querySelector(".bl-badge");
  return {
    title: text(shadow.querySelector(".bl-badge-title")),
    theme: badge?.getAttribute("data-theme") ?? null,
    cards: [...shadow.querySelectorAll(".bl-card")].map((card) => ({
      severity: card.querySelector(".bl-chip")?.getAttribute("data-severity") ?? "",
      cause: text(card.querySelector(".bl-card-title")),
      recipient: text(card.querySelector(".bl-recipient")).replace(/^Recipient: /, ""),
      actor: text(card.querySelector(".bl-actor")).replace(/^Who acts: /, ""),
    })),
  };
}
