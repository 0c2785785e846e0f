/**
 * Outlook on the web's markup, as far as Bounce Lens reads it. Outlook generates its class names
 * and changes them often (Freemindtronic/evicypher-webmail changed its mail selector four times in
 * fifteen months, report §3), and its `aria-label`s are translated. So nothing here is a class name
 * or a label: only ids, data attributes and ARIA roles, which are the same in every language. The
 * rest is found by structure and text (`messages.ts`, `sender.ts`).
 *
 * `tests/webmail/selectors-convention.test.ts` checks that every alternative matches something in
 * at least one fixture page.
 */
export const OUTLOOK_SELECTORS = {
  /** Where the open message or conversation is shown, in order of trust. */
  readingRegion: [
    // The reading pane: toggl/track-extension `src/content/outlook.js` (2024-09, report §3).
    "#ReadingPaneContainerId",
    // The read/compose section: fperezdev/wd-extension-poc `[data-app-section='MailReadCompose']` (report §3);
    // it is also what a pop-out (`/mail/deeplink/...`) shows.
    '[data-app-section="MailReadCompose"]',
    // The page's main landmark; last, because in the inbox it holds the message list too.
    '[role="main"]',
  ],

  /** A message's body. */
  body: [
    // The body as a document region: JonathanDebug/POW-Capstone2025 `[role="document"]` (report §3).
    '[role="document"]',
  ],

  /** The conversation's subject, above its messages. */
  subject: [
    // The subject heading with the whole subject in `title`: toggl `div[role="heading"][title]` (report §3).
    '[role="heading"][title]',
    // A heading without `title` (a shorter subject, another build): the text is the subject.
    '[role="heading"]',
  ],

  /** Places that are never a message being read: lists, folders, the editor of a reply. */
  notAMessage: [
    // The message list: wd-extension-poc `[role=listbox][aria-activedescendant]` (report §3).
    '[role="listbox"]',
    // The folder pane.
    '[role="tree"]',
    '[role="navigation"]',
    // A reply being written below the conversation.
    '[contenteditable="true"]',
    '[role="textbox"]',
  ],

  /**
   * Elements that carry an address out of sight; addresses in plain text ("Name <address>") are
   * found by `sender.ts` from the text itself.
   */
  addressCarrier: [
    // The address in `title`, the display name as text: how the header shows a sender (issue 6).
    '[title*="@"]',
    // A sender's name linked to its address.
    'a[href^="mailto:"]',
  ],
} as const satisfies Record<string, readonly string[]>;
