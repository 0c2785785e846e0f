/**
 * fml, the Japanese mailing-list manager: notices from "<list>-admin@" that a post was refused or
 * looped ("You are not a member of this mailing list <list@...>", "Duplicated Message-ID in
 * <list@...>"). The address in angle brackets is the one the notice is about.
 */
import { header } from "../../message/mail-message";
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress } from "../text-tools";

const ORIGINAL_FOLLOWS = "Original mail as follows:";

/** fml's sentences, for text without the X-MLServer header. */
const NOTICES = [
  "You are not a member of this mailing list",
  "NOT MEMBER article from",
  "reject mail from",
  "reject spammers:",
  "header may cause mail loop",
  "has detected a loop condition so that",
  "Duplicated Message-ID",
  "Loop Back Warning:",
  "Security alert:",
];

export const fml: FormatReader = {
  id: "fml",
  name: "fml mailing-list manager",
  matches({ message }) {
    if (header(message, "x-mlserver").toLowerCase().startsWith("fml")) return true;
    if (message.raw) return false;
    const head = message.text.slice(0, 2000);
    return NOTICES.some((notice) => head.includes(notice));
  },
  read({ lines }): RecipientReport[] {
    const reports: RecipientReport[] = [];
    let paragraph: string[] = [];
    const flush = () => {
      const text = paragraph.join(" ");
      const bracketed = /<([^<>\s@]{1,255}@[^<>\s]{1,255})>/.exec(text);
      if (bracketed !== null) reports.push({ recipient: findAddress(bracketed[1] as string), diagnostic: text });
      paragraph = [];
    };
    for (const raw of lines) {
      const line = raw.trim();
      if (line.startsWith(ORIGINAL_FOLLOWS)) break;
      if (line === "") flush();
      else paragraph.push(line);
    }
    flush();
    return reports.slice(0, 1);
  },
};
