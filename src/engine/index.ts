/**
 * Bounce Lens's engine: reads a bounce (raw message, webmail text or one pasted line) and
 * explains each failed recipient. Pure TypeScript: no DOM, no browser APIs, no WXT or Preact.
 */
export type { BounceInput } from "./read/read-message";
export { readBounce, readMessage, toMessage } from "./read/read-message";
export type { AutoReply, Failure, FeedbackReport, MessageKind, ReadResult } from "./types";
