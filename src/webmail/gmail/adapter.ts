/** Bounce Lens's view of Gmail: the open messages, the list's bounce rows, the "Show original" page. */
import type { WebmailAdapter } from "../adapter";
import { GMAIL_READ_ATTRIBUTES, gmailChangeImpact } from "./changes";
import { findGmailBounceRows, gmailBounceRowReader } from "./list-rows";
import { findGmailMessages } from "./messages";
import { readGmailRawMessage } from "./show-original";

export { isShowOriginalUrl } from "./show-original";

export const gmailAdapter: WebmailAdapter = {
  site: "gmail",
  findMessages: findGmailMessages,
  findBounceRows: findGmailBounceRows,
  bounceRowReader: gmailBounceRowReader,
  readRawMessage: readGmailRawMessage,
  readAttributes: GMAIL_READ_ATTRIBUTES,
  changeImpact: gmailChangeImpact,
};
