/**
 * What the browser benchmark runs inside pages (the page's own world, as Gmail's or Outlook's own
 * script would): open bounce messages the way a single-page app renders them and time, with the
 * page's own clock, how long the extension's badge takes; make an inbox list change a thousand
 * times; and, in the extension's popup, time the answer to a paste and to an opened file.
 * Plain JavaScript in strings, sent as is to Chromium (Playwright) and Firefox (puppeteer).
 * DOM APIs only, never HTML from strings: the webmail pages enforce Trusted Types.
 *
 * State between calls lives in `window.__bench` (each call evaluates the script anew).
 */

/** Shared helpers, the start of every script below. */
const HELPERS = String.raw`
  const state = (window.__bench = window.__bench || {});
  const badgeHosts = () => [...document.querySelectorAll('[data-bounce-lens="badge"]')];
  const readyBadges = () => badgeHosts().filter((host) => host.shadowRoot !== null && host.shadowRoot.querySelector(".bl-card") !== null).length;
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  /** Resolves with performance.now() at the first mutation after which test() holds (or now, if it already does). */
  const until = (test, timeoutMs, root = document, options = { childList: true, subtree: true }) =>
    new Promise((resolve, reject) => {
      if (test()) return resolve(performance.now());
      const observer = new MutationObserver(() => {
        if (!test()) return;
        const at = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve(at);
      });
      observer.observe(root, options);
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error("timed out after " + timeoutMs + " ms"));
      }, timeoutMs);
    });
  /** Every address at example.net/.org/.com in the text nodes under root gets a prefix: a new text for the engine. */
  const renameAddresses = (root, prefix) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      node.data = node.data.replace(/\b([a-z][a-z0-9.]*)@(example\.(?:net|org|com))/g, prefix + ".$1@$2");
    }
  };
`;

/**
 * Message openings in a webmail page. `prepare(site)` keeps a pristine copy of the page's bounce
 * message (Gmail: the conversation's list item; Outlook: the reading pane's body); `close()`
 * takes the current one out and waits until its badge is gone; `open(n, gapMs, fresh)` waits
 * gapMs (a quiet page, as between two clicks), then puts a copy in and resolves with the ms from
 * that insertion to the badge rendered in the page. `fresh`: the copy's addresses (and Gmail's
 * message id) are new, so the text is one the extension has not read yet; otherwise the very
 * text of the previous opening comes back (the content script's cache answers).
 */
export const OPENINGS = `(() => {
  ${HELPERS}
  const find = (site) => {
    if (site === "gmail") {
      const items = document.querySelectorAll('[role="list"] > [role="listitem"]');
      return [...items].find((item) => item.querySelector(".a3s") && /Delivery Status|Undeliver|Mail Delivery|failure/i.test(item.textContent));
    }
    return document.querySelector('#ReadingPaneContainerId [role="document"]');
  };
  return {
    prepare(site) {
      const element = find(site);
      if (!element) throw new Error("no bounce message on this page");
      const pristine = element.cloneNode(true);
      for (const stale of pristine.querySelectorAll("[data-bounce-lens]")) stale.remove();
      state.openings = { site, pristine, parent: element.parentElement, next: element.nextElementSibling, current: element, copy: null };
      return true;
    },
    async close(timeoutMs) {
      const o = state.openings;
      o.current.remove();
      o.current = null;
      await until(() => badgeHosts().length === 0, timeoutMs);
    },
    async open(n, gapMs, fresh, timeoutMs) {
      const o = state.openings;
      if (fresh || o.copy === null) {
        o.copy = o.pristine.cloneNode(true);
        renameAddresses(o.copy, "b" + n);
        const message = o.copy.querySelector("[data-message-id]");
        if (message) {
          message.setAttribute("data-message-id", "#msg-f:" + String(1792638200000000000n + BigInt(n)));
          message.removeAttribute("data-legacy-message-id");
        }
      }
      const item = o.copy.cloneNode(true);
      await sleep(gapMs);
      const inserted = performance.now();
      o.parent.insertBefore(item, o.next);
      o.current = item;
      const shown = await until(() => badgeHosts().length === 1 && readyBadges() === 1, timeoutMs);
      return shown - inserted;
    },
  };
})()`;

/**
 * An inbox list that keeps changing while no message is open (the bench fixture for the content
 * script's main-thread time). `setUp(site, rows)` closes the open message and grows the list to
 * `rows` rows (copies of its ordinary rows); `churn(batches, site)` then changes the list
 * `batches` times, each change in a task of its own (a timer, some 4 ms apart), the way a live
 * mailbox does: a new row arrives at the top and the bottom one leaves, every row's time label
 * is rewritten, the first row is marked read; every 50th new row is a bounce (so the list's chips
 * get work too). Each batch starts with performance.mark("bench-batch"), which the trace shows.
 * `padPage(elements)` first adds that many more elements to the page, out of the list (a webmail's
 * real page is far larger than a fixture, and what a look costs may grow with it).
 */
export const INBOX_CHURN = `(() => {
  ${HELPERS}
  const parts = (site) =>
    site === "gmail"
      ? {
          list: document.querySelector('table[role="grid"] > tbody'),
          rows: () => [...document.querySelectorAll('table[role="grid"] > tbody > tr[role="row"]')],
          isBounce: (row) => /mailer-daemon|postmaster|Mail Delivery/i.test(row.querySelector("[email]")?.getAttribute("email") + " " + row.textContent),
          time: (row) => row.querySelector("td.xW span"),
          subject: (row) => row.querySelector(".bog span"),
          id: (row, n) => row.querySelector("[data-thread-id]")?.setAttribute("data-thread-id", "#thread-f:" + String(1792900000000000000n + BigInt(n))),
          open: () => [...document.querySelectorAll('[role="list"] > [role="listitem"]')],
        }
      : {
          list: document.querySelector('[role="listbox"]'),
          rows: () => [...document.querySelectorAll('[role="listbox"] > [role="option"]')],
          isBounce: (row) => /Undeliverable|Microsoft Outlook|postmaster/i.test(row.textContent),
          time: (row) => row.querySelector(":scope > div:nth-child(2) > span:nth-child(2)"),
          subject: (row) => row.querySelector(":scope > div:nth-child(2) > span:nth-child(1)"),
          id: (row, n) => row.setAttribute("data-convid", "AAQkBench" + n + "="),
          open: () => [...document.querySelectorAll('#ReadingPaneContainerId [role="document"]')],
        };
  return {
    async setUp(site, rows, timeoutMs) {
      const p = parts(site);
      for (const message of p.open()) message.remove();
      await until(() => badgeHosts().length === 0, timeoutMs);
      const existing = p.rows();
      const ordinary = existing.filter((row) => !p.isBounce(row));
      const bounce = existing.find((row) => p.isBounce(row));
      if (ordinary.length === 0 || !bounce) throw new Error("the list needs an ordinary row and a bounce row");
      state.churn = { ordinary: ordinary[0].cloneNode(true), bounce: bounce.cloneNode(true), made: 0 };
      for (let i = existing.length; i < rows; i++) p.list.append(this.row(site, ordinary[i % ordinary.length], false));
      return p.rows().length;
    },
    padPage(elements) {
      const filler = document.createElement("div");
      filler.setAttribute("data-bench-filler", "");
      for (let made = 0; made < elements; made += 10) {
        const group = document.createElement("div");
        group.className = "filler-" + (made % 7);
        for (let i = 0; i < 9; i++) {
          const part = document.createElement(i % 3 === 0 ? "div" : "span");
          part.className = "part-" + i;
          part.textContent = "filler " + i;
          group.append(part);
        }
        filler.append(group);
      }
      document.body.append(filler);
      return document.getElementsByTagName("*").length;
    },
    row(site, model, isBounce) {
      const p = parts(site);
      const row = model.cloneNode(true);
      for (const stale of row.querySelectorAll("[data-bounce-lens]")) stale.remove();
      const n = ++state.churn.made;
      row.id = "bench-row-" + n;
      p.id(row, n);
      const subject = p.subject(row);
      if (subject && !isBounce) subject.textContent = "Weekly update " + n;
      if (subject && isBounce) renameAddresses(row, "r" + n);
      return row;
    },
    async churn(site, batches) {
      const p = parts(site);
      const started = performance.now();
      for (let i = 0; i < batches; i++) {
        performance.mark("bench-batch");
        const isBounce = i % 50 === 49;
        const row = this.row(site, isBounce ? state.churn.bounce : state.churn.ordinary, isBounce);
        p.list.prepend(row);
        const rows = p.rows();
        rows[rows.length - 1].remove();
        for (const each of rows) {
          const time = p.time(each);
          if (time && time.firstChild) time.firstChild.data = (i % 12) + 1 + ":" + String(i % 60).padStart(2, "0") + " PM";
        }
        rows[0].classList.toggle("zE");
        // A new task each batch; nested timers run some 4 ms apart.
        await sleep(0);
      }
      performance.mark("bench-end");
      return performance.now() - started;
    },
  };
})()`;

/** The address the stand-in's script carries, so that the trace tells its calls apart. */
export const STAND_IN_ORIGIN = "https://bench-stand-in.invalid";

/**
 * A stand-in for a content script, for the machine's own noise: a MutationObserver on the page,
 * set as the content script's is, whose every callback does the same fixed arithmetic (about
 * `targetMs` of it, measured on the spot), with no DOM call and nothing allocated. What its calls
 * take beyond that in a batch is what the machine adds (another process run meanwhile, the
 * page's garbage collections), not anything the work itself does. Resolves with the arithmetic's
 * measured ms per call.
 */
export function standIn(targetMs: number): string {
  return `(() => {
  let sink = 0;
  const work = (rounds) => {
    let x = 0;
    for (let i = 0; i < rounds; i++) x = (x * 31 + i) | 0;
    return x;
  };
  const timed = (rounds) => {
    const start = performance.now();
    for (let k = 0; k < 50; k++) sink ^= work(rounds);
    return (performance.now() - start) / 50;
  };
  // Until the measured time is the target's (the loop gets faster once the engine optimises it).
  let rounds = 1000;
  for (let tries = 0; tries < 20; tries++) {
    const ms = Math.max(0.001, timed(rounds));
    if (tries > 2 && Math.abs(ms - ${targetMs}) < ${targetMs} * 0.05) break;
    rounds = Math.max(1, Math.round((rounds * ${targetMs}) / ms));
  }
  new MutationObserver(() => {
    sink ^= work(rounds);
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  return timed(rounds);
})()
//# sourceURL=${STAND_IN_ORIGIN}/stand-in.js`;
}

/**
 * The extension's popup, driven in its own page. `paste(text)` puts the text into the paste box
 * (one input event, as a paste makes) and resolves with the ms until the answer is shown (the
 * panel waits EXPLAIN_DELAY_MS after typing before it explains; the caller subtracts it);
 * `file(text, name)` hands the file picker a file and resolves with the ms until its answer is
 * shown; `channel(text)` asks the background through the content scripts' explain channel and
 * resolves with the round trip in ms and the number of failures found.
 */
export const POPUP = `(() => {
  ${HELPERS}
  const answer = () => document.querySelector(".bl-answer");
  const answered = async (start, timeoutMs) => {
    // aria-busy goes "true" with the new input and "false" once its answer is rendered.
    let sawBusy = false;
    const at = await until(() => {
      const busy = answer().getAttribute("aria-busy") === "true";
      if (busy) sawBusy = true;
      return sawBusy && !busy;
    }, timeoutMs, answer(), { childList: true, subtree: true, attributes: true, characterData: true });
    return { ms: at - start, cards: answer().querySelectorAll(".bl-card").length };
  };
  return {
    async paste(text, timeoutMs) {
      const box = document.querySelector("textarea");
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set;
      const start = performance.now();
      setValue.call(box, text);
      box.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      return answered(start, timeoutMs);
    },
    async file(text, name, timeoutMs) {
      const input = document.querySelector('input[type="file"]');
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: "message/rfc822" }));
      input.files = transfer.files;
      const start = performance.now();
      input.dispatchEvent(new Event("change", { bubbles: true }));
      return answered(start, timeoutMs);
    },
    async channel(text) {
      const api = globalThis.browser || globalThis.chrome;
      const start = performance.now();
      const result = await api.runtime.sendMessage({ type: "bounce-lens:explain", text });
      return { ms: performance.now() - start, cards: result && result.failures ? result.failures.length : -1 };
    },
  };
})()`;

export function call(script: string, expression: string): string {
  return `${script}.${expression}`;
}
