/**
 * The body of a Sendmail bounce, read once for the Sendmail readers (version 8 and the older
 * version 5 layout): the list of failed addresses, and the "Transcript of session" in which
 * Sendmail logs what it sent (`>>>`), what the remote server replied (`<<<`) and its own verdict
 * per recipient (`550 5.1.1 <bob@example.com>... User unknown`).
 */
import { findEnhancedStatus, findReplyCode } from "../smtp/codes";
import { findAddress } from "./text-tools";

/** One reply of the remote server, continuation lines (`550-...`) joined. */
export interface RemoteReply {
  text: string;
  /**
   * The last command Sendmail sent before it: "RCPT", "DATA", "MAIL", ...; "CONN" for a reply
   * right after "... while talking to host:" (the greeting); null when no host was named.
   */
  command: string | null;
  host: string | null;
}

/** What Sendmail itself wrote about one recipient: `550 5.1.1 <bob@example.com>... User unknown`. */
export interface RecipientLine {
  /** The address as written: `bob@example.com`, a bare local part, or a `"|program"`. */
  recipient: string;
  /** The whole line, as the reporting server's reason. */
  line: string;
  /** The text after "... " ("User unknown", "Deferred: 450 4.7.1 ..."). */
  reason: string;
  replyCode: string | null;
  status: string | null;
  /** The remote reply this verdict follows, when the transcript shows one. */
  reply: RemoteReply | null;
}

/** An address of the "following addresses had ... errors" lists. */
export interface ListedAddress {
  recipient: string;
  /** "(expanded from: <alias@example.org>)": the address the sender wrote. */
  expandedFrom: string | null;
  /** "(reason: 550 5.1.1 ...)". */
  reason: string | null;
  permanent: boolean;
}

export interface SendmailBody {
  listed: ListedAddress[];
  recipientLines: RecipientLine[];
  /** Replies to `RCPT To:<address>`, by lower-case address. */
  rcptReplies: Map<string, RemoteReply>;
  /** Remote replies no recipient line claimed (a refusal at connection, MAIL or DATA). */
  otherReplies: RemoteReply[];
  /** Sendmail's lines with a code but no recipient: "554 5.0.0 Service unavailable". */
  statusLines: string[];
  /** Version 5's lines about a host: "421 example.org (smtp)... Deferred: Connection timed out". */
  hostLines: string[];
  /** Output of a local delivery program ("maildrop: maildir over quota."), joined. */
  programOutput: string;
  /** "Message could not be delivered for 5 days": Sendmail gave up. */
  expiry: string | null;
  /** "Warning: message still undelivered after 4 hours": Sendmail keeps trying. */
  warning: boolean;
  warningText: string | null;
  /** The To: header of the returned message, when the bounce names no recipient otherwise. */
  returnedTo: string | null;
}

export const TRANSCRIPT_MARKER = "----- Transcript of session follows -----";
export const PERMANENT_LIST_MARKER = "----- The following addresses had permanent fatal errors -----";
export const TRANSIENT_LIST_MARKER = "----- The following addresses had transient non-fatal errors -----";
/** Sendmail 8.7's single list, each address followed by "(unrecoverable error)" or "(transient failure)". */
const PROBLEMS_LIST_MARKER = "----- The following addresses had delivery problems -----";
export const WARNING_MARKER = "THIS IS A WARNING MESSAGE ONLY";
/** Headings under which Sendmail returns the original message. */
const RETURNED_MESSAGE_MARKERS = [
  "----- Original message follows -----",
  "----- Message header follows -----",
  "----- Unsent message follows -----",
  "----- No message was collected -----",
];

const CODE_PREFIX = /^([245]\d\d)(?:[ -]([245]\.\d{1,3}\.\d{1,3}))?(?:[ -]|$)/;
/** Fields of a delivery-status block written into the text: the transcript has ended. */
const DSN_FIELD = /^(?:Reporting-MTA|Received-From-MTA|Arrival-Date|Final-Recipient|Original-Recipient)\s*:/i;

type Section = "none" | "permanent" | "transient" | "problems" | "transcript" | "returned";

export function readSendmailBody(lines: readonly string[]): SendmailBody {
  const body: SendmailBody = {
    listed: [],
    recipientLines: [],
    rcptReplies: new Map(),
    otherReplies: [],
    statusLines: [],
    hostLines: [],
    programOutput: "",
    expiry: null,
    warning: false,
    warningText: null,
    returnedTo: null,
  };
  const unquote = quotePrefixRemover(lines);
  const output: string[] = [];
  let section: Section = "none";
  let host: string | null = null;
  let command: string | null = null;
  let rcptTo: string | null = null;
  let pending: RemoteReply[] = [];
  let openReply: RemoteReply | null = null;
  let lastListed: ListedAddress | null = null;
  let previousWasVerdict = false;

  for (const raw of lines) {
    const line = unquote(raw).trimEnd();
    const trimmed = line.trim();
    const heading = sectionOf(trimmed);
    if (heading !== null) {
      section = heading;
      openReply = null;
      continue;
    }
    if (trimmed.includes(WARNING_MARKER)) body.warning = true;
    if (section === "permanent" || section === "transient" || section === "problems") {
      if (trimmed === "") continue;
      if (/^\s/.test(line) && lastListed !== null) {
        addNote(lastListed, trimmed);
        continue;
      }
      const permanent = section === "problems" ? !/\(transient failure\)$/i.test(trimmed) : section === "permanent";
      lastListed = listedAddress(
        trimmed.replace(/[ \t]{0,16}\((?:unrecoverable error|transient failure)\)$/i, ""),
        permanent,
      );
      if (lastListed !== null) body.listed.push(lastListed);
      continue;
    }
    if (section === "returned") {
      if (body.returnedTo === null && /^To:/i.test(trimmed)) body.returnedTo = findAddress(trimmed);
      if (trimmed === "" && body.returnedTo !== null) section = "none";
      continue;
    }
    if (section !== "transcript") continue;
    // A DSN block or a MIME boundary after the transcript: a paste, or a part without headers.
    if (DSN_FIELD.test(trimmed) || /^Content-Type:/i.test(trimmed) || /^--[^\s-]\S{0,200}$/.test(trimmed)) {
      section = "none";
      continue;
    }
    if (trimmed === "") {
      openReply = null;
      continue;
    }

    const talking = /^(?:\.\.\. w|W)hile talking to (.{1,255}?)\.?:$/.exec(trimmed);
    if (talking !== null) {
      host = talking[1] as string;
      command = null;
      rcptTo = null;
      openReply = null;
      continue;
    }
    if (trimmed.startsWith(">>> ")) {
      command = commandName(trimmed.slice(4));
      rcptTo = command === "RCPT" ? findAddress(trimmed) : null;
      openReply = null;
      continue;
    }
    if (trimmed.startsWith("<<< ") || trimmed === "<<<") {
      const text = trimmed.slice(4).trim();
      if (openReply !== null && continuesReply(openReply.text, text)) {
        openReply.text = `${openReply.text}\n${text}`;
        continue;
      }
      // A reply before any command, once a host is named, is the server's greeting.
      openReply = { text, command: command ?? (host !== null ? "CONN" : null), host };
      // Replies to QUIT and RSET come after the failure and say nothing about it.
      if (command === "QUIT" || command === "RSET") continue;
      if (rcptTo !== null) body.rcptReplies.set(rcptTo.toLowerCase(), openReply);
      else pending.push(openReply);
      continue;
    }
    openReply = null;

    const previous = body.recipientLines[body.recipientLines.length - 1];
    if (/^\s/.test(line) && previous !== undefined && previousWasVerdict) {
      // "<bob@example.com>... Deferred: Connection timed out\n            with example.com."
      previous.reason = `${previous.reason} ${trimmed}`;
      previous.line = `${previous.line} ${trimmed}`;
      continue;
    }
    previousWasVerdict = false;
    const verdict = recipientLine(trimmed);
    if (verdict === "host") {
      body.hostLines.push(trimmed);
      continue;
    }
    if (verdict !== null) {
      verdict.reply = body.rcptReplies.get(verdict.recipient.toLowerCase()) ?? pending.pop() ?? null;
      body.otherReplies.push(...pending);
      pending = [];
      const known = body.recipientLines.findIndex((r) => r.recipient.toLowerCase() === verdict.recipient.toLowerCase());
      if (known !== -1) {
        verdict.reply ??= body.recipientLines[known]?.reply ?? null;
        body.recipientLines.splice(known, 1);
      }
      body.recipientLines.push(verdict);
      previousWasVerdict = true;
      continue;
    }
    if (CODE_PREFIX.test(trimmed)) {
      body.statusLines.push(trimmed);
      continue;
    }
    if (/^Message could not be delivered/i.test(trimmed)) {
      body.expiry = trimmed;
      continue;
    }
    if (/^Warning: message still undelivered|^Will keep trying/i.test(trimmed)) {
      body.warning = true;
      body.warningText ??= trimmed;
      continue;
    }
    if (/^Message will be deleted from queue/i.test(trimmed)) continue;
    output.push(trimmed);
  }
  body.otherReplies.push(...pending);
  body.programOutput = output.join(" ");
  return body;
}

/** The remote reply for recipients that no `<<<` line was tied to: the last refusal. */
export function lastRefusal(body: SendmailBody): RemoteReply | null {
  for (let i = body.otherReplies.length - 1; i >= 0; i--) {
    const reply = body.otherReplies[i] as RemoteReply;
    // "503 need RCPT command" only follows an earlier refusal.
    if (!reply.text.startsWith("503")) return reply;
  }
  return body.otherReplies[body.otherReplies.length - 1] ?? null;
}

export function codesOf(text: string): { replyCode: string | null; status: string | null } {
  const m = CODE_PREFIX.exec(text);
  return {
    replyCode: m?.[1] ?? findReplyCode(text.slice(0, 8)),
    status: m?.[2] ?? findEnhancedStatus(text),
  };
}

function sectionOf(trimmed: string): Section | null {
  if (!trimmed.startsWith("-----")) return null;
  if (trimmed.includes(TRANSCRIPT_MARKER)) return "transcript";
  if (trimmed.includes(PERMANENT_LIST_MARKER)) return "permanent";
  if (trimmed.includes(TRANSIENT_LIST_MARKER)) return "transient";
  if (trimmed.includes(PROBLEMS_LIST_MARKER)) return "problems";
  if (RETURNED_MESSAGE_MARKERS.some((m) => trimmed.includes(m))) return "returned";
  return null;
}

/**
 * A forwarded bounce quotes every line with "> ". Sendmail's own ">>>" and "<<<" lines start with
 * the same character, so the quoting is judged on the heading lines only.
 */
function quotePrefixRemover(lines: readonly string[]): (line: string) => string {
  const heading = lines.find((l) => l.includes(TRANSCRIPT_MARKER) || l.includes(PERMANENT_LIST_MARKER));
  if (heading === undefined || !heading.trimStart().startsWith(">")) return (line) => line;
  return (line) => line.replace(/^\s{0,3}> ?/, "");
}

function listedAddress(trimmed: string, permanent: boolean): ListedAddress | null {
  // Active!Hunter writes ">>> bob@example.com <bob@example.com>" in the same list.
  const text = trimmed.replace(/^>>>\s*/, "");
  if (text.startsWith('"')) return { recipient: text, expandedFrom: null, reason: null, permanent };
  const address = findAddress(text);
  if (address !== null) return { recipient: address, expandedFrom: null, reason: null, permanent };
  if (/^[^\s<>()]{1,128}$/.test(text)) return { recipient: text, expandedFrom: null, reason: null, permanent };
  return null;
}

function addNote(listed: ListedAddress, trimmed: string): void {
  const note = /^\((reason|expanded from):\s?(.*)\)$/i.exec(trimmed);
  if (note === null) return;
  const value = (note[2] as string).trim();
  if ((note[1] as string).toLowerCase() === "reason") listed.reason = value === "" ? null : value;
  else listed.expandedFrom = findAddress(value) ?? value.replace(/^<|>$/g, "");
}

/**
 * `550 5.1.1 <bob@example.com>... User unknown`, `<bob@example.com>... Deferred: ...`,
 * `bob... Deferred: ...`, `554 "|/usr/bin/procmail"... Service unavailable`; "host" for version
 * 5's lines about a host (`421 example.org (smtp)... Deferred: ...`); null for other lines.
 */
function recipientLine(trimmed: string): RecipientLine | "host" | null {
  const codes = CODE_PREFIX.exec(trimmed);
  const rest = codes === null ? trimmed : trimmed.slice(codes[0].length).trimStart();
  const dots = rest.indexOf("...");
  if (dots <= 0) return null;
  const who = rest.slice(0, dots).trim();
  const reason = rest.slice(dots + 3).trim();
  if (/\s\(\w{1,16}\)$/.test(who)) return "host";
  let recipient: string | null = null;
  if (who.startsWith("<") && who.endsWith(">")) recipient = who.slice(1, -1);
  else if (who.startsWith('"') && who.endsWith('"')) recipient = who;
  else if (/^[^\s<>()]{1,255}$/.test(who)) recipient = who;
  if (recipient === null || recipient === "") return null;
  return {
    recipient,
    line: trimmed,
    reason,
    replyCode: codes?.[1] ?? null,
    status: codes?.[2] ?? null,
    reply: null,
  };
}

function commandName(sent: string): string {
  const word = (sent.split(/\s/)[0] ?? "").toUpperCase();
  const colon = word.indexOf(":");
  return colon === -1 ? word : word.slice(0, colon);
}

/** `550-first line` is continued by `550-...` or `550 last line` with the same code. */
function continuesReply(previous: string, next: string): boolean {
  const lastLine = previous.slice(previous.lastIndexOf("\n") + 1);
  const m = /^([245]\d\d)-/.exec(lastLine);
  return m !== null && next.startsWith(m[1] as string);
}
