/**
 * Generic delivery status notifications (RFC 3464): the recipients, their status and the remote
 * reply come from the `message/delivery-status` part. Used when no reader of a specific server
 * recognised the text around it.
 */
import type { FormatReader, RecipientReport } from "../reader";

export const rfc3464: FormatReader = {
  id: "rfc3464",
  name: "Delivery status notification (RFC 3464)",
  matches: (context) => context.dsn !== null && context.dsn.recipients.length > 0,
  // The pipeline fills every field from the DSN part; the reader only lists its recipients.
  read: (context): RecipientReport[] =>
    (context.dsn?.recipients ?? []).map((r) => ({
      recipient: r.finalRecipient ?? r.originalRecipient,
      diagnostic: "",
    })),
};
