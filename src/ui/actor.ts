import type { Actor } from "../engine/types";
import { type MessageKey, t } from "../extension/i18n";

const ACTOR_LABEL: Record<Actor, MessageKey> = {
  sender: "actorSender",
  "sender-admin": "actorSenderAdmin",
  recipient: "actorRecipient",
  "recipient-admin": "actorRecipientAdmin",
  none: "actorNone",
};

/** Who must act, in words addressed to the person who sent the message. */
export function actorLabel(actor: Actor): string {
  return t(ACTOR_LABEL[actor]);
}
