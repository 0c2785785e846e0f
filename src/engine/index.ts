/**
 * Bounce Lens's engine: reads a bounce (raw message, webmail text or one pasted line) and
 * explains each failed recipient. Pure TypeScript: no DOM, no browser APIs, no WXT or Preact.
 */
export { explainBounce, explainFailure, explainResult } from "./explain/explain";
export type { BounceInput } from "./read/read-message";
export { readBounce, readMessage, toMessage } from "./read/read-message";
export type {
  Actor,
  AutoReply,
  BlocklistRef,
  ExplainedFailure,
  ExplainResult,
  Explanation,
  Failure,
  FeedbackReport,
  Link,
  MessageKind,
  ProviderRef,
  ReadResult,
  Reason,
  Severity,
} from "./types";
