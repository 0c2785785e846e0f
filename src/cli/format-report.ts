/** The command line's report for a person: what the input is and, per recipient, what failed. */
import type { ReadResult } from "../engine/index";

const KIND_TEXT: Record<ReadResult["kind"], string> = {
  bounce: "A bounce: the message was not delivered",
  delay: "A delay notice: delivery is still being retried",
  "auto-reply": "An automatic reply (out of office or similar), not a bounce",
  feedback: "A feedback-loop report: a recipient marked a delivered message as spam; not a bounce",
  delivered: "A delivery notice: the message was delivered",
  none: "This does not look like a bounce",
};

export function formatReport(result: ReadResult): string {
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
  result.failures.forEach((f, i) => {
    lines.push("");
    lines.push(
      `${i + 1}. ${f.recipient ?? "(recipient not named)"}: ${f.permanent ? "failed" : "delayed, still retrying"}`,
    );
    const codes = [f.replyCode, f.status].filter((c) => c !== null).join(" ");
    if (codes !== "") lines.push(`   Codes: ${codes}`);
    if (f.diagnostic !== "") lines.push(`   Server said: ${f.diagnostic}`);
    if (f.remoteMta !== null) lines.push(`   Refused by: ${f.remoteMta}`);
    if (f.reportingMta !== null) lines.push(`   Reported by: ${f.reportingMta}`);
  });
  return `${lines.join("\n")}\n`;
}
