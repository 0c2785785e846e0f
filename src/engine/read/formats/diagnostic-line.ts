/**
 * A single diagnostic line pasted on its own, with or without a leading "smtp;", quotes,
 * "Diagnostic-Code:" or some prose around it: `550 5.1.1 <bob@example.com>: user unknown`.
 */
import type { FormatReader, RecipientReport } from "../reader";

/** Longest text still treated as "a line" rather than a whole message. */
const MAX_LINE_INPUT = 4000;

/**
 * Where the server's reply starts: a reply code with an enhanced code, a reply code after
 * "smtp;", or an Exchange-style "#5.1.1" / "(#5.1.1)" code.
 */
const REPLY_START =
  /(?:smtp;\s*)?(?<![\d.])[245][0-5]\d(?:[ -]|(?=[245]\.))\s?(?:[245]\.\d{1,3}\.\d{1,3})?|(?:^|\s)#?[245]\.\d{1,3}\.\d{1,3}(?![\d.])|smtp;\s*[245][0-5]\d/i;

export const diagnosticLine: FormatReader = {
  id: "diagnostic-line",
  name: "Pasted diagnostic line",
  matches: ({ message }) => !message.raw && message.text.length <= MAX_LINE_INPUT && REPLY_START.test(message.text),
  read({ message }): RecipientReport[] {
    const text = message.text.replace(/\s+/g, " ").trim();
    const m = REPLY_START.exec(text);
    if (m === null) return [];
    let diagnostic = text.slice(m.index).replace(/^\s*(?:smtp;\s*)/i, "");
    diagnostic = diagnostic
      .replace(/^#/, "")
      .replace(/['"`]\s*$/, "")
      .trim();
    if (!looksLikeServerReply(diagnostic)) return [];
    return [{ recipient: recipientIn(diagnostic), diagnostic }];
  },
};

/** A reply code alone ("550") is common in prose; ask for some words of a server's reply too. */
function looksLikeServerReply(text: string): boolean {
  if (/^[245][0-5]\d[ -][245]\.\d{1,3}\.\d{1,3}/.test(text) || /^[245]\.\d{1,3}\.\d{1,3}/.test(text)) return true;
  return /\b(?:mailbox|user|recipient|address|rejected|denied|blocked|refused|unavailable|not accepted|spam|relay|policy|quota|unknown|invalid|blacklist|listed|spf|dkim|dmarc|message|domain|host)\b/i.test(
    text,
  );
}

/**
 * The recipient, when the reply names one in the usual places: `<addr>` or `addr:` right after
 * the codes, or "for <addr>" / "to <addr>". Other addresses in a reply are often the sender's.
 */
function recipientIn(diagnostic: string): string | null {
  if (/sender address rejected|sender rejected|mail from/i.test(diagnostic)) return null;
  const m =
    /^[245][0-5]\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ -])?\s*(?:\[|<)([^\s<>[\]@]{1,128}@[^\s<>[\]]{1,255})(?:>|\])/.exec(
      diagnostic,
    ) ??
    /(?:\bfor|\bto|recipient)\s+<([^\s<>@]{1,128}@[^\s<>]{1,255})>/i.exec(diagnostic) ??
    /^[245][0-5]\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ -])?\s*([^\s<>@:]{1,128}@[A-Za-z0-9.-]{1,255}):/.exec(diagnostic);
  return m === null ? null : (m[1] as string);
}
