/**
 * Google Groups' refusal of a post, written in the sender's language:
 *
 *   Hello bob@example.com,
 *   We're writing to let you know that the group you tried to contact (team) may not exist, or
 *   you may not have permission to post messages to the group. ...
 *   If you have questions related to this or any other Google Group, visit the Help Center at
 *   https://groups.google.com/support/.
 *
 * The text never names the group's address; the raw message has it in X-Failed-Recipients.
 */
import { header } from "../../message/mail-message";
import type { FormatReader, RecipientReport } from "../reader";
import { findAddresses } from "../text-tools";

const HELP_CENTER = "groups.google.com/support";

export const googleGroups: FormatReader = {
  id: "google-groups",
  name: "Google Groups",
  matches({ message }) {
    const opening = message.text.slice(0, 3000);
    if (!opening.includes(HELP_CENTER)) return false;
    // A post or digest may link the help center too; the refusal comes from the mailer daemon.
    return message.raw ? message.from.toLowerCase().includes("mailer-daemon") : opening.includes("Google Group");
  },
  read({ message, lines }): RecipientReport[] {
    const end = lines.findIndex((l) => l.includes(HELP_CENTER) || /^-{3,}.{0,20}Original message/i.test(l.trim()));
    if (end === -1) return [];
    const paragraphs = lines
      .slice(0, end)
      .map((l) => l.trim())
      .filter((l) => l !== "");
    // The greeting names the sender ("Hello bob@example.com,"), not the group.
    if (paragraphs.length > 1 && findAddresses(paragraphs[0] as string).length > 0) paragraphs.shift();
    const diagnostic = paragraphs.join(" ");
    const recipients = findAddresses(header(message, "x-failed-recipients"));
    const list: Array<string | null> = recipients.length > 0 ? recipients : [null];
    return list.map((recipient) => ({ recipient, diagnostic, permanent: true }));
  },
};
