/**
 * Turns a reader's recipient reports, together with the DSN part when there is one, into
 * complete `Failure` records: one rule for every format, so readers only say what their text says.
 */
import type { DeliveryStatus, DsnRecipient } from "../dsn/parse-delivery-status";
import { codeClass, findEnhancedStatus, findReplyCode, joinMultilineReply } from "../smtp/codes";
import type { Failure } from "../types";
import type { RecipientReport } from "./reader";
import { normalizeRecipient } from "./text-tools";

export function combine(reports: RecipientReport[], dsn: DeliveryStatus | null, format: string): Failure[] {
  const dsnRecipients = dsn?.recipients ?? [];
  const pairs = pairWithDsn(reports, dsnRecipients);
  return pairs.map(([report, fields]) => toFailure(report, fields, dsn, format));
}

/** Matches text reports to DSN blocks by address, else by position when the counts agree. */
function pairWithDsn(
  reports: RecipientReport[],
  dsn: readonly DsnRecipient[],
): Array<[RecipientReport, DsnRecipient | null]> {
  if (dsn.length === 0) return reports.map((r) => [r, null]);
  // Address → DSN block indexes, so pairing stays linear for bounces with thousands of recipients.
  const byAddress = new Map<string, number[]>();
  dsn.forEach((d, i) => {
    for (const a of new Set([d.finalRecipient?.toLowerCase(), d.originalRecipient?.toLowerCase()])) {
      if (a === undefined) continue;
      const list = byAddress.get(a);
      if (list === undefined) byAddress.set(a, [i]);
      else list.push(i);
    }
  });
  const used = new Set<number>();
  const pairs: Array<[RecipientReport, DsnRecipient | null]> = [];
  for (const report of reports) {
    const candidates = report.recipient === null ? undefined : byAddress.get(report.recipient.toLowerCase());
    const index = candidates?.find((i) => !used.has(i)) ?? -1;
    if (index !== -1) used.add(index);
    pairs.push([report, index === -1 ? null : (dsn[index] as DsnRecipient)]);
  }
  const unpairedReports = pairs.filter(([, d]) => d === null);
  const unusedDsn = dsn.filter((_, i) => !used.has(i));
  if (unpairedReports.length > 0 && unpairedReports.length === unusedDsn.length) {
    unpairedReports.forEach((pair, i) => {
      pair[1] = unusedDsn[i] as DsnRecipient;
    });
  }
  return pairs;
}

function toFailure(
  report: RecipientReport,
  fields: DsnRecipient | null,
  dsn: DeliveryStatus | null,
  format: string,
): Failure {
  const recipientText = report.recipient ?? fields?.finalRecipient ?? fields?.originalRecipient ?? null;
  // Without a Diagnostic-Code, the reporting server's comment on the Status is its reason.
  const diagnostic = joinMultilineReply(
    report.diagnostic.trim() !== "" ? report.diagnostic : (fields?.diagnosticCode ?? fields?.statusComment ?? ""),
  );
  // A reader's code counts only when it is one: a pasted "Status: 5.1.1550" is not (RFC 3463).
  const readerStatus = report.status != null && STATUS_CODE.test(report.status) ? report.status : null;
  const status = readerStatus ?? chooseStatus(fields?.status ?? null, diagnostic);
  const replyCode = report.replyCode ?? findReplyCode(diagnostic);
  const action = report.action ?? fields?.action ?? null;
  // "rfc822;:" or "<>" normalizes to nothing: no address named, so null, never "".
  const recipient = recipientText === null ? null : normalizeRecipient(recipientText) || null;
  return {
    recipient,
    status,
    replyCode,
    diagnostic,
    remoteMta: report.remoteMta ?? fields?.remoteMta ?? null,
    reportingMta: report.reportingMta ?? dsn?.reportingMta ?? null,
    permanent: report.permanent ?? isPermanent(action, status, replyCode, diagnostic),
    action,
    command: report.command ?? null,
    ...(fields?.diagnosticType == null ? {} : { diagnosticType: fields.diagnosticType }),
    format,
  };
}

/** An enhanced status code as RFC 3463 writes it: class, subject and detail. */
const STATUS_CODE = /^[245]\.\d{1,3}\.\d{1,3}$/;

/**
 * The DSN's Status field, unless it is the unspecific x.0.0 and the remote reply carries a more
 * precise code of the same class.
 */
export function chooseStatus(dsnStatus: string | null, diagnostic: string): string | null {
  const fromText = findEnhancedStatus(diagnostic);
  const valid = dsnStatus !== null && STATUS_CODE.test(dsnStatus) ? dsnStatus : null;
  if (valid === null) return fromText;
  if (fromText !== null && valid.endsWith(".0.0") && codeClass(fromText) === codeClass(valid)) return fromText;
  return valid;
}

/** Whether retrying will not help: the sender's server has given up, or the reply is 5xx. */
export function isPermanent(
  action: string | null,
  status: string | null,
  replyCode: string | null,
  diagnostic: string,
): boolean {
  if (action === "failed") return true;
  if (action === "delayed" || action === "delivered" || action === "relayed" || action === "expanded") return false;
  const cls = codeClass(status) ?? codeClass(replyCode);
  if (cls === "4") return false;
  if (cls === "5") return true;
  return !/will (?:retry|keep trying|try again)|temporar/i.test(diagnostic);
}
