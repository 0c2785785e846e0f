/**
 * Symantec Email Security.cloud (MessageLabs, now Broadcom), "Mail Delivery Failure":
 *
 *   This is the mail delivery agent at Symantec Email Security.cloud.
 *   I was unable to deliver your message to the following addresses:
 *
 *   bob@example.com
 *
 *   Reason: 550-Please turn on SMTP Authentication in your mail client.
 *   550-mx.example.com [192.0.2.1]:25 is not permitted to
 *   550 relay through this server without authentication.
 *
 * Its delivery-status part writes each recipient's fields in any order (Status and
 * Diagnostic-Code before Final-Recipient), so the Status is looked up here per blank-line block
 * rather than left to the field-order rules of the DSN parser.
 */
import type { FormatReader, RecipientReport } from "../reader";
import { includesNearStart, isAddress, normalizeAddress } from "../text-tools";

const AGENT = "This is the mail delivery agent at";
const UNABLE = "I was unable to deliver your message to the following addresses";

export const messagelabs: FormatReader = {
  id: "messagelabs",
  name: "Symantec Email Security.cloud (MessageLabs)",
  matches: ({ message }) => includesNearStart(message.text, UNABLE) && includesNearStart(message.text, AGENT),
  read({ message, lines }): RecipientReport[] {
    const start = lines.findIndex((line) => line.includes(UNABLE));
    if (start === -1) return [];
    const dsnFields = fieldsByRecipient(message.deliveryStatus ?? "");
    const reports: RecipientReport[] = [];
    let waiting: string[] = [];
    let reason: string[] | null = null;
    const flush = () => {
      const diagnostic = (reason ?? []).join(" ");
      for (const recipient of waiting) {
        const { status, remoteMta } = dsnFields.get(recipient.toLowerCase()) ?? {};
        const report: RecipientReport = { recipient, diagnostic };
        if (status !== undefined) report.status = status;
        if (remoteMta !== undefined) report.remoteMta = remoteMta;
        reports.push(report);
      }
      waiting = [];
      reason = null;
    };
    for (let i = start + 1; i < lines.length; i++) {
      const line = (lines[i] as string).trim();
      if (line.startsWith("The message subject was:")) break;
      if (reason !== null) {
        if (line === "") flush();
        else reason.push(line);
      } else if (line.startsWith("Reason:")) {
        reason = [line.slice("Reason:".length).trim()];
      } else if (line !== "" && isAddress(line)) {
        waiting.push(normalizeAddress(line));
      }
    }
    flush();
    return reports;
  },
};

interface RecipientFields {
  status?: string;
  remoteMta?: string;
}

/** Status and Remote-MTA per Final-Recipient, one blank-line-separated block per recipient. */
function fieldsByRecipient(deliveryStatus: string): Map<string, RecipientFields> {
  const fields = new Map<string, RecipientFields>();
  for (const block of deliveryStatus.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/)) {
    const recipient = /^Final-Recipient:[ \t]{0,20}(?:rfc822;[ \t]{0,20})?<?([^\s<>]{1,300})/im.exec(block)?.[1];
    if (recipient === undefined) continue;
    const status = /^Status:[ \t]{0,20}([245]\.\d{1,3}\.\d{1,3})\b/im.exec(block)?.[1];
    const remoteMta = /^Remote-MTA:[ \t]{0,20}(?:dns;[ \t]{0,20})?([^\s;]{1,255})/im.exec(block)?.[1];
    fields.set(normalizeAddress(recipient).toLowerCase(), { status, remoteMta });
  }
  return fields;
}
