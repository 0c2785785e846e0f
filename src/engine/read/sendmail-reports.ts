/**
 * Turns what a Sendmail bounce says (its address lists, its transcript and its DSN part) into one
 * report per recipient. Shared by the readers of Sendmail 8 and of the older version 5 layout.
 */
import type { DeliveryStatus, DsnRecipient } from "../dsn/parse-delivery-status";
import { deliveryStatusInText } from "./formats/dsn-in-text";
import type { ReadContext, RecipientReport } from "./reader";
import type { ListedAddress, RecipientLine, RemoteReply, SendmailBody } from "./sendmail-transcript";
import { codesOf, lastRefusal, readSendmailBody } from "./sendmail-transcript";

interface Target {
  recipient: string | null;
  fields: DsnRecipient | null;
  listed: ListedAddress | null;
  line: RecipientLine | null;
}

export interface SendmailReadOptions {
  /** The whole message is a return (version 5 has no list of permanent errors to say so). */
  returned: boolean;
  /**
   * Sendmail 8 writes a verdict line naming a recipient after a reply logged under ">>> DATA"
   * only when that recipient's RCPT was refused: with pipelining, RCPT replies arrive after DATA.
   */
  verdictMeansRcpt: boolean;
}

export function sendmailReports(context: ReadContext, options: SendmailReadOptions): RecipientReport[] {
  const body = readSendmailBody(context.lines);
  // A pasted bounce has no DSN part, but often its fields as text.
  const fromText = context.dsn === null ? deliveryStatusInText(context.message.text) : null;
  const dsn = context.dsn ?? fromText;
  const targets = targetsOf(body, dsn);
  return targets.map((target) => report(target, body, dsn, fromText !== null, options));
}

function targetsOf(body: SendmailBody, dsn: DeliveryStatus | null): Target[] {
  let targets: Target[];
  if (dsn !== null && dsn.recipients.length > 0) {
    targets = dsn.recipients.map((fields) => ({
      recipient: fields.finalRecipient ?? fields.originalRecipient,
      fields,
      listed: null,
      line: null,
    }));
  } else if (body.listed.length > 0) {
    targets = body.listed.map((listed) => ({ recipient: null, fields: null, listed, line: null }));
  } else if (body.recipientLines.length > 0) {
    targets = body.recipientLines.map((line) => ({ recipient: null, fields: null, listed: null, line }));
  } else if (body.returnedTo !== null) {
    targets = [{ recipient: body.returnedTo, fields: null, listed: null, line: null }];
  } else {
    return [];
  }
  const listedFor = pair(
    targets,
    body.listed,
    (t) => t.listed,
    (t, l) => sameAddress(t.recipient, l.recipient) || sameAddress(t.recipient, l.expandedFrom),
  );
  for (const [t, l] of listedFor) t.listed = l;
  const lineFor = pair(
    targets,
    body.recipientLines,
    (t) => t.line,
    (t, l) => sameAddress(l.recipient, t.listed?.recipient) || sameAddress(l.recipient, t.recipient),
  );
  for (const [t, l] of lineFor) t.line = l;
  for (const t of targets) {
    if (isMailbox(t.recipient)) continue;
    const candidates = [t.listed?.recipient, t.listed?.expandedFrom, t.line?.recipient, t.recipient];
    t.recipient = candidates.find((c) => isMailbox(c ?? null)) ?? t.recipient ?? t.listed?.recipient ?? null;
  }
  return targets;
}

/**
 * Pairs the targets that have no item yet with an item by address, then the rest by position
 * when the counts agree.
 */
function pair<T>(
  targets: readonly Target[],
  items: readonly T[],
  current: (t: Target) => T | null,
  same: (t: Target, item: T) => boolean,
): Map<Target, T> {
  const pairs = new Map<Target, T>();
  const used = new Set<T>(targets.map(current).filter((x): x is T => x !== null));
  const loose: Target[] = [];
  for (const t of targets) {
    if (current(t) !== null) continue;
    const item = items.find((i) => !used.has(i) && same(t, i));
    if (item === undefined) {
      loose.push(t);
      continue;
    }
    pairs.set(t, item);
    used.add(item);
  }
  const spare = items.filter((i) => !used.has(i));
  if (loose.length === spare.length) {
    for (let i = 0; i < loose.length; i++) pairs.set(loose[i] as Target, spare[i] as T);
  }
  return pairs;
}

function report(
  target: Target,
  body: SendmailBody,
  dsn: DeliveryStatus | null,
  dsnFromText: boolean,
  options: SendmailReadOptions,
): RecipientReport {
  const { line, listed, fields } = target;
  const reply = line?.reply ?? rcptReply(body, target) ?? lastRefusal(body);
  const replyHasWords = reply !== null && /[A-Za-z]/.test(reply.text);
  const dsnDiagnostic = usefulDsnDiagnostic(fields);
  const own = ownReason(line, body);

  // The remote reply, else Sendmail's own coded verdict, else the DSN's (often shorter) summary.
  let diagnostic: string;
  if (replyHasWords) diagnostic = (reply as RemoteReply).text;
  else if (own !== null && codesOf(own).replyCode !== null) diagnostic = own;
  else if (dsnDiagnostic !== null) diagnostic = dsnDiagnostic;
  else if (own !== null) diagnostic = own;
  else if (reply !== null) diagnostic = reply.text;
  else diagnostic = listed?.reason ?? body.statusLines[0] ?? "";
  if (!replyHasWords && dsnDiagnostic === null) {
    // A bare number is the delivery program's exit status; its own words come first.
    if (body.programOutput !== "")
      diagnostic = /^\d{1,3}$/.test(diagnostic)
        ? join(body.programOutput, diagnostic)
        : join(diagnostic, body.programOutput);
    // Why Sendmail gave up belongs to the reason; a warning only when nothing else is said.
    if (body.expiry !== null) diagnostic = join(diagnostic, body.expiry);
    else if (body.warningText !== null && !/[A-Za-z]/.test(diagnostic)) diagnostic = join(diagnostic, body.warningText);
  }

  const fromReply = reply === null ? null : codesOf(reply.text);
  const fromOwn = own === null ? null : codesOf(own);
  const replyCode =
    fromReply?.replyCode ?? codesOf(dsnDiagnostic ?? "").replyCode ?? fromOwn?.replyCode ?? line?.replyCode ?? null;

  const gaveUp = options.returned || body.expiry !== null ? true : undefined;
  const permanent = listed?.permanent ?? (body.warning ? false : gaveUp);
  return {
    recipient: target.recipient,
    diagnostic,
    status: chooseStatus(fromReply?.status ?? null, fields?.status ?? null, line?.status ?? fromOwn?.status ?? null),
    replyCode,
    remoteMta: reply?.host?.replace(/\.$/, "") ?? fields?.remoteMta ?? null,
    reportingMta: dsnFromText ? (dsn?.reportingMta ?? null) : undefined,
    command: answeredRcpt(reply, line, options) ? "RCPT" : (reply?.command ?? null),
    action: dsnFromText ? (fields?.action ?? null) : undefined,
    permanent: fields?.action === "delayed" ? false : permanent,
  };
}

/**
 * The remote server's own code first: Sendmail's Status field is often its own summary
 * ("4.4.7" when it gave up, "5.1.1" after any refused RCPT). Sendmail's verdict line only counts
 * when no remote server spoke (a local delivery program failed). Codes ending in ".0.0" say
 * nothing more than the class, so a specific code from the other source beats them.
 */
function chooseStatus(remote: string | null, field: string | null, sendmail: string | null): string | null {
  const candidates = remote !== null ? [remote, field] : [field, sendmail];
  return candidates.find((s) => s != null && !s.endsWith(".0.0")) ?? candidates.find((s) => s != null) ?? null;
}

function answeredRcpt(reply: RemoteReply | null, line: RecipientLine | null, options: SendmailReadOptions): boolean {
  return options.verdictMeansRcpt && reply !== null && reply.command === "DATA" && line?.reply === reply;
}

/** What Sendmail adds after any remote refusal; the refusal itself says more. */
const GENERIC_VERDICT = /^[245]\d\d[ -][245]\.0\.0 Service unavailable$/;

function rcptReply(body: SendmailBody, target: Target): RemoteReply | null {
  for (const address of [target.recipient, target.listed?.recipient]) {
    const reply = address == null ? undefined : body.rcptReplies.get(address.toLowerCase());
    if (reply !== undefined) return reply;
  }
  return null;
}

/** Sendmail's own words for the recipient when no remote reply tells more. */
function ownReason(line: RecipientLine | null, body: SendmailBody): string | null {
  if (line !== null) {
    const reason = line.reason.replace(/^Deferred:\s*/, "");
    // Version 5 repeats the remote reply after the address: "554 <bob@...>... 550 Host unknown".
    if (codesOf(reason).replyCode !== null && /^[245]\d\d\b/.test(reason)) return reason;
    return line.replyCode !== null && !line.reason.startsWith("Deferred:") ? line.line : reason;
  }
  const status = body.statusLines.find((s) => !GENERIC_VERDICT.test(s));
  if (status !== undefined) return status;
  const host = body.hostLines[0];
  if (host === undefined) return null;
  const reason = host.slice(host.indexOf("...") + 3).trim();
  return `${host.slice(0, 3)} ${reason.replace(/^Deferred:\s*/, "")}`;
}

/** The DSN's Diagnostic-Code when it holds a reply, not just a program's exit number. */
function usefulDsnDiagnostic(fields: DsnRecipient | null): string | null {
  const code = fields?.diagnosticCode?.trim() ?? "";
  return /[A-Za-z]/.test(code) ? code : null;
}

function join(first: string, second: string): string {
  return first === "" ? second : `${first} (${second})`;
}

function isMailbox(address: string | null): boolean {
  return address !== null && /^[^\s@"|]{1,128}@[^\s@]{1,255}$/.test(address);
}

/** Equal addresses, or a bare local part ("bob") and an address with it. */
function sameAddress(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a == null || b == null || a === "" || b === "") return false;
  const x = a.toLowerCase().replace(/^<|>$/g, "");
  const y = b.toLowerCase().replace(/^<|>$/g, "");
  if (x === y) return true;
  if (!x.includes("@") && y.startsWith(`${x}@`)) return true;
  return !y.includes("@") && x.startsWith(`${y}@`);
}
