/**
 * The command line's report for a person: what the input is and, per recipient, what happened,
 * how bad it is, who must act, what to do and where to read more. Most severe first.
 */
import type { ExplainedFailure, ExplainResult, Severity } from "../engine/index";

const KIND_TEXT: Record<ExplainResult["kind"], string> = {
  bounce: "A bounce: the message was not delivered",
  delay: "A delay notice: delivery is still being retried",
  "auto-reply": "An automatic reply (out of office or similar), not a bounce",
  feedback: "A feedback-loop report: a recipient marked a delivered message as spam; not a bounce",
  delivered: "A delivery notice: the message was delivered",
  none: "This does not look like a bounce",
};

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

const SEVERITY_TEXT: Record<Severity, string> = {
  critical: "Critical: your server or domain is blocked, mail to many recipients is failing",
  high: "High: your setup or message is refused until it is fixed",
  medium: "Medium: temporary, or specific to this message",
  low: "Low: only this recipient cannot receive",
};

const ACTOR_TEXT: Record<ExplainedFailure["actor"], string> = {
  sender: "you, the sender",
  "sender-admin": "your IT or email service",
  recipient: "the recipient",
  "recipient-admin": "the recipient's IT",
  none: "nobody for now: the message is being retried",
};

export function formatReport(result: ExplainResult): string {
  const lines: string[] = [];
  if (result.error !== null) lines.push(result.error);
  const format = result.format === "none" ? "" : ` (format: ${result.format})`;
  lines.push(`${KIND_TEXT[result.kind]}${format}.`);
  if (result.truncated) lines.push("Note: the input was longer than Bounce Lens reads; only its beginning was read.");
  if (result.feedback !== null) {
    const f = result.feedback;
    lines.push(`  Feedback type: ${f.type ?? "not given"}; about: ${f.recipient ?? "unknown recipient"}`);
  }
  if (result.autoReply !== null) lines.push(`  Automatic reply from ${result.autoReply.from ?? "an unknown sender"}`);
  const ordered = result.failures
    .map((f, index) => ({ f, index }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.index - b.index);
  ordered.forEach(({ f }, i) => {
    lines.push("");
    lines.push(`${i + 1}. ${f.recipient ?? "(recipient not named)"}: ${f.reasonLabel}`);
    lines.push(`   ${f.permanent ? "Not delivered" : "Delayed, still being retried"}. ${f.summary}`);
    if (f.suggestion !== null) lines.push(`   Did you mean ${f.suggestion}?`);
    lines.push(`   How bad: ${SEVERITY_TEXT[f.severity]}.`);
    lines.push(`   Who should act: ${ACTOR_TEXT[f.actor]}.`);
    const refusedBy = [f.provider?.name, f.blocklist === null ? null : `listed on ${f.blocklist.name}`]
      .filter((x) => x !== null && x !== undefined)
      .join(", ");
    if (refusedBy !== "") lines.push(`   Refused by: ${refusedBy}.`);
    if (f.advice.length > 0) {
      lines.push("   What to do:");
      f.advice.forEach((step, n) => {
        lines.push(`     ${n + 1}) ${step}`);
      });
    }
    if (f.blocklist !== null) lines.push(`   Check the listing: ${f.blocklist.url}`);
    for (const link of f.links) lines.push(`   Read more: ${link.title}: ${link.url}`);
    const codes = [f.replyCode, f.status].filter((c) => c !== null).join(" ");
    if (codes !== "") lines.push(`   Codes: ${codes}`);
    if (f.diagnostic !== "") lines.push(`   Server said: ${f.diagnostic}`);
    if (f.remoteMta !== null) lines.push(`   Receiving server: ${f.remoteMta}`);
    if (f.reportingMta !== null) lines.push(`   Reported by: ${f.reportingMta}`);
  });
  return `${lines.join("\n")}\n`;
}
