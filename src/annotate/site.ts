/**
 * What differs between the webmails the annotator runs on: the adapter that reads the page, where
 * a badge goes relative to a message body, the heading level that fits the page's outline, and
 * which extras the site has (Gmail's list chips and "Show original" page).
 */
import type { WebmailAdapter, WebmailSite } from "../webmail/adapter";
import { gmailAdapter, isShowOriginalUrl } from "../webmail/gmail/adapter";
import { outlookAdapter } from "../webmail/outlook/adapter";

/**
 * first-child: inside the body container, above the content (Gmail's `div.ii.gt` holds the
 * content `div.a3s` and nothing Gmail re-renders on its own).
 * before: just above the body, as its previous sibling: Outlook renders a message's HTML into its
 * `role="document"` element and reuses that element for the next message, which would drop or
 * keep a child it did not make.
 */
export type BadgePlacement = "first-child" | "before";

export interface AnnotatedSite {
  id: WebmailSite;
  adapter: WebmailAdapter;
  placement: BadgePlacement;
  /** Card titles' heading level: under the page's subject (h2) and sender line. */
  headingLevel: 3 | 4;
  /** Whether the page at `url` shows one raw message (Gmail's "Show original"); null: the site has no such page. */
  showsRawMessage: ((url: string) => boolean) | null;
  /** Whether the site's message list gets severity chips. */
  listChips: boolean;
}

export const GMAIL: AnnotatedSite = {
  id: "gmail",
  adapter: gmailAdapter,
  placement: "first-child",
  // Gmail: h2 subject, h3 sender.
  headingLevel: 4,
  showsRawMessage: isShowOriginalUrl,
  listChips: true,
};

export const OUTLOOK: AnnotatedSite = {
  id: "outlook",
  adapter: outlookAdapter,
  placement: "before",
  // Outlook: the subject is a level-2 heading, the sender line is no heading.
  headingLevel: 3,
  showsRawMessage: null,
  listChips: false,
};
