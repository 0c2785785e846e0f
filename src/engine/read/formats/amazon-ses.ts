/**
 * Bounces mailed by Amazon SES and Amazon WorkMail: "An error occurred while trying to deliver the
 * mail to the following recipients:" with the DSN fields in a delivery-status part (SES) or in the
 * text after "Technical report:" (WorkMail), and SES's older "The following message to <addr> was
 * undeliverable. The reason for the problem: 5.1.0 - Unknown address error 550-'...'".
 *
 * SES wraps the remote server's reply in its own words, so the codes of the reply are taken from
 * inside: the quoted reply after SES's classification, or the last reply of an expired message.
 */
import { parseDeliveryStatus } from "../../dsn/parse-delivery-status";
import { findEnhancedStatus, findReplyCode } from "../../smtp/codes";
import { chooseStatus } from "../combine";
import type { FormatReader, RecipientReport } from "../reader";
import { findAddress, indexOfLine, isAddress } from "../text-tools";

const CURRENT_INTRO = "An error occurred while trying to deliver the mail to the following recipients:";
const OLD_INTRO = "The following message to <";
const OLD_REASON = "The reason for the problem:";

export const amazonSes: FormatReader = {
  id: "amazon-ses",
  name: "Amazon SES",
  matches({ message }) {
    const head = message.text.slice(0, 4000);
    return head.includes(CURRENT_INTRO) || (head.includes(OLD_INTRO) && head.includes(OLD_REASON));
  },
  read({ message, dsn, lines }): RecipientReport[] {
    const fields = dsn ?? fieldsInText(lines);
    const loneAction =
      fields?.recipients.length === 1 ? actionBeforeRecipient(message.deliveryStatus ?? message.text) : null;
    const reports: RecipientReport[] =
      fields !== null && fields.recipients.length > 0
        ? fields.recipients.map((r) => ({
            recipient: r.finalRecipient ?? r.originalRecipient,
            diagnostic: r.diagnosticCode ?? "",
            status: dsn === null ? chooseStatus(r.status, r.diagnosticCode ?? "") : undefined,
            action: r.action ?? loneAction,
            remoteMta: r.remoteMta,
            reportingMta: fields.reportingMta,
          }))
        : reportsFromText(lines);
    for (const report of reports) {
      if (report.diagnostic === "") report.diagnostic = reasonInText(lines);
      Object.assign(report, innerReplyCodes(report.diagnostic));
      // SES has given up on an expired message, whatever the class of the last reply it got.
      if (/Message expired/i.test(report.diagnostic)) report.permanent = true;
    }
    return reports;
  },
};

/**
 * SES writes "Action:" before "Final-Recipient:", so the DSN parser files the action apart from
 * the recipient; with one recipient there is no doubt whose it is.
 */
function actionBeforeRecipient(deliveryStatus: string): string | null {
  const m = /^Action:[ \t]*([A-Za-z]{1,20})[ \t]*\r?\n(?:[ \t]*\r?\n)?Final-Recipient:/im.exec(deliveryStatus);
  return m === null ? null : (m[1] as string).toLowerCase();
}

/** WorkMail (and a pasted SES bounce) carry the DSN fields in the text. */
function fieldsInText(lines: readonly string[]) {
  const start = lines.findIndex((line) => /^(?:Reporting-MTA|Final-Recipient|Action)\s*:/i.test(line));
  if (start === -1) return null;
  return parseDeliveryStatus(lines.slice(start).join("\n"));
}

/** Recipients named in the text alone: after the current intro, one per line; or in the old intro. */
function reportsFromText(lines: readonly string[]): RecipientReport[] {
  const reports: RecipientReport[] = [];
  const intro = indexOfLine(lines, CURRENT_INTRO);
  if (intro !== -1) {
    for (let i = intro + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (!isAddress(line)) break;
      reports.push({ recipient: findAddress(line), diagnostic: "" });
    }
  }
  for (const line of lines) {
    if (!line.startsWith(OLD_INTRO)) continue;
    const recipient = findAddress(line);
    if (recipient !== null) reports.push({ recipient, diagnostic: "" });
  }
  return reports;
}

/** The old layout's reason: the lines after "The reason for the problem:" up to a blank line. */
function reasonInText(lines: readonly string[]): string {
  const at = indexOfLine(lines, OLD_REASON);
  if (at === -1) return "";
  const reason: string[] = [];
  for (let i = at + 1; i < lines.length && (lines[i] as string).trim() !== ""; i++) reason.push(lines[i] as string);
  return reason.join(" ").trim();
}

/**
 * Codes of the remote reply inside SES's wording:
 * - "5.1.0 - Unknown address error 550-'5.7.1 <...>... Access denied' (delivery attempts: 0)": SES's
 *   own class first, the remote reply code before "-'", the remote reply quoted;
 * - "554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>":
 *   SES gave up; the last reply it got is in angle brackets.
 */
function innerReplyCodes(diagnostic: string): Pick<RecipientReport, "status" | "replyCode"> {
  const classified = /^([245]\.\d{1,3}\.\d{1,3}) - [^'"]{1,200}?(?:([245]\d\d)-)?['"]([^'"]{0,2000})['"]/.exec(
    diagnostic,
  );
  if (classified !== null) {
    const inner = classified[3] as string;
    return {
      status: findEnhancedStatus(inner) ?? (classified[1] as string),
      replyCode: classified[2] ?? findReplyCode(inner),
    };
  }
  const lastReply = /<([245]\d\d)[ -]([245]\.\d{1,3}\.\d{1,3})?[^<>]{0,500}>\s*$/.exec(diagnostic);
  if (lastReply !== null && /expired/i.test(diagnostic)) {
    const codes: Pick<RecipientReport, "status" | "replyCode"> = { replyCode: lastReply[1] as string };
    if (lastReply[2] !== undefined) codes.status = lastReply[2];
    return codes;
  }
  return {};
}
