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

/** Fields that open a recipient's block; their second appearance starts a new block. */
const RECIPIENT_KEYS = new Set(["final-recipient", "original-recipient", "x-actual-recipient"]);
const PER_RECIPIENT_KEYS = new Set([
  ...RECIPIENT_KEYS,
  "action",
  "status",
  "diagnostic-code",
  "remote-mta",
  "last-attempt-date",
  "will-retry-until",
  "final-log-id",
]);

const FIELD_LINE = /^([A-Za-z][A-Za-z0-9-]{0,40})[ \t]*:[ \t]*(.*)$/;

export function parseDeliveryStatus(text: string): DeliveryStatus {
  const blocks = splitIntoFieldBlocks(text);
  const perMessage: Fields = new Map();
  const records: Fields[] = [];
  for (const block of blocks) {
    let current: Fields | null = null;
    for (const [key, value] of block) {
      if (!PER_RECIPIENT_KEYS.has(key)) {
        if (!perMessage.has(key)) perMessage.set(key, value);
        continue;
      }
      const startsAnother =
        current !== null &&
        ((RECIPIENT_KEYS.has(key) && current.has(key)) || (key === "final-recipient" && current.has("action")));
      if (current === null || startsAnother) {
        current = new Map();
        records.push(current);
      }
      if (!current.has(key)) current.set(key, value);
    }
  }
  const recipients = records.map(toRecipient);
  return {
    reportingMta: stripType(perMessage.get("reporting-mta")),
    receivedFromMta: stripType(perMessage.get("received-from-mta")),
    recipients: recipients.filter(
      (r) => r.finalRecipient !== null || r.originalRecipient !== null || r.status !== null,
    ),
  };
}

function toRecipient(fields: Fields): DsnRecipient {
  const diagnostic = fields.get("diagnostic-code");
  const split = diagnostic === undefined ? null : splitType(diagnostic);
  return {
    finalRecipient: address(fields.get("final-recipient") ?? fields.get("x-actual-recipient")),
    originalRecipient: address(fields.get("original-recipient")),
    action: fields.get("action")?.trim().toLowerCase().split(/[\s(]/)[0] || null,
    status: fields.get("status")?.trim().split(/\s/)[0] || null,
    diagnosticCode: split === null ? null : split.value,
    diagnosticType: split === null ? null : split.type,
    remoteMta: stripType(fields.get("remote-mta")),
    lastAttemptDate: fields.get("last-attempt-date")?.trim() || null,
    willRetryUntil: fields.get("will-retry-until")?.trim() || null,
  };
}

/** Splits the text into blocks of header-style fields, unfolding continuation lines. */
function splitIntoFieldBlocks(text: string): Array<Array<[string, string]>> {
  const blocks: Array<Array<[string, string]>> = [];
  let block: Array<[string, string]> = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === "") {
      if (block.length > 0) blocks.push(block);
      block = [];
      continue;
    }
    const first = line.charCodeAt(0);
    const last = block[block.length - 1];
    if ((first === 0x20 || first === 0x09) && last !== undefined) {
      last[1] = `${last[1]} ${line.trim()}`;
      continue;
    }
    const m = FIELD_LINE.exec(line);
    if (m !== null) block.push([(m[1] as string).toLowerCase(), (m[2] as string).trim()]);
    else if (last !== undefined) last[1] = `${last[1]} ${line.trim()}`;
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

/** "smtp; 550 5.1.1 ..." gives { type: "smtp", value: "550 5.1.1 ..." }. */
function splitType(value: string): { type: string | null; value: string } {
  const m = /^([A-Za-z][A-Za-z0-9-]{0,30})[ \t]*;[ \t]*/.exec(value);
  return m === null
    ? { type: null, value: value.trim() }
    : { type: (m[1] as string).toLowerCase(), value: value.slice(m[0].length).trim() };
}

function stripType(value: string | undefined): string | null {
  if (value === undefined) return null;
  const v = splitType(value)
    .value.replace(/^\[|\]$/g, "")
    .trim();
  return v === "" ? null : v;
}

/** The address in a recipient field: type removed, angle brackets and quotes stripped. */
function address(value: string | undefined): string | null {
  if (value === undefined) return null;
  const v = splitType(value).value.trim().replace(/^<|>$/g, "").replace(/^"|"$/g, "").trim();
  return v === "" ? null : v;
}
