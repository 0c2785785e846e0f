/**
 * Delivery status fields (RFC 3464) next to a server's own bounce text: written into the text
 * body itself (some Postfix setups, a bounce forwarded as text), or in the DSN part whose
 * recipient the text names differently. Helpers for readers that pair the two.
 */
import type { DeliveryStatus, DsnRecipient } from "../dsn/parse-delivery-status";
import { parseDeliveryStatus } from "../dsn/parse-delivery-status";
import { chooseStatus } from "./combine";
import type { RecipientReport } from "./reader";

/** Fields that open a block of delivery status fields written into a text. */
const OPENING_FIELD = /^(?:Reporting-MTA|Final-Recipient|Original-Recipient)[ \t]*:/i;

/** Field names a delivery status block holds; `X-` fields are servers' own additions. */
const DSN_FIELD =
  /^(?:Reporting-MTA|Received-From-MTA|Arrival-Date|Final-Recipient|Original-Recipient|Action|Status|Remote-MTA|Diagnostic-Code|Last-Attempt-Date|Will-Retry-Until|Final-Log-ID|Original-Envelope-Id|DSN-Gateway|X-[A-Za-z0-9-]{1,40})[ \t]*:/i;

/**
 * The delivery status fields written into `lines` from index `from` on, or null when there are
 * none with a recipient. Reading stops at the first line that is neither a field, its
 * continuation nor blank, so the returned message after it is not taken for fields.
 */
export function deliveryStatusInText(lines: readonly string[], from = 0): DeliveryStatus | null {
  let start = -1;
  for (let i = from; i < lines.length; i++) {
    if (OPENING_FIELD.test(lines[i] as string)) {
      start = i;
      break;
    }
  }
  if (start === -1) return null;
  const kept: string[] = [];
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as string;
    const continuation = (line.startsWith(" ") || line.startsWith("\t")) && kept.length > 0;
    if (line.trim() === "" || continuation || DSN_FIELD.test(line)) kept.push(line);
    else break;
  }
  const dsn = parseDeliveryStatus(kept.join("\n"));
  return dsn.recipients.length === 0 ? null : dsn;
}

/**
 * Gives each report the DSN block of the same recipient (by final or original recipient, else by
 * position when the counts agree). A report whose address the DSN does not name takes the DSN's
 * final recipient: the text of some bounces names the address before a rewrite. One it names keeps
 * the text's spelling.
 * The text's diagnostic is kept unless the DSN's says something else (the text may only say
 * "temporary failure" where the DSN gives the mailbox's error). With `fillFields` (fields found
 * in the text, which the pipeline does not see), status, action, remote and reporting MTA are
 * copied onto the reports as well.
 */
export function pairWithDeliveryStatus(
  reports: readonly RecipientReport[],
  dsn: DeliveryStatus,
  fillFields: boolean,
): RecipientReport[] {
  const blocks = dsn.recipients;
  // Blocks by address, so that a bounce with thousands of recipients is paired in linear time.
  const byAddress = new Map<string, number[]>();
  blocks.forEach((b, i) => {
    for (const address of new Set([mailboxKey(b.finalRecipient), mailboxKey(b.originalRecipient)])) {
      if (address === undefined) continue;
      const list = byAddress.get(address);
      if (list === undefined) byAddress.set(address, [i]);
      else list.push(i);
    }
  });
  const used = new Set<number>();
  const paired: Array<DsnRecipient | null> = reports.map((report) => {
    const address = mailboxKey(report.recipient);
    const index = address === undefined ? undefined : byAddress.get(address)?.find((i) => !used.has(i));
    if (index === undefined) return null;
    used.add(index);
    return blocks[index] as DsnRecipient;
  });
  const pairedByAddress = paired.map((b) => b !== null);
  const unused = blocks.filter((_, i) => !used.has(i));
  const unpaired = paired.flatMap((b, i) => (b === null ? [i] : []));
  if (unpaired.length > 0 && unpaired.length === unused.length) {
    unpaired.forEach((reportIndex, i) => {
      paired[reportIndex] = unused[i] as DsnRecipient;
    });
  }
  return reports.map((report, i) => {
    const block = paired[i] ?? null;
    if (block === null) return report;
    const dsnAddress = !pairedByAddress[i] && block.finalRecipient?.includes("@") ? block.finalRecipient : null;
    const out: RecipientReport = { ...report, recipient: dsnAddress ?? report.recipient };
    out.diagnostic = preferredDiagnostic(report.diagnostic, block.diagnosticCode ?? "");
    // The DSN's Action says whether the server gave up; it outranks the notice's wording.
    if (block.action !== null) delete out.permanent;
    if (!fillFields) return out;
    const diagnostic = out.diagnostic;
    if (out.status === undefined) out.status = chooseStatus(block.status, diagnostic);
    if (out.action === undefined && block.action !== null) out.action = block.action;
    if (out.remoteMta === undefined && block.remoteMta !== null) out.remoteMta = block.remoteMta;
    if (out.reportingMta === undefined && dsn.reportingMta !== null) out.reportingMta = dsn.reportingMta;
    return out;
  });
}

/** The text's reason when it and the DSN's tell the same (one contains the other), else the DSN's. */
function preferredDiagnostic(fromText: string, fromDsn: string): string {
  const text = squeeze(fromText);
  const dsn = squeeze(fromDsn);
  if (dsn === "") return fromText;
  if (text === "" || !(text.includes(dsn) || dsn.includes(text))) return fromDsn;
  return fromText;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** An address compared case- and quote-insensitively: DSN parsers and servers treat quotes unevenly. */
function mailboxKey(address: string | null | undefined): string | undefined {
  return address === null || address === undefined ? undefined : address.toLowerCase().replace(/"/g, "");
}
