/**
 * The page's own markup as one string: elements with their attributes, and texts, leaving out our
 * hosts and everything in them. A function's source, run in the page.
 */
const PAGE_OWN_DIGEST = `() => {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (node.hasAttribute("data-bounce-lens")) return;
      parts.push("<" + node.tagName + [...node.attributes].map((a) => " " + a.name + '="' + a.value + '"').sort().join("") + ">");
      for (const child of node.childNodes) walk(child);
      parts.push("</" + node.tagName + ">");
    } else if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.data);
    }
  };
  walk(document.documentElement);
  return parts.join("");
}`;

/**
 * What the tests run inside a webmail fixture page (the page's own world, as a user's script
 * would): read the badges and chips through their open shadow roots, change the page the way
 * Gmail and Outlook do, and time how long a badge takes. Plain JavaScript in a string: it is sent
 * as is to Chromium (Playwright) and Firefox (puppeteer), whatever compiled the test.
 * DOM APIs only, never HTML from strings: the pages enforce Trusted Types.
 */
export const PAGE_PROBE = String.raw`(() => {
  const pageOwnDigest = ${PAGE_OWN_DIGEST};
  const text = (element) => ((element && element.textContent) || "").replace(/\s+/g, " ").trim();
  const hosts = (kind) => [...document.querySelectorAll('[data-bounce-lens="' + kind + '"]')];
  const isReady = (host) => host.shadowRoot !== null && host.shadowRoot.querySelector(".bl-card, .bl-chip") !== null;
  const template = (name) => {
    const found = document.querySelector('template[data-fixture="' + name + '"]');
    if (found === null) throw new Error("no template " + name);
    return document.importNode(found.content, true);
  };
  const waitFor = (test, timeoutMs) =>
    new Promise((resolve, reject) => {
      if (test()) return resolve(0);
      const started = performance.now();
      const observer = new MutationObserver(() => {
        if (!test()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve(performance.now() - started);
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error("timed out after " + timeoutMs + " ms"));
      }, timeoutMs);
    });
  const readyBadges = () => hosts("badge").filter(isReady).length;
  return {
    /** Trusted Types and other CSP violations the page saw (recorded from before any script ran). */
    violations() {
      return window.__cspViolations || [];
    },
    badges() {
      return hosts("badge").map((host) => {
        const shadow = host.shadowRoot;
        const message = host.closest("[data-message-id]");
        const next = host.nextElementSibling;
        const badge = shadow && shadow.querySelector(".bl-badge");
        return {
          ready: isReady(host),
          messageId: message ? message.getAttribute("data-message-id") : null,
          firstInBody: host.parentElement !== null && host.parentElement.matches(".ii.gt") && host.parentElement.firstElementChild === host,
          beforeDocument: next !== null && next.getAttribute("role") === "document",
          beforePre: next !== null && next.tagName === "PRE",
          title: text(shadow && shadow.querySelector(".bl-badge-title")),
          theme: badge ? badge.getAttribute("data-theme") : null,
          variant: badge ? badge.getAttribute("data-variant") : null,
          background: badge ? getComputedStyle(badge).backgroundColor : null,
          cards: shadow
            ? [...shadow.querySelectorAll(".bl-card")].map((card) => ({
                severity: (card.querySelector(".bl-chip") || card).getAttribute("data-severity"),
                cause: text(card.querySelector(".bl-card-title")),
                recipient: text(card.querySelector(".bl-recipient")).replace(/^Recipient: /, ""),
                actor: text(card.querySelector(".bl-actor")).replace(/^Who acts: /, ""),
                raw: (card.querySelector(".bl-raw pre") || { textContent: "" }).textContent,
                links: [...card.querySelectorAll("a")].map((a) => a.getAttribute("href")),
              }))
            : [],
          elements: shadow ? [...shadow.querySelectorAll("*")].map((element) => element.tagName.toLowerCase()) : [],
        };
      });
    },
    chips() {
      return hosts("chip").map((host) => {
        const row = host.closest("tr");
        const subject = row && row.querySelector(".bog");
        const chip = host.shadowRoot && host.shadowRoot.querySelector(".bl-chip");
        // Read through the chip's own style sheet (adopted, or a <style> in Firefox): its rounded edge and its host's margin.
        const styled = chip !== null && getComputedStyle(chip).borderTopLeftRadius === "999px" && getComputedStyle(host).marginRight === "6px";
        const shadow = host.shadowRoot;
        const sheet = !shadow ? "none" : shadow.adoptedStyleSheets.length > 0 ? "adopted" : shadow.querySelector("style") ? "style" : "none";
        // The colours the browser worked out: the chip's word and fill, and the background it sits on.
        let under = host.parentElement;
        while (under !== null && /^(transparent|rgba\(0, 0, 0, 0\))$/.test(getComputedStyle(under).backgroundColor)) under = under.parentElement;
        const colours = {
          word: chip ? getComputedStyle(chip).color : "",
          fill: chip ? getComputedStyle(chip).backgroundColor : "",
          row: under ? getComputedStyle(under).backgroundColor : "rgb(255, 255, 255)",
        };
        return { subject: text(subject), severity: chip ? chip.getAttribute("data-severity") : null, title: chip ? chip.getAttribute("title") : null, styled, sheet, colours };
      });
    },
    /** Switches the list to dark rows (as a webmail's dark theme does, by its own style sheet) and resolves after the next frame. */
    darkenList() {
      const style = document.createElement("style");
      style.textContent = 'table[role="grid"] tr { background: #202124 !important; color: #e8eaed !important; }';
      document.head.append(style);
      return new Promise((resolve) => requestAnimationFrame(() => resolve(true)));
    },
    /** Resolves with the time it took until exactly n badges are rendered; rejects after timeoutMs. */
    waitForBadges(n, timeoutMs) {
      return waitFor(() => hosts("badge").length === n && readyBadges() === n, timeoutMs);
    },
    waitForChips(severities, timeoutMs) {
      const now = () => hosts("chip").map((host) => { const chip = host.shadowRoot && host.shadowRoot.querySelector(".bl-chip"); return chip ? chip.getAttribute("data-severity") : "-"; }).join(",");
      return waitFor(() => now() === severities.join(","), timeoutMs);
    },
    /** Waits quietMs and says how many badge hosts exist then (for "nothing appears"). */
    async settle(quietMs) {
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      return hosts("badge").length;
    },
    /** Gmail and Outlook show another page: the whole body is rendered anew from a template. */
    showTemplate(name, newAddress) {
      if (newAddress) history.pushState(null, "", newAddress);
      document.body.replaceChildren(template(name));
    },
    hashTo(hash) {
      location.hash = hash;
    },
    /** Takes the n-th Gmail message (its list item) out of the conversation; returns it for putting back. */
    closeGmailMessage(index) {
      const item = document.querySelectorAll('[role="list"] > [role="listitem"]')[index];
      window.__closed = { item, parent: item.parentElement, next: item.nextElementSibling };
      item.remove();
    },
    /** Puts the closed message back as new nodes, timing it: ms from the body's arrival to a rendered badge. */
    reopenGmailMessage(newId, timeoutMs) {
      const closed = window.__closed;
      const item = closed.item.cloneNode(true);
      for (const stale of item.querySelectorAll("[data-bounce-lens]")) stale.remove();
      if (newId) {
        const message = item.querySelector("[data-message-id]");
        message.setAttribute("data-message-id", "#msg-f:" + newId);
        message.removeAttribute("data-legacy-message-id");
        // A different failed address, so that the engine has a new text to read.
        const walker = document.createTreeWalker(item.querySelector(".a3s"), NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          node.data = node.data.replace(/[a-z.]+@example\.(net|org|com)/g, (address) => newId.slice(-4) + "." + address);
        }
      }
      const started = performance.now();
      closed.parent.insertBefore(item, closed.next);
      const count = hosts("badge").length + 1;
      return waitFor(() => hosts("badge").length === count && readyBadges() === count, timeoutMs).then(() => performance.now() - started);
    },
    /** Outlook shows the next message in the same heading, sender line and body nodes. */
    reuseOutlookReadingPane(name, newAddress) {
      if (newAddress) history.pushState(null, "", newAddress);
      const next = template(name);
      const heading = document.querySelector('#ReadingPaneContainerId [role="heading"]');
      const nextHeading = next.querySelector('#ReadingPaneContainerId [role="heading"]');
      heading.setAttribute("title", nextHeading.getAttribute("title") || text(nextHeading));
      heading.firstElementChild.textContent = text(nextHeading);
      const sender = document.querySelector('#ReadingPaneContainerId [title*="@"]');
      const nextSender = next.querySelector('#ReadingPaneContainerId [title*="@"]');
      sender.setAttribute("title", nextSender.getAttribute("title"));
      sender.textContent = nextSender.textContent;
      const body = document.querySelector('#ReadingPaneContainerId [role="document"]');
      body.replaceChildren(...next.querySelector('#ReadingPaneContainerId [role="document"]').childNodes);
      return body;
    },
    /** Puts keyboard focus on the first badge's disclosure, and starts recording keys that reach the page. */
    focusBadgeSummary() {
      const host = hosts("badge")[0];
      const summary = host.shadowRoot.querySelector("summary");
      window.__pageKeys = [];
      document.addEventListener("keydown", (event) => window.__pageKeys.push(event.key));
      summary.focus();
      return document.activeElement === host && host.shadowRoot.activeElement === summary;
    },
    badgeFocus() {
      const host = hosts("badge")[0];
      const active = host.shadowRoot.activeElement;
      const details = host.shadowRoot.querySelector("details.bl-more");
      return {
        inBadge: document.activeElement === host,
        focused: active ? active.tagName.toLowerCase() : null,
        open: details ? details.open : null,
        pageKeys: window.__pageKeys || [],
      };
    },
    /** For each badge: the id of the element just after it and of the element around it. */
    badgeNeighbours() {
      return hosts("badge").map((host) => ({
        nextId: host.nextElementSibling ? host.nextElementSibling.id : null,
        parentId: host.parentElement ? host.parentElement.id : null,
      }));
    },
    /** Every host of ours in the page, by kind; how many are shown (the rest hidden); how many markHosts() marked. */
    hostsLeft() {
      const all = [...document.querySelectorAll("[data-bounce-lens]")];
      return {
        badges: hosts("badge").length,
        chips: hosts("chip").length,
        shown: all.filter((host) => getComputedStyle(host).display !== "none").length,
        marked: all.filter((host) => host.hasAttribute("data-test-earlier")).length,
      };
    },
    /** Marks the hosts now in the page, to tell them from those a new copy of the script makes. */
    markHosts() {
      for (const host of document.querySelectorAll("[data-bounce-lens]")) host.setAttribute("data-test-earlier", "");
      return document.querySelectorAll("[data-test-earlier]").length;
    },
    /** Waits until no host is shown (hidden hosts may stay in the page); rejects after timeoutMs. */
    waitForNoneShown(timeoutMs) {
      return waitFor(() => this.hostsLeft().shown === 0, timeoutMs);
    },
    /**
     * Waits until the page holds exactly these badges and chips, all rendered and shown, and none
     * of those markHosts() marked: a new copy of the script took over. Rejects after timeoutMs.
     */
    waitForRenewed(badges, chips, timeoutMs) {
      return waitFor(() => {
        const left = this.hostsLeft();
        return left.badges === badges && left.chips === chips && left.marked === 0 && left.shown === badges + chips && readyBadges() === badges;
      }, timeoutMs);
    },
    /** Starts recording the keys that reach the page's own listeners (its keyboard shortcuts). */
    recordPageKeys() {
      window.__pageKeys = [];
      document.addEventListener("keydown", (event) => window.__pageKeys.push(event.key));
    },
    pageKeys() {
      return window.__pageKeys || [];
    },
    /**
     * Whether the page still does what it did without us: its own markup as it was when it loaded
     * (ours left out), clicks in its content reaching its listeners, and its navigation (hash and
     * history) working. The address is put back as it was.
     */
    async pageStillWorks() {
      const domAsLoaded = typeof window.__pageAtLoad === "string" && pageOwnDigest() === window.__pageAtLoad;
      // The first of the page's own texts that is no link or button (ours never count).
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement.closest("[data-bounce-lens], a, button") === null && node.data.trim() !== "" ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
      });
      const target = walker.nextNode().parentElement;
      let clicks = 0;
      const onClick = () => clicks++;
      document.addEventListener("click", onClick);
      target.click();
      document.removeEventListener("click", onClick);
      const before = location.href;
      const next = (type, change) =>
        new Promise((resolve) => {
          const timer = setTimeout(() => resolve(false), 2000);
          window.addEventListener(type, () => { clearTimeout(timer); resolve(true); }, { once: true });
          change();
        });
      // The address's fragment changed, an entry pushed and gone back over, and back to the start.
      const hashchange = await next("hashchange", () => { location.hash = "#test-resilience"; });
      history.pushState(null, "", location.pathname + location.search + "&test-pushed=1" + location.hash);
      const popstate = await next("popstate", () => history.back());
      const hashBack = await next("hashchange", () => history.back());
      return { domAsLoaded, clickReached: clicks === 1, hashchange, popstate, hashBack, addressBack: location.href === before };
    },
    /** Outlook's reuse of its reading pane, timed: ms until the badge names the new message's recipients. */
    reuseOutlookReadingPaneTimed(name, newAddress, timeoutMs) {
      const recipients = () => hosts("badge").filter(isReady).map((host) => [...host.shadowRoot.querySelectorAll(".bl-recipient")].map(text).join()).join("|");
      const before = recipients();
      const started = performance.now();
      this.reuseOutlookReadingPane(name, newAddress);
      return waitFor(() => recipients() !== "" && recipients() !== before, timeoutMs).then(() => performance.now() - started);
    },
    /** A busy page: a list row added and one removed, and a clock ticking, in every task, like a live mailbox. */
    async churn(rounds) {
      const list = document.querySelector("tbody") || document.body;
      const clock = document.createElement("span");
      clock.textContent = "12:00";
      document.body.append(clock);
      let previous = null;
      for (let i = 0; i < rounds; i++) {
        const row = document.createElement("tr");
        const cell = document.createElement("td");
        cell.textContent = "row " + i;
        row.append(cell);
        list.append(row);
        if (previous !== null) previous.remove();
        previous = row;
        clock.firstChild.data = "12:" + String(i % 60).padStart(2, "0");
        // A new task each round; nested timers run every 4 ms or so: some 250 changes a second.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (previous !== null) previous.remove();
      clock.remove();
    },
  };
})()`;

/**
 * Runs before anything else on each page: when the page has loaded (DOMContentLoaded, before the
 * content scripts, which run at document_idle), keeps its own markup for `pageStillWorks()`.
 */
export const RECORD_PAGE_AT_LOAD = `(() => {
  const pageOwnDigest = ${PAGE_OWN_DIGEST};
  document.addEventListener("DOMContentLoaded", () => {
    window.__pageAtLoad = pageOwnDigest();
  }, { once: true });
})()`;

/** Runs before anything else on each page: records CSP violations (Trusted Types included). */
export const RECORD_VIOLATIONS = `(() => {
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI + " " + (event.sample || ""));
  });
})()`;

export function probe(call: string): string {
  return `${PAGE_PROBE}.${call}`;
}

/** A badge as `badges()` reads it. */
export interface ProbedBadge {
  ready: boolean;
  messageId: string | null;
  firstInBody: boolean;
  beforeDocument: boolean;
  beforePre: boolean;
  title: string;
  theme: string | null;
  variant: string | null;
  background: string | null;
  cards: { severity: string; cause: string; recipient: string; actor: string; raw: string; links: string[] }[];
  /** Every element inside the shadow root, by tag name. */
  elements: string[];
}

export interface ProbedChip {
  subject: string;
  severity: string | null;
  title: string | null;
  /** Whether the chip's style sheet applies (its rounded edge, its host's margin). */
  styled: boolean;
  /** How its shadow root has its sheet: the shared one adopted, or a <style> of its own. */
  sheet: "adopted" | "style" | "none";
  /** Computed colours, as the browser gives them (rgb(), rgba() or color(srgb ...)): the word, the chip's fill, and the row's background under it. */
  colours: { word: string; fill: string; row: string };
}

/** What `hostsLeft()` says. */
export interface HostsLeft {
  badges: number;
  chips: number;
  /** Hosts of either kind the page shows (not `display: none`). */
  shown: number;
  /** Hosts marked by `markHosts()` still in the page. */
  marked: number;
}

/** What `pageStillWorks()` says: all true when nothing broke. */
export interface PageStillWorks {
  domAsLoaded: boolean;
  clickReached: boolean;
  hashchange: boolean;
  popstate: boolean;
  hashBack: boolean;
  addressBack: boolean;
}
