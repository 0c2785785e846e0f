/**
 * Generic delivery status notifications (RFC 3464): the recipients, their status and the remote
 * reply come from the `message/delivery-status` part. Used when no reader of a specific server
 * recognised the text around it.
 */
import type { DsnRecipient } from "../../dsn/parse-delivery-status";
import type { FormatReader, RecipientReport } from "../reader";

export const rfc3464: FormatReader = {
  id: "rfc3464",
  name: "Delivery status notification (RFC 3464)",
  matches: (context) => context.dsn !== null && context.dsn.recipients.length > 0,
  // The pipeline fills the other fields from the DSN part; the reader lists its recipients.
  read: (context): RecipientReport[] =>
    (context.dsn?.recipients ?? []).map((r) => ({
      recipient: r.finalRecipient ?? r.originalRecipient,
      diagnostic: "",
      ...positiveOutcome(r),
    })),
};

/**
 * An address verification report (`sendmail -bv`, Postfix's "verify") says "Action: deliverable"
 * for an address that would be delivered: a positive answer, like "delivered".
 */
export function positiveOutcome(r: DsnRecipient): Pick<RecipientReport, "action" | "permanent"> {
  return r.action === "deliverable" ? { action: "delivered", permanent: false } : {};
}
