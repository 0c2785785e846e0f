/**
 * Every row of every knowledge table with its examples, and how a test turns an example into the
 * failure a reader would give: codes and the SMTP command found in the text, the provider's mail
 * server as the remote MTA (so that its own rules apply), the reader named by a format rule, a
 * recipient at the domain a rule is for, the DSN's diagnostic type a rule asks for.
 */
import { blocklistRule } from "../../../src/engine/explain/compile";
import { ENHANCED_STATUS } from "../../../src/engine/knowledge/enhanced-status";
import { REGISTRY } from "../../../src/engine/knowledge/registry";
import { REPLY_CODES } from "../../../src/engine/knowledge/reply-codes";
import { commandIn } from "../../../src/engine/read/text-tools";
import { findEnhancedStatus, findReplyCode } from "../../../src/engine/smtp/codes";
import type { Failure, Link, Reason } from "../../../src/engine/types";

export interface Row {
  readonly id: string;
  readonly table: string;
  readonly reason: Reason;
  readonly examples: readonly string[];
  readonly links: readonly Link[];
  /** What a reader would add to the example text. */
  readonly context: Partial<Failure>;
  readonly literals: readonly string[];
  readonly pattern: RegExp | null;
}

export function failureOf(text: string, context: Partial<Failure> = {}): Failure {
  const status = findEnhancedStatus(text);
  const replyCode = findReplyCode(text.replace(/^smtp;/i, " "));
  const permanent = (replyCode ?? status ?? "5").charAt(0) !== "4";
  return {
    recipient: "someone@example.com",
    status,
    replyCode,
    diagnostic: text,
    remoteMta: null,
    reportingMta: null,
    permanent,
    action: null,
    command: commandIn(text),
    format: "diagnostic-line",
    ...context,
  };
}

export function allRows(): Row[] {
  const rows: Row[] = [];
  for (const p of REGISTRY.providers) {
    for (const r of p.rules) {
      const context: Partial<Failure> = {};
      if (p.hosts?.[0] !== undefined) context.remoteMta = `mx.${p.hosts[0]}`;
      if (r.match.format?.[0] !== undefined) context.format = r.match.format[0];
      rows.push(ruleRow(p.id, r, context));
    }
  }
  for (const b of REGISTRY.blocklists) {
    for (const r of b.rules ?? []) rows.push(ruleRow(b.id, r, {}));
    rows.push(ruleRow("blocklist", blocklistRule(b), {}));
  }
  for (const r of REGISTRY.authentication.rules) rows.push(ruleRow(REGISTRY.authentication.id, r, {}));
  for (const t of REGISTRY.servers) for (const r of t.rules) rows.push(ruleRow(t.id, r, {}));
  for (const s of ENHANCED_STATUS)
    rows.push({
      id: `status/${s.code.toLowerCase()}`,
      table: "status",
      reason: s.reason,
      examples: s.examples,
      links: [s.link],
      context: {},
      literals: [],
      pattern: null,
    });
  for (const s of REPLY_CODES)
    rows.push({
      id: `reply/${s.code}`,
      table: "reply",
      reason: s.reason,
      examples: s.examples,
      links: [s.link],
      context: {},
      literals: [],
      pattern: null,
    });
  return rows;
}

function ruleRow(table: string, r: import("../../../src/engine/knowledge/types").Rule, context: Partial<Failure>): Row {
  const m = r.match;
  // A rule for one mailbox provider's recipients sees a recipient there; one for a format, that format.
  const domain = m.recipientDomain?.[0];
  const format = m.format?.[0];
  const diagnosticType = m.diagnosticType?.[0];
  return {
    id: r.id,
    table,
    reason: r.reason,
    examples: r.examples,
    links: r.link === undefined ? [] : [r.link],
    context: {
      ...context,
      ...(domain === undefined ? {} : { recipient: `someone@${domain}` }),
      ...(format === undefined ? {} : { format }),
      ...(diagnosticType === undefined ? {} : { diagnosticType }),
    },
    literals: [...(m.any ?? []), ...(m.all ?? []), ...(m.none ?? [])],
    pattern: m.pattern ?? null,
  };
}
