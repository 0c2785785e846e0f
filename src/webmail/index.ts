/**
 * The webmail DOM layer: one adapter per site behind one interface, and the cheap bounce hints.
 * Content scripts import from here; everything is plain DOM code with no WXT or browser APIs.
 */
export type {
  BounceListRow,
  OpenedMessage,
  RawMessage,
  SearchRoot,
  Sender,
  WebmailAdapter,
  WebmailSite,
} from "./adapter";
export { isBounceSender, isBounceSubject, looksLikeBounce } from "./bounce-hints";
export { gmailAdapter, isShowOriginalUrl } from "./gmail/adapter";
export { outlookAdapter } from "./outlook/adapter";
