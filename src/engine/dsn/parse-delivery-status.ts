/**
 * Parses the fields of a delivery status notification (RFC 3464, section 2): one block of
 * per-message fields, then one block per recipient. Works on a `message/delivery-status` part and
 * on the same fields pasted into a text body, which many servers do.
 */

/** Fields of one recipient's block (values with their "rfc822;" / "smtp;" type removed). */
export interface DsnRecipient {
  finalRecipient: string | null;
  originalRecipient: string | null;
  action: string | null;
  status: string | null;
  /**
   * The reporting server's words after the code in Status ("4.0.0 (example.org: host name lookup
   * failure)" gives "example.org: host name lookup failure"); null when there are none.
   */
  statusComment: string | null;
  diagnosticCode: string | null;
  /** The type before ";" in Diagnostic-Code: "smtp", "x-unix", "x-postfix", ... */
  diagnosticType: string | null;
  remoteMta: string | null;
  lastAttemptDate: string | null;
  willRetryUntil: string | null;
}

export interface DeliveryStatus {
  reportingMta: string | null;
  receivedFromMta: string | null;
  recipients: DsnRecipient[];
}

type Fields = Map<string, string>;

/**
 * Fields of a recipient's block. Servers write them in any order (Action before Final-Recipient
 * is common), so a block is one recipient until a field repeats: then the blank line between two
 * recipients was left out.
 */
const PER_RECIPIENT_KEYS = new Set([
  "final-recipient",
  "original-recipient",
  "x-actual-recipient",
  "action",
  "status",
  "diagnostic-code",
  "remote-mta",
  "last-attempt-date",
  "will-retry-until",
  "final-log-id",
]);

const ENHANCED_STATUS = /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/;

export function parseDeliveryStatus(text: string): DeliveryStatus {
  const perMessage: Fields = new Map();
  const records: Fields[] = [];
  // Fields are taken in order as they complete: a field is complete when the next field, a blank
  // line or the end of the text comes, because continuation lines still add to its value.
  let current: Fields | null = null;
  let key: string | null = null;
  let value = "";
  // A string split where there is no CR: V8's regular-expression split is slower.
  for (const line of text.includes("\r") ? text.split(/\r\n|\r|\n/) : text.split("\n")) {
    if (line.trim() === "") {
      // A blank line ends the block: the next recipient field opens a new record.
      if (key !== null) take(key, value, perMessage, records, current);
      key = null;
      current = null;
      continue;
    }
    const first = line.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && key !== null) {
      value = `${value} ${line.trim()}`;
      continue;
    }
    const colon = fieldColon(line);
    if (colon !== -1) {
      if (key !== null) current = take(key, value, perMessage, records, current);
      key = trimFieldName(line, colon).toLowerCase();
      value = line.slice(colon + 1).trim();
    } else if (key !== null) value = `${value} ${line.trim()}`;
  }
  if (key !== null) take(key, value, perMessage, records, current);
  const recipients = records.map(toRecipient);
  return {
    reportingMta: stripType(perMessage.get("reporting-mta")),
    receivedFromMta: stripType(perMessage.get("received-from-mta")),
    recipients: recipients.filter(
      (r) => r.finalRecipient !== null || r.originalRecipient !== null || r.status !== null,
    ),
  };
}

/**
 * Files a complete field: a per-message field (the first of its name counts), or a recipient's,
 * which opens a new record when the block has none yet or the record has the field already.
 * Returns the record being filled.
 */
function take(
  key: string,
  value: string,
  perMessage: Fields,
  records: Fields[],
  current: Fields | null,
): Fields | null {
  if (!PER_RECIPIENT_KEYS.has(key)) {
    if (!perMessage.has(key)) perMessage.set(key, value);
    return current;
  }
  let record = current;
  if (record === null || record.has(key)) {
    record = new Map();
    records.push(record);
  }
  record.set(key, value);
  return record;
}

/**
 * Where the colon of a field line is ("Name:", "Name :"), or -1 when the line is not one: a name
 * of a letter and up to 40 letters, digits, "_" or "-", up to 16 spaces or tabs, then ":"; the
 * value holds no line separator (U+2028, U+2029). A scan, not a regular expression: it runs for
 * every line of every DSN.
 */
function fieldColon(line: string): number {
  const first = line.charCodeAt(0);
  if (!((first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a))) return -1;
  let i = 1;
  while (i < line.length && i <= 40 && isNameChar(line.charCodeAt(i))) i++;
  const nameEnd = i;
  while (i < line.length && i - nameEnd < 16 && (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09)) i++;
  if (line.charCodeAt(i) !== 0x3a) return -1;
  if (line.indexOf("\u2028", i) !== -1 || line.indexOf("\u2029", i) !== -1) return -1;
  return i;
}

function isNameChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
}

/** The field name before the colon, without the spaces or tabs between them. */
function trimFieldName(line: string, colon: number): string {
  let end = colon;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end--;
  return line.slice(0, end);
}

function toRecipient(fields: Fields): DsnRecipient {
  const diagnostic = fields.get("diagnostic-code");
  const split = diagnostic === undefined ? null : splitType(diagnostic);
  return {
    finalRecipient: address(fields.get("final-recipient") ?? fields.get("x-actual-recipient")),
    originalRecipient: address(fields.get("original-recipient")),
    action: actionOf(fields.get("action")),
    status: statusIn(fields.get("status")),
    statusComment: statusComment(fields.get("status")),
    diagnosticCode: split === null ? null : split.value,
    diagnosticType: split === null ? null : split.type,
    remoteMta: stripType(fields.get("remote-mta")),
    lastAttemptDate: fields.get("last-attempt-date")?.trim() || null,
    willRetryUntil: fields.get("will-retry-until")?.trim() || null,
  };
}

const WHITESPACE = /\s/;
const ACTION_END = /[\s(]/;

/**
 * The text before `at` (all of it when `at` is -1): with `at` found by `search`, what
 * `split(pattern)[0]` gives, without building the array of every piece.
 */
function cut(text: string, at: number): string {
  return at === -1 ? text : text.slice(0, at);
}

/** "failed", also from "Failed (permanent)"; null when the field is absent or empty. */
function actionOf(value: string | undefined): string | null {
  if (value === undefined) return null;
  const action = value.trim().toLowerCase();
  return cut(action, action.search(ACTION_END)) || null;
}

/**
 * "5.1.1", also from "5.1.1 (user unknown)" or a field that misplaces the code ("550 5.1.1 ...");
 * a field without any enhanced code is kept as written for the pipeline to judge.
 */
function statusIn(value: string | undefined): string | null {
  const text = value?.trim() ?? "";
  if (text === "") return null;
  const first = cut(text, text.search(WHITESPACE));
  if (/^\d\.\d{1,3}\.\d{1,3}$/.test(first)) return first;
  return ENHANCED_STATUS.exec(text)?.[0] ?? first;
}

/** The comment in parentheses after the code: "5.0.0 (permanent failure)" gives "permanent failure". */
function statusComment(value: string | undefined): string | null {
  const text = value?.trim() ?? "";
  const open = text.indexOf("(");
  if (open === -1 || !text.endsWith(")")) return null;
  const comment = text.slice(open + 1, -1).trim();
  return comment === "" ? null : comment;
}

/** "smtp; 550 5.1.1 ..." gives { type: "smtp", value: "550 5.1.1 ..." }. */
function splitType(value: string): { type: string | null; value: string } {
  // "rfc/822" is a typo seen in real reports; "x-unix", "x-postfix", "utf-8" are regular types.
  const m = /^([A-Za-z][A-Za-z0-9/._-]{0,30})[ \t]{0,16};[ \t]*/.exec(value);
  return m === null
    ? { type: null, value: value.trim() }
    : { type: (m[1] as string).toLowerCase(), value: value.slice(m[0].length).trim() };
}

/** A host field ("dns; mx.example.com", "dns; [192.0.2.1] (comment)"): the name alone. */
function stripType(value: string | undefined): string | null {
  if (value === undefined) return null;
  const typed = splitType(value).value;
  const host = cut(typed, typed.search(WHITESPACE))
    .replace(/^\[|\]$|\.$/g, "")
    .trim();
  return host === "" ? null : host;
}

/**
 * The address in a recipient field: type removed; from `"Name" <bob@example.com>` or
 * `<bob@example.com> (comment)` the part in angle brackets; quotes stripped.
 */
function address(value: string | undefined): string | null {
  if (value === undefined) return null;
  let v = splitType(value).value.trim();
  const open = v.lastIndexOf("<");
  const close = v.indexOf(">", open);
  if (open !== -1 && close > open) v = v.slice(open + 1, close);
  v = v.replace(/^[<"]|[>"]$/g, "").trim();
  return v === "" ? null : v;
}
