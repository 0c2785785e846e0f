/**
 * Sendmail version 5 and its descendants: no list of failed addresses and no DSN part, only
 * "----- Transcript of session follows -----" with lines such as `554 <bob@example.org>... 550
 * Host unknown` or `421 example.org (smtp)... Deferred: ...`, then "----- Unsent message
 * follows -----" with the returned message.
 */
import type { FormatReader } from "../reader";
import { sendmailReports } from "../sendmail-reports";
import { TRANSCRIPT_MARKER } from "../sendmail-transcript";

/** Version 8 opens with "The original message was received at"; version 5 does not. */
export function isSendmailV5(head: string): boolean {
  return (
    (head.includes("----- Unsent message follows -----") || head.includes("----- No message was collected -----")) &&
    !head.includes("The original message was received at")
  );
}

export const sendmailV5: FormatReader = {
  id: "sendmail-v5",
  name: "Sendmail 5",
  matches({ message }) {
    const head = message.text.slice(0, 8000);
    return head.includes(TRANSCRIPT_MARKER) && isSendmailV5(head);
  },
  // Version 5 only writes to the sender when it gives up on the message.
  read: (context) => sendmailReports(context, { returned: true, verdictMeansRcpt: false }),
};
