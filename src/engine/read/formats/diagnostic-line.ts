/**
 * A single diagnostic line pasted on its own, with or without a leading "smtp;", quotes,
 * "Diagnostic-Code:", "Remote Server returned '...'" or some prose around it:
 * `550 5.1.1 <bob@example.com>: user unknown`, "I got this when I emailed bob: 550 5.1.1 user
 * unknown, any idea?". Gives exactly one failure, or none when the text only mentions a number.
 */
import { quotedReply } from "../quoted-reply";
import type { FormatReader, RecipientReport } from "../reader";
import { normalizeAddress } from "../text-tools";

/** Longest text still treated as "a line" rather than a whole message. */
const MAX_LINE_INPUT = 4000;

/** A short paste, where the reply may sit inside a sentence; longer texts are letters. */
const SHORT_TEXT = 600;
const SHORT_TEXT_LINES = 5;
/** A paste of a few lines is short whatever its length (one long reply, several replies). */
const SHORT_LINES = 3;

/** Longest reply kept; the rest of a long paste is not part of it. */
const MAX_REPLY = 2000;

/**
 * A failure's reply where it may start: a 4xx/5xx reply code, with or without an enhanced code
 * ("550 5.1.1", "550-5.7.26", "550 #5.1.0"), or an enhanced code alone ("5.1.1", "#5.1.1").
 */
const REPLY_CANDIDATE =
  /(?<![\w.@/-])(?:([45][0-5]\d)(?:[ -]#?([45]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d))?(?=[\s:;,<[(-]|$)|#?([45]\.\d{1,3}\.\d{1,3})(?![\d]|\.\d))/g;

/** Text that may come before a reply at the head of a paste. */
const WRAPPER = /^(?:[\s"'`‘“„«>([<#]|diagnostic-code:|smtp;|x-[a-z-]{1,30};|remote server returned)*$/i;

/** Words that introduce a reply inside a sentence ("bob: 550 ...", "the server said 550 ..."). */
const LEAD_IN =
  /(?:[:;'"‘“„«(]|\b(?:said|returned|replied|responded|answered|response|reply|error|code|got|with))\s*$/i;

/** Microsoft's fixed wording before a quoted reply, trusted even inside a longer text. */
const SERVER_RETURNED = /\bServer (?:at \S{1,255} (?:\([^)]{0,60}\) )?)?returned\s?['"‘“„«]$/i;

/** Words of a server's refusal; a reply code alone needs one of them close after it. */
const REFUSAL_WORDS =
  /\b(?:rejected|reject|denied|deny|blocked|block|refused|unavailable|unknown|invalid|no such|not (?:found|exist|allowed|accepted|available|permitted|taken|supported|authorized|listed|local|valid|delivered)|does not|doesn't|do not|isn't|cannot|can't|full|disabled|inactive|spam|blacklist|blocklist|listed|policy|quota|relay|relaying|syntax|sorry|try again|timeout|timed out|temporar\w*|greylist\w*|graylist\w*|virus|spf|dkim|dmarc|ptr|reverse|tls|auth\w*|unauthenticated|expired|too many|too large|too big|limit\w*|exceed\w*|size|mismatch\w*|could not|couldn't|unable|busy|later|not our|is not|permit\w*|mailbox|recipient|sender|unrecognized|failed|failure)\b/i;

export const diagnosticLine: FormatReader = {
  id: "diagnostic-line",
  name: "Pasted diagnostic line",
  matches: ({ message }) =>
    !message.raw && message.text.length <= MAX_LINE_INPUT && /[45]\d\d|[45]\.\d/.test(message.text),
  read({ message }): RecipientReport[] {
    const text = message.text.trim();
    const nonEmptyLines = text.split("\n").filter((l) => l.trim() !== "");
    const short =
      nonEmptyLines.length <= SHORT_LINES || (text.length <= SHORT_TEXT && nonEmptyLines.length <= SHORT_TEXT_LINES);
    const found = findReply(text, short);
    if (found === null) return [];
    const report: RecipientReport = { recipient: recipientIn(found.reply), diagnostic: found.reply };
    // "550: User unknown", "ERROR_CODE :550": the code is known even where the reply hides it.
    if (found.replyCode !== null) report.replyCode = found.replyCode;
    return [report];
  },
};

/** The reply in the paste, cut from what surrounds it; null when there is none. */
function findReply(text: string, short: boolean): { reply: string; replyCode: string | null } | null {
  REPLY_CANDIDATE.lastIndex = 0;
  for (let m = REPLY_CANDIDATE.exec(text); m !== null; m = REPLY_CANDIDATE.exec(text)) {
    const lineStart = text.lastIndexOf("\n", m.index) + 1;
    const beforeOnLine = text.slice(lineStart, m.index);
    const atHead = WRAPPER.test(beforeOnLine);
    const hasStatus = m[2] !== undefined || m[3] !== undefined;
    const introduced = short && LEAD_IN.test(text.slice(Math.max(0, m.index - 40), m.index));
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const replyLike = /^\s*[<[#:'"-]/.test(after) || REFUSAL_WORDS.test(after);
    const accepted = atHead
      ? hasStatus || replyLike || /smtp;\s*$/i.test(beforeOnLine)
      : (short && (hasStatus ? m[1] !== undefined || introduced : introduced && replyLike)) ||
        SERVER_RETURNED.test(text.slice(Math.max(0, m.index - 200), m.index));
    if (!accepted) continue;
    return { reply: cut(text, m.index), replyCode: m[1] ?? null };
  }
  return null;
}

/**
 * The reply from `start`: up to its closing quote when quoted, else to the end of its paragraph,
 * without a question tagged on ("..., any idea?").
 */
function cut(text: string, start: number): string {
  const lineStart = text.lastIndexOf("\n", start) + 1;
  const quoted = quotedReply(text.slice(lineStart).replace(/\s+/g, " "));
  if (quoted !== null && /['"‘“„«]\s{0,3}$/.test(text.slice(lineStart, start))) return trimReply(quoted);
  const blank = text.slice(start, start + MAX_REPLY).search(/\n\s*\n/);
  const end = blank === -1 ? start + MAX_REPLY : start + blank;
  let reply = text.slice(start, end).replace(/\s+/g, " ");
  const question = reply.search(/\?(?:\s|$)/);
  if (question !== -1) {
    reply = reply.slice(0, question);
    const clause = Math.max(reply.lastIndexOf(", "), reply.lastIndexOf(". "));
    if (clause !== -1 && reply.length - clause <= 60) reply = reply.slice(0, clause + (reply[clause] === "." ? 1 : 0));
  }
  return trimReply(reply);
}

/** Marks that close a quote or bracket around a pasted reply. */
const CLOSING_MARKS = `"'\`’”»)]`;

/** Drops the "#" of Exchange-style codes and quotes or brackets left around the reply. */
function trimReply(reply: string): string {
  let text = reply.trim().replace(/^#/, "");
  if (text.endsWith("##")) text = text.slice(0, -2).trimEnd();
  while (text.length > 0 && CLOSING_MARKS.includes(text.charAt(text.length - 1)) && !opened(text)) {
    text = text.slice(0, -1).trimEnd();
  }
  return text;
}

/** Whether the bracket that ends the text opens inside it: "(state 13)" stays whole. */
function opened(text: string): boolean {
  const close = text.charAt(text.length - 1);
  const open = close === ")" ? "(" : close === "]" ? "[" : null;
  return open !== null && text.includes(open);
}

/**
 * The recipient, when the reply names it as such: `<addr>` or `addr:` right after the codes,
 * "RCPT TO:<addr>", "for/to/recipient <addr>", "[addr]: Recipient address rejected". Other
 * addresses in a reply are often the sender's ("Sender address rejected", "MAIL FROM:<addr>").
 */
function recipientIn(diagnostic: string): string | null {
  if (
    /sender address|sender rejected|sender (?:is |was )?(?:not |un)|mail from|envelope from|from address/i.test(
      diagnostic,
    )
  ) {
    return null;
  }
  const codes = "^[45][0-5]\\d[ -](?:#?[45]\\.\\d{1,3}\\.\\d{1,3}[ -])?\\s?";
  const m =
    new RegExp(`${codes}[<[]([^\\s<>[\\]@]{1,128}@[^\\s<>[\\]]{1,255})[>\\]]`).exec(diagnostic) ??
    new RegExp(`${codes}([^\\s<>@:]{1,128}@[A-Za-z0-9.-]{1,255}):`).exec(diagnostic) ??
    /^#?[45]\.\d{1,3}\.\d{1,3}\s<([^\s<>@]{1,128}@[^\s<>]{1,255})>/.exec(diagnostic) ??
    /RCPT TO:\s?<([^\s<>@]{1,128}@[^\s<>]{1,255})>/i.exec(diagnostic) ??
    /(?:\bfor|\bto|recipient)\s<([^\s<>@]{1,128}@[^\s<>]{1,255})>/i.exec(diagnostic);
  return m === null ? null : normalizeAddress(m[1] as string);
}
