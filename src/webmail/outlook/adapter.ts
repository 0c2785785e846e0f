/** Bounce Lens's view of Outlook on the web: the open messages. */
import { NO_BOUNCE_ROWS, type WebmailAdapter } from "../adapter";
import { OUTLOOK_READ_ATTRIBUTES, outlookChangeImpact } from "./changes";
import { findOutlookMessages } from "./messages";

export const outlookAdapter: WebmailAdapter = {
  site: "outlook",
  findMessages: findOutlookMessages,
  // Issue 6 asks for no list chips; Outlook's list is virtualised and names senders without addresses.
  findBounceRows: () => [],
  bounceRowReader: () => NO_BOUNCE_ROWS,
  // The research knows no Outlook page that shows a raw message.
  readRawMessage: () => null,
  readAttributes: OUTLOOK_READ_ATTRIBUTES,
  changeImpact: outlookChangeImpact,
};
