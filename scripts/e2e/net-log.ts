/**
 * Reads Chromium's network log (`--log-net-log`), which records every request the browser makes,
 * from any page, worker or the browser itself, with the origin that started it. Playwright's
 * request events see pages and service workers; the net log also sees what they might miss.
 */
import { readFileSync } from "node:fs";

export interface LoggedRequest {
  url: string;
  /** The origin that started the request; "not an origin" for the browser's own requests. */
  initiator: string;
}

interface NetLog {
  constants: { logEventTypes: Record<string, number> };
  events: { type: number; params?: { url?: string; initiator?: string } }[];
}

/** Every URL request started while the log was written, once each. */
export function readNetLog(path: string): LoggedRequest[] {
  const raw = readFileSync(path, "utf8");
  const log = parseMaybeUnfinished(raw);
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  const seen = new Map<string, LoggedRequest>();
  for (const event of log.events) {
    const url = event.params?.url;
    if (event.type !== startJob || url === undefined) continue;
    const initiator = event.params?.initiator ?? "unknown";
    seen.set(`${initiator} ${url}`, { url, initiator });
  }
  return [...seen.values()];
}

/** A browser killed before it finished writing leaves the events array open; close it. */
function parseMaybeUnfinished(raw: string): NetLog {
  try {
    return JSON.parse(raw) as NetLog;
  } catch {
    return JSON.parse(`${raw.trimEnd().replace(/,$/, "")}]}`) as NetLog;
  }
}
