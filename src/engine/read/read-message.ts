/**
 * The reading pipeline: input → MailMessage → the first reader that finds recipients → Failure
 * records. Pure and synchronous once the message is parsed; never throws for any input.
 */
import { type DeliveryStatus, parseDeliveryStatus } from "../dsn/parse-delivery-status";
import { readAutoReply } from "../kind/auto-reply";
import { readFeedbackReport } from "../kind/feedback-report";
import { MAX_FAILURES, MAX_RAW_BYTES, MAX_TEXT_CHARS } from "../limits";
import { looksLikeRawMessage } from "../message/looks-like-raw";
import type { MailMessage } from "../message/mail-message";
import { textMessage } from "../message/mail-message";
import { parseMessage } from "../message/parse-message";
import type { AutoReply, Failure, FeedbackReport, MessageKind, ReadResult } from "../types";
import { combine } from "./combine";
import type { ReadContext } from "./reader";
import { READERS } from "./registry";

/** Anything a user can hand the engine: the bytes of an `.eml` file, or text. */
export type BounceInput = string | Uint8Array;

/** Reads any input into the list of failed recipients. Never rejects. */
export async function readBounce(input: BounceInput): Promise<ReadResult> {
  try {
    return readMessage(await toMessage(input));
  } catch (error) {
    return emptyResult("none", false, `The input could not be read: ${describe(error)}`);
  }
}

/** Turns bytes or text into a MailMessage: raw messages through the MIME parser, text as it is. */
export async function toMessage(input: BounceInput): Promise<MailMessage> {
  if (typeof input === "string") {
    const head = input.trimStart().slice(0, 8000);
    if (looksLikeRawMessage(head)) return parseMessage(new TextEncoder().encode(input.trimStart()));
    const truncated = input.length > MAX_TEXT_CHARS;
    return textMessage(normalizeText(truncated ? input.slice(0, MAX_TEXT_CHARS) : input), truncated);
  }
  const head = latin1.decode(input.subarray(0, 4096));
  if (looksLikeRawMessage(head.trimStart())) return parseMessage(input);
  const truncated = input.byteLength > MAX_RAW_BYTES;
  const text = new TextDecoder("utf-8").decode(truncated ? input.subarray(0, MAX_RAW_BYTES) : input);
  return textMessage(normalizeText(text.slice(0, MAX_TEXT_CHARS)), truncated || text.length > MAX_TEXT_CHARS);
}

/** Runs the readers over a parsed message. */
export function readMessage(message: MailMessage): ReadResult {
  const feedback = readFeedbackReport(message);
  if (feedback !== null) return result("feedback", "arf", [], [], message.truncated, feedback, null);
  const context = new Context(message);
  for (const reader of READERS) {
    if (!reader.matches(context)) continue;
    const reports = reader.read(context);
    if (reports.length === 0) continue;
    let failures = combine(reports, context.dsn, reader.id);
    const truncated = message.truncated || failures.length > MAX_FAILURES;
    if (failures.length > MAX_FAILURES) failures = failures.slice(0, MAX_FAILURES);
    const kind = kindOf(failures);
    if (kind === "delivered") {
      const deliveredTo = failures.flatMap((f) => (f.recipient === null ? [] : [f.recipient]));
      return result("delivered", reader.id, [], deliveredTo, truncated, null, null);
    }
    return result(kind, reader.id, failures, [], truncated, null, null, true);
  }
  const autoReply = readAutoReply(message);
  if (autoReply !== null) return result("auto-reply", "rfc3834", [], [], message.truncated, null, autoReply);
  return emptyResult("none", message.truncated, null);
}

/**
 * What the readers are given. The lines are split on first use: a message read as a feedback
 * report, or by a reader that needs no lines, never pays for splitting.
 */
class Context implements ReadContext {
  readonly message: MailMessage;
  readonly dsn: DeliveryStatus | null;
  private split: readonly string[] | null = null;

  constructor(message: MailMessage) {
    this.message = message;
    this.dsn = message.deliveryStatus === null ? null : parseDeliveryStatus(message.deliveryStatus);
  }

  get lines(): readonly string[] {
    if (this.split === null) this.split = this.message.text.split("\n");
    return this.split;
  }
}

function kindOf(failures: readonly Failure[]): MessageKind {
  if (failures.some((f) => f.permanent)) return "bounce";
  const delivered = (f: Failure) => f.action === "delivered" || f.action === "relayed" || f.action === "expanded";
  if (failures.every(delivered)) return "delivered";
  return "delay";
}

function emptyResult(kind: MessageKind, truncated: boolean, error: string | null): ReadResult {
  return {
    bounce: false,
    kind,
    format: "none",
    failures: [],
    deliveredTo: [],
    truncated,
    feedback: null,
    autoReply: null,
    error,
  };
}

/**
 * A result written out as one object literal, fields in the order of `emptyResult`: spreading
 * `emptyResult(...)` and overriding fields built the same object field by field, more slowly.
 */
function result(
  kind: MessageKind,
  format: string,
  failures: Failure[],
  deliveredTo: string[],
  truncated: boolean,
  feedback: FeedbackReport | null,
  autoReply: AutoReply | null,
  bounce = false,
): ReadResult {
  return { bounce, kind, format, failures, deliveredTo, truncated, feedback, autoReply, error: null };
}

/** Line ends to "\n"; NUL and other control characters (but tab and newline) to spaces. */
function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, " ");
}

/** Header detection looks at bytes as single-byte characters, whatever the body's charset. */
const latin1 = new TextDecoder("latin1");

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
