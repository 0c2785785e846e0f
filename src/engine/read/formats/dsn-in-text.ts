/**
 * DSN fields written into the text body instead of a `message/delivery-status` part
 * ("Final-Recipient: rfc822; ...", "Status: 5.1.1", "Diagnostic-Code: smtp; 550 ..."), as some
 * servers and forwarded or pasted bounces have them.
 */
import type { DeliveryStatus } from "../../dsn/parse-delivery-status";
import { parseDeliveryStatus } from "../../dsn/parse-delivery-status";
import type { FormatReader, RecipientReport } from "../reader";
import { positiveOutcome } from "./rfc3464";

/** A recipient field at the start of a line, perhaps indented or quoted ("> "). */
const FIELD_LINE_START = /(?:^|\n)[ \t>]{0,16}(?:Final|Original)-Recipient[ \t]{0,8}:/i;

export const dsnInText: FormatReader = {
  id: "dsn-in-text",
  name: "Delivery status fields in the text",
  matches: ({ message }) => FIELD_LINE_START.test(message.text),
  read({ message }): RecipientReport[] {
    const dsn = parseDeliveryStatus(extractFieldLines(message.text));
    return dsn.recipients.map((r) => ({
      recipient: r.finalRecipient ?? r.originalRecipient,
      diagnostic: r.diagnosticCode ?? r.statusComment ?? "",
      status: r.status,
      remoteMta: r.remoteMta,
      reportingMta: dsn.reportingMta,
      action: r.action,
      ...positiveOutcome(r),
    }));
  },
};

/** The DSN fields of a text (a paste, a forwarded bounce), or null when it has no recipient block. */
export function deliveryStatusInText(text: string): DeliveryStatus | null {
  if (!FIELD_LINE_START.test(text)) return null;
  const dsn = parseDeliveryStatus(extractFieldLines(text));
  return dsn.recipients.length === 0 ? null : dsn;
}

/** Keeps the DSN-like lines (and their continuations) so prose around them is not read as fields. */
function extractFieldLines(text: string): string {
  const out: string[] = [];
  let inField = false;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/^\s*>\s?/, "");
    if (
      /^\s*[A-Za-z][A-Za-z0-9-]{0,40}\s*:/.test(line) &&
      /^(\s*)(Final-Recipient|Original-Recipient|Action|Status|Diagnostic-Code|Remote-MTA|Reporting-MTA|Last-Attempt-Date|Will-Retry-Until|X-Actual-Recipient)\s*:/i.test(
        line,
      )
    ) {
      out.push(line.trim());
      inField = true;
    } else if (inField && /^[ \t]+\S/.test(line)) {
      out.push(line);
    } else {
      if (line.trim() === "" && out.length > 0 && out[out.length - 1] !== "") out.push("");
      inField = false;
    }
  }
  return out.join("\n");
}
