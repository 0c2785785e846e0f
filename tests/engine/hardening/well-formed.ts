/**
 * What every answer of the engine must look like, whatever the input: the one check the
 * hostile-input tests share. It throws (through `expect`) with the field that is wrong.
 *
 * Stricter than the types: vocabularies are closed lists, every link is https and either a page
 * of the knowledge tables or on a provider's or list's vetted help domain (as the browser would
 * parse it, so that a printed `https://support.google.com:1@evil.example/` cannot pass), codes
 * have their shape, addresses hold no spaces, controls or bidirectional formatting.
 */
import { expect } from "vitest";
import type { BounceInput, ExplainedFailure, ExplainResult, Link } from "../../../src/engine/index";
import { ENHANCED_STATUS } from "../../../src/engine/knowledge/enhanced-status";
import { REASONS } from "../../../src/engine/knowledge/reasons";
import { REGISTRY } from "../../../src/engine/knowledge/registry";
import { REPLY_CODES } from "../../../src/engine/knowledge/reply-codes";
import { STANDARDS } from "../../../src/engine/knowledge/standards";
import { MAX_FAILURES, MAX_RAW_BYTES } from "../../../src/engine/limits";

const KINDS = ["bounce", "delay", "auto-reply", "feedback", "delivered", "none"];
const SEVERITIES = ["low", "medium", "high", "critical"];
const ACTORS = ["sender", "sender-admin", "recipient", "recipient-admin", "none"];
const REASON_NAMES = Object.keys(REASONS);

/** A new field must be added here with its check, so that nothing unchecked reaches the page. */
const RESULT_KEYS = [
  "autoReply",
  "bounce",
  "deliveredTo",
  "error",
  "failures",
  "feedback",
  "format",
  "kind",
  "truncated",
];
const FAILURE_KEYS = [
  "action",
  "actor",
  "advice",
  "blocklist",
  "command",
  "diagnostic",
  "diagnosticType",
  "format",
  "links",
  "permanent",
  "provider",
  "reason",
  "reasonLabel",
  "recipient",
  "remoteMta",
  "replyCode",
  "reportingMta",
  "ruleId",
  "severity",
  "status",
  "suggestion",
  "summary",
];

/**
 * Controls, line breaks, and the characters that reorder or hide text (bidi marks, zero width).
 * A tab is white space like a space (a DSN field may hold "bob@example.com\t#").
 */
const HIDDEN =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

/** Every page the knowledge tables link to. */
const TABLE_URLS = new Set<string>();
/** Hosts whose pages a bounce may link to: providers' help domains and the lists' own sites. */
const TRUSTED_HOSTS: string[] = [];

function addLink(link: Link | null | undefined): void {
  if (link !== null && link !== undefined) TABLE_URLS.add(link.url);
}
for (const p of REGISTRY.providers) {
  addLink(p.docs);
  for (const r of p.rules) addLink(r.link);
  TRUSTED_HOSTS.push(...(p.helpDomains ?? []));
}
for (const b of REGISTRY.blocklists) {
  for (const r of b.rules ?? []) addLink(r.link);
  TRUSTED_HOSTS.push(new URL(b.url.replace("{ip}", "")).hostname);
}
for (const t of [REGISTRY.authentication, ...REGISTRY.servers]) {
  addLink(t.docs);
  for (const r of t.rules) addLink(r.link);
}
for (const row of [...ENHANCED_STATUS, ...REPLY_CODES]) addLink(row.link);
for (const link of Object.values(STANDARDS)) addLink(link);

function onTrustedHost(host: string): boolean {
  return TRUSTED_HOSTS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function nullOrString(value: unknown, what: string): void {
  expect(value === null || typeof value === "string", `${what} is null or a string`).toBe(true);
}

/**
 * What a page may show as a recipient: text without hidden characters. Not necessarily an address:
 * bounces name local users ("kijitora") and pipes ("|/usr/bin/script arg") as recipients.
 */
export function isSafeText(value: string): boolean {
  return value.trim() !== "" && !HIDDEN.test(value);
}

/** A suggestion is one address: something@domain, no white space. */
export function isSafeAddress(value: string): boolean {
  const at = value.lastIndexOf("@");
  return at > 0 && at < value.length - 1 && isSafeText(value) && !/\s/.test(value);
}

function checkLink(link: Link, what: string): void {
  expect(Object.keys(link).sort(), `${what}: fields`).toEqual(["title", "url"]);
  expect(typeof link.title === "string" && link.title.trim() !== "", `${what}: a title`).toBe(true);
  expect(
    HIDDEN.test(link.url) || /\s/.test(link.url),
    `${what}: ${JSON.stringify(link.url)} has no space or control`,
  ).toBe(false);
  const url = new URL(link.url);
  expect(url.protocol, `${what}: ${link.url}`).toBe("https:");
  expect(url.username === "" && url.password === "", `${what}: ${link.url} has no user name`).toBe(true);
  const vetted = TABLE_URLS.has(link.url) || onTrustedHost(url.hostname);
  expect(vetted, `${what}: ${link.url} is a table's page or on a vetted help domain`).toBe(true);
}

function checkFailure(f: ExplainedFailure, what: string): void {
  // diagnosticType is optional: only a DSN's Diagnostic-Code has a type.
  const keys = "diagnosticType" in f ? FAILURE_KEYS : FAILURE_KEYS.filter((k) => k !== "diagnosticType");
  expect(Object.keys(f).sort(), `${what}: fields`).toEqual(keys);
  nullOrString(f.recipient, `${what}.recipient`);
  if (f.recipient !== null)
    expect(isSafeText(f.recipient), `${what}.recipient ${JSON.stringify(f.recipient)}`).toBe(true);
  nullOrString(f.status, `${what}.status`);
  if (f.status !== null) expect(f.status, `${what}.status`).toMatch(/^[245]\.\d{1,3}\.\d{1,3}$/);
  nullOrString(f.replyCode, `${what}.replyCode`);
  if (f.replyCode !== null) expect(f.replyCode, `${what}.replyCode`).toMatch(/^[2-5]\d\d$/);
  expect(typeof f.diagnostic, `${what}.diagnostic`).toBe("string");
  nullOrString(f.remoteMta, `${what}.remoteMta`);
  nullOrString(f.reportingMta, `${what}.reportingMta`);
  expect(typeof f.permanent, `${what}.permanent`).toBe("boolean");
  nullOrString(f.action, `${what}.action`);
  nullOrString(f.command, `${what}.command`);
  if (f.diagnosticType !== undefined) nullOrString(f.diagnosticType, `${what}.diagnosticType`);
  expect(typeof f.format === "string" && f.format !== "", `${what}.format`).toBe(true);

  expect(REASON_NAMES, `${what}.reason`).toContain(f.reason);
  expect(typeof f.reasonLabel === "string" && f.reasonLabel !== "", `${what}.reasonLabel`).toBe(true);
  expect(SEVERITIES, `${what}.severity`).toContain(f.severity);
  expect(ACTORS, `${what}.actor`).toContain(f.actor);
  expect(typeof f.summary === "string" && f.summary !== "", `${what}.summary`).toBe(true);
  expect(Array.isArray(f.advice) && f.advice.every((s) => typeof s === "string" && s !== ""), `${what}.advice`).toBe(
    true,
  );
  expect(typeof f.ruleId === "string" && f.ruleId !== "", `${what}.ruleId`).toBe(true);
  if (f.provider !== null) {
    expect(Object.keys(f.provider).sort(), `${what}.provider`).toEqual(["id", "name"]);
    expect(
      REGISTRY.providers.map((p) => p.id),
      `${what}.provider.id`,
    ).toContain(f.provider.id);
  }
  if (f.blocklist !== null) {
    expect(Object.keys(f.blocklist).sort(), `${what}.blocklist`).toEqual(["id", "name", "url"]);
    expect(
      REGISTRY.blocklists.map((b) => b.id),
      `${what}.blocklist.id`,
    ).toContain(f.blocklist.id);
    expect(new URL(f.blocklist.url).protocol, `${what}.blocklist.url`).toBe("https:");
  }
  expect(Array.isArray(f.links) && f.links.length > 0, `${what}.links: at least the standard`).toBe(true);
  for (const [i, link] of f.links.entries()) checkLink(link, `${what}.links[${i}]`);
  nullOrString(f.suggestion, `${what}.suggestion`);
  if (f.suggestion !== null) {
    expect(isSafeAddress(f.suggestion), `${what}.suggestion ${JSON.stringify(f.suggestion)}`).toBe(true);
    expect(f.suggestion, `${what}.suggestion differs from the recipient`).not.toBe(f.recipient);
  }
}

/** Throws unless `result` is a well-formed answer (for `input`, when given: its size decides `truncated`). */
export function assertWellFormed(result: ExplainResult, input?: BounceInput): void {
  expect(Object.keys(result).sort(), "result fields").toEqual(RESULT_KEYS);
  expect(KINDS, "kind").toContain(result.kind);
  expect(result.bounce, "bounce is set for a bounce or a delay").toBe(
    result.kind === "bounce" || result.kind === "delay",
  );
  expect(typeof result.format === "string" && result.format !== "", "format").toBe(true);
  expect(typeof result.truncated, "truncated").toBe("boolean");
  nullOrString(result.error, "error");

  expect(Array.isArray(result.failures), "failures").toBe(true);
  expect(result.failures.length, "failures are capped").toBeLessThanOrEqual(MAX_FAILURES);
  expect(result.failures.length > 0, "a bounce or delay has failures, nothing else does").toBe(result.bounce);
  if (result.kind === "bounce")
    expect(
      result.failures.some((f) => f.permanent),
      "a bounce has a permanent failure",
    ).toBe(true);
  if (result.kind === "delay")
    expect(
      result.failures.every((f) => !f.permanent),
      "a delay has none",
    ).toBe(true);
  for (const [i, f] of result.failures.entries()) checkFailure(f, `failures[${i}]`);

  expect(Array.isArray(result.deliveredTo), "deliveredTo").toBe(true);
  for (const a of result.deliveredTo) expect(isSafeText(a), `deliveredTo ${JSON.stringify(a)}`).toBe(true);
  if (result.kind !== "delivered") expect(result.deliveredTo, "deliveredTo outside a delivery notice").toEqual([]);

  expect(result.feedback !== null, "feedback is set exactly for a feedback report").toBe(result.kind === "feedback");
  if (result.feedback !== null) {
    const fb = result.feedback;
    expect(Object.keys(fb).sort(), "feedback fields").toEqual(["recipient", "recipients", "reporter", "type"]);
    nullOrString(fb.type, "feedback.type");
    nullOrString(fb.recipient, "feedback.recipient");
    nullOrString(fb.reporter, "feedback.reporter");
    expect(Array.isArray(fb.recipients), "feedback.recipients").toBe(true);
    for (const a of [...fb.recipients, fb.recipient ?? "x"])
      expect(isSafeText(a), `feedback recipient ${JSON.stringify(a)}`).toBe(true);
  }
  expect(result.autoReply !== null, "autoReply is set exactly for an automatic reply").toBe(
    result.kind === "auto-reply",
  );
  if (result.autoReply !== null) {
    expect(Object.keys(result.autoReply).sort(), "autoReply fields").toEqual(["from", "subject"]);
    nullOrString(result.autoReply.from, "autoReply.from");
    nullOrString(result.autoReply.subject, "autoReply.subject");
  }

  if (input !== undefined && overTheCap(input))
    expect(result.truncated, "an input over the cap says it was cut").toBe(true);
  // What the command line prints and the extension stores must survive JSON as it is.
  expect(JSON.parse(JSON.stringify(result)), "survives JSON").toEqual(result);
}

/**
 * Over every cap the engine applies, whichever path it takes: a raw message is cut at
 * MAX_RAW_BYTES bytes, a text at MAX_TEXT_CHARS (smaller) characters, and a string's UTF-8 bytes
 * are at least its length. Tests that know the path check the smaller caps themselves.
 */
function overTheCap(input: BounceInput): boolean {
  if (typeof input === "string") return input.length > MAX_RAW_BYTES;
  return input.byteLength > MAX_RAW_BYTES;
}
