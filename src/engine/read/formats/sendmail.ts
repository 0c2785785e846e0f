/**
 * Sendmail 8 (and the servers that copy its wording): "----- The following addresses had
 * permanent fatal errors -----", then "----- Transcript of session follows -----" with the
 * remote server's replies (`<<< 550 5.1.1 ...`) and Sendmail's verdict per recipient
 * (`550 5.1.1 <bob@example.com>... User unknown`), usually followed by a DSN part. Also the
 * "Warning: could not send message for past 4 hours" notices, which are not failures yet.
 */
import type { FormatReader } from "../reader";
import { sendmailReports } from "../sendmail-reports";
import { PERMANENT_LIST_MARKER, TRANSCRIPT_MARKER, TRANSIENT_LIST_MARKER } from "../sendmail-transcript";
import { isSendmailV5 } from "./sendmail-v5";

export const sendmail: FormatReader = {
  id: "sendmail",
  name: "Sendmail",
  matches({ message }) {
    const head = message.text.slice(0, 8000);
    return (
      (head.includes(TRANSCRIPT_MARKER) ||
        head.includes(PERMANENT_LIST_MARKER) ||
        head.includes(TRANSIENT_LIST_MARKER)) &&
      !isSendmailV5(head)
    );
  },
  read: (context) => sendmailReports(context, { returned: false, verdictMeansRcpt: true }),
};
