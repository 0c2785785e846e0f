/**
 * The element Bounce Lens puts into a webmail page: a host carrying `data-bounce-lens`, with an
 * open shadow root (assistive technology and tests can read it) that holds our styles and our
 * markup. The page's styles do not reach in and ours do not leak out.
 *
 * Styles: one constructed style sheet per kind, shared by every shadow root that adopts it, so
 * that a busy list's new chips are not each given a sheet of their own to build when they go into
 * the page (issue 7). Chromium and Firefox ESR 153 let a content script's shadow roots adopt it
 * (the end-to-end tests check both); older Firefox refused ("Accessing from Xray wrapper is not
 * supported"), so wherever adopting fails, each root gets a `<style>` instead. Neither
 * `replaceSync` nor `style.textContent` is guarded by Trusted Types, so no policy is ever needed.
 */

/**
 * Events that stop at a badge's host: Gmail and Outlook act on keys (shortcuts) and clicks in a
 * message, and a badge has controls of its own. A chip has none and takes no focus: a click on it
 * goes on to its row, which opens the conversation as a click on the subject beside it does.
 */
const CONTAINED_EVENTS = [
  "keydown",
  "keyup",
  "keypress",
  "click",
  "dblclick",
  "auxclick",
  "mousedown",
  "mouseup",
  "pointerdown",
  "pointerup",
  "contextmenu",
  "focusin",
  "focusout",
] as const;

export type MountKind = "badge" | "chip";

export interface ShadowMount {
  /** What goes into the page. */
  host: HTMLElement;
  /** Where the component renders, inside the shadow root. */
  container: HTMLElement;
  /**
   * Takes the host out of the page and its listeners off it, so that nothing of ours keeps a
   * removed host alive (the content script's context would hold every listener until it ends).
   */
  dispose(): void;
}

/** The shared sheet for each style text; null once adopting has failed (every root then gets a `<style>`). */
const sharedSheets = new Map<string, CSSStyleSheet | null>();

/** Gives `shadow` the style sheet `css` as the shared sheet; false where that cannot be done. */
function adoptSharedSheet(shadow: ShadowRoot, css: string): boolean {
  let sheet = sharedSheets.get(css);
  if (sheet === null) return false;
  try {
    if (sheet === undefined) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
    }
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) {
      sharedSheets.set(css, sheet);
      return true;
    }
  } catch {
    // Older Firefox's content scripts: "Accessing from Xray wrapper is not supported".
  }
  sharedSheets.set(css, null);
  return false;
}

/** Hosts made by this script, so that its own insertions are told apart from the page's changes. */
const ownHosts = new WeakSet<Node>();

export function isOwnHost(node: Node): boolean {
  return ownHosts.has(node);
}

/**
 * Takes out every host that this copy of the script did not make: hosts left by an earlier copy
 * that could not clean up. Firefox ends a disabled or updated extension's content scripts without
 * running any of their code, so their hosts stay in the page (hidden: see visibility.css) until
 * the next copy starts here.
 */
export function removeLeftoverHosts(document: Document): number {
  let removed = 0;
  for (const element of document.querySelectorAll("[data-bounce-lens]")) {
    if (isOwnHost(element)) continue;
    element.remove();
    removed++;
  }
  return removed;
}

/**
 * A host of `kind` with `css` in its shadow root. A badge's listeners end with `dispose` (the
 * annotator disposes of every mount when the content script's context ends); a context already
 * ended (`signal` aborted) gets a host without them. Not tied to `signal` itself: that would add a
 * listener to the context per host, which stays until the context ends. A chip gets no listeners.
 */
export function createShadowMount(document: Document, kind: MountKind, css: string, signal: AbortSignal): ShadowMount {
  // A name of our own (valid for a shadow root), so that the page's rules for div or span miss it.
  const host = document.createElement(kind === "badge" ? "bounce-lens-badge" : "bounce-lens-chip");
  host.setAttribute("data-bounce-lens", kind);
  const shadow = host.attachShadow({ mode: "open" });
  if (!adoptSharedSheet(shadow, css)) {
    const style = document.createElement("style");
    style.textContent = css;
    shadow.append(style);
  }
  const container = document.createElement(kind === "badge" ? "div" : "span");
  shadow.append(container);
  // Stopped in the bubbling phase at the host: the page's own listeners below it never see our
  // keys and clicks (its capturing listeners on window still could, which no script can prevent).
  const stop = (event: Event) => event.stopPropagation();
  // One controller per host: `dispose` takes all its listeners off in one call.
  const listeners = signal.aborted || kind === "chip" ? null : new AbortController();
  if (listeners !== null) {
    for (const type of CONTAINED_EVENTS) host.addEventListener(type, stop, { signal: listeners.signal });
  }
  ownHosts.add(host);
  return {
    host,
    container,
    dispose() {
      host.remove();
      listeners?.abort();
    },
  };
}
