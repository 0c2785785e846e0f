/**
 * Gmail's markup, as far as Bounce Lens reads it. Each entry lists alternatives in order of trust;
 * each alternative says what it matches and where that knowledge comes from. Sources are the
 * extensions named in `shared/research/dom/REPORT.md` §1: InboxSDK (`gmail-message-view.ts`,
 * `gmail-thread-view.ts`), gmail.js (`src/gmail.js`), Mailvelope (`gmailIntegration.js`) and
 * FlowCrypt (`gmail-element-replacer.ts`). The last alternatives lean on Gmail's data attributes,
 * which have outlived several renames of its class names.
 *
 * `tests/webmail/selectors-convention.test.ts` checks that every alternative matches something in
 * at least one fixture page, so an alternative nobody can show a use for does not linger.
 */
export const GMAIL_SELECTORS = {
  /** One message of a conversation, expanded or not; it carries the message's ids. */
  message: [
    // The message element with both ids: gmail.js `div.adn.ads` ("view_email"), InboxSDK, Mailvelope,
    // FlowCrypt `div.adn` (report §1).
    "div.adn.ads[data-message-id]",
    // Any element with Gmail's message id, whatever its classes: Mailvelope's `scanMessages` (report §1).
    "[data-message-id]",
  ],

  /** The element that holds a message's view state: expanded, collapsed or hidden. */
  messageState: [
    // InboxSDK's message element: `h7` expanded, `kv`/`ky` collapsed, `kQ`/`kx` hidden (report §1).
    ".h7",
    ".kv",
    ".ky",
    ".kQ",
    ".kx",
    // The conversation's list item; Gmail marks it expanded or not for screen readers.
    '[role="listitem"]',
  ],

  /** A state element that says its message is expanded, whatever else it says. */
  expanded: [
    // InboxSDK `getViewState`: `h7` is EXPANDED (report §1).
    ".h7",
  ],

  /** A state element that says its message's body is not shown. */
  folded: [
    // InboxSDK `getViewState`: `kv`/`ky` COLLAPSED, `kQ`/`kx` HIDDEN (report §1).
    ".kv",
    ".ky",
    ".kQ",
    ".kx",
    // The ARIA state, consulted only without `h7`: for when the state classes are renamed.
    '[aria-expanded="false"]',
  ],

  /** The container of an expanded message's body: the badge goes in at its top. */
  bodyContainer: [
    // InboxSDK `getContentsElement`: `div.ii.gt`; Mailvelope attaches its frame to `.ii.gt` (report §1).
    "div.ii.gt",
  ],

  /** The message's content as the sender wrote it, inside the body container. */
  content: [
    // Mailvelope `MSG_BODY_SELECTOR` `.a3s.aiL` (report §1).
    "div.a3s.aiL",
    // gmail.js `body: "div.a3s"`; also older builds' `.a3s.aXjCH` (Mailvelope, gmail.js).
    "div.a3s",
  ],

  /** The sender in an expanded message's header; `email` and `name` attributes hold the sender. */
  sender: [
    // gmail.js `from: "span[email].gD"`; FlowCrypt reads the same span (report §1).
    "span.gD[email]",
    // InboxSDK `getSender`: `td.gF span[email]`.
    "td.gF span[email]",
    // Gmail's hover-card attributes on any element: the first one in the header is the sender.
    "[email][name]",
  ],

  /** The conversation's subject, above its messages. */
  subject: [
    // gmail.js `subject: "h2.hP"`, FlowCrypt `subject: 'h2.hP'` (report §1).
    "h2.hP",
    // InboxSDK `getSubject`: `.ha h2`.
    ".ha h2",
    // InboxSDK's thread ids sit on the subject heading: `h2[data-legacy-thread-id]`, `[data-thread-perm-id]`.
    "h2[data-legacy-thread-id]",
    "[data-thread-perm-id]",
  ],

  /** A row of the message list (inbox, labels, search), for severity chips. */
  listRow: [
    // InboxSDK's saved 2014 Gmail page: `tr.zA` rows, `zE` unread and `yO` read (research/dom/gmail-2014-2017-inboxsdk).
    "tr.zA",
    // The list is an ARIA grid whose rows say so, for when `zA` is renamed.
    'tr[role="row"]',
  ],

  /** The sender of a list row. */
  listSender: [
    // InboxSDK's saved page: `span.zF[email][name]` in unread rows, `span.yP[email][name]` in read ones.
    "span.zF[email]",
    "span.yP[email]",
    // Any hover-card element of the row.
    "[email]",
  ],

  /** The subject of a list row. */
  listSubject: [
    // Today's subject span, `span.bog`, which carries the thread ids (below).
    "span.bog",
    // InboxSDK's saved page: the subject is the `span` of `div.y6` that is not the snippet `span.y2`.
    ".y6 > span:not(.y2)",
  ],

  /** A list row's element that names its conversation. */
  listThreadId: [
    // Gmail's thread ids in the list, the same as InboxSDK reads on the thread's subject heading.
    "[data-legacy-thread-id]",
    "[data-thread-id]",
  ],

  /** The raw message on the "Show original" page (`view=om`). */
  rawMessage: [
    // Gmail's `<pre>` of the raw message, recalled from the page: no saved copy exists in the research,
    // so the next alternative catches a rename (see tests/fixtures/pages/README.md).
    "pre.raw_message_text",
    // Any `<pre>` whose text starts like a message's headers (checked by `show-original.ts`).
    "pre",
  ],
} as const satisfies Record<string, readonly string[]>;
