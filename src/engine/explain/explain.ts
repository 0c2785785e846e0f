/**
 * Explains failures: which reason, how bad, who refused the mail, which list it is on, who must
 * act, what to do and where the official page is. Rows are consulted in the order of
 * `./precedence.ts`; the tables are compiled once, on first use.
 */
import { reasonInfo } from "../knowledge/reasons";
import { STANDARDS } from "../knowledge/standards";
import type { BlocklistTable, ReplyCodeRow, Rule, StatusRow } from "../knowledge/types";
import { type BounceInput, readBounce } from "../read/read-message";
import type {
  Actor,
  BlocklistRef,
  ExplainedFailure,
  ExplainResult,
  Explanation,
  Failure,
  Link,
  ProviderRef,
  ReadResult,
  Reason,
  Severity,
} from "../types";
import { type Classifier, type CompiledRule, compile } from "./compile";
import { findLinks, findSenderIp, hostIsIn, type PrintedLink } from "./links";

/** What a scan tells: whether a literal occurs in the text. */
interface Hits {
  has(id: number): boolean;
}

import { normalizeText } from "./normalize";
import { suggestAddress } from "./suggest";

let classifier: Classifier | null = null;

function getClassifier(): Classifier {
  if (classifier === null) classifier = compile();
  return classifier;
}

/** What decided a failure's reason. */
interface Decision {
  readonly ruleId: string;
  readonly reason: Reason;
  readonly rule: Rule | null;
  readonly link: Link | null;
  readonly severity: Severity | null;
  readonly actor: Actor | null;
}

export function explainFailure(failure: Failure): Explanation {
  const c = getClassifier();
  const text = normalizeText(failure.diagnostic);
  c.matcher.scan(text);
  const hits = c.matcher;
  const printed = findLinks(failure.diagnostic);
  const provider = detectProvider(c, failure, text, printed);
  const blocklist = detectBlocklist(c, hits);
  const decision = decide(c, failure, text, hits, provider);
  const info = reasonInfo(decision.reason);
  const rule = decision.rule;
  const permanent = failure.permanent || rule?.match.permanent === false;

  let severity: Severity;
  let actor: Actor;
  let summary: string;
  let advice: readonly string[];
  if (permanent) {
    severity = rule?.severity ?? decision.severity ?? info.severity;
    actor = rule?.actor ?? decision.actor ?? info.actor;
    summary = rule?.summary ?? info.summary;
    advice = rule?.advice ?? info.advice;
  } else {
    severity = rule?.temporary?.severity ?? info.temporary.severity;
    actor = rule?.temporary?.actor ?? info.temporary.actor;
    summary = rule?.temporary?.summary ?? info.temporary.summary;
    advice = rule?.temporary?.advice ?? info.temporary.advice;
  }

  const ip = blocklist !== null ? findSenderIp(failure.diagnostic) : null;
  const blocklistRef: BlocklistRef | null =
    blocklist === null ? null : { id: blocklist.id, name: blocklist.name, url: blocklistUrl(blocklist, ip) };

  const links = collectLinks(c, decision, provider, blocklistRef, printed, failure);
  const suggestion =
    decision.reason === "userunknown" || decision.reason === "hostunknown" || rule?.suggest === true
      ? suggestAddress(failure.recipient)
      : null;

  return {
    reason: decision.reason,
    reasonLabel: info.label,
    severity,
    provider: provider === -1 ? null : providerRef(c, provider),
    blocklist: blocklistRef,
    actor,
    summary,
    advice: [...advice],
    links,
    suggestion,
    ruleId: decision.ruleId,
  };
}

function providerRef(c: Classifier, index: number): ProviderRef {
  const table = (c.providers[index] as Classifier["providers"][number]).table;
  return { id: table.id, name: table.name };
}

/**
 * Who refused the mail: the remote MTA's host name first, then markers in the reply, then the
 * host of a link it prints, then a provider's own bounce format, then (weakest) the recipient's
 * domain. -1 when unknown.
 */
function detectProvider(c: Classifier, failure: Failure, text: string, printed: readonly PrintedLink[]): number {
  const mta = mtaHost(failure.remoteMta);
  if (mta !== "") {
    // The longest matching host wins: "mail.protection.outlook.com" before "outlook.com". A host
    // matches the name itself or a suffix of it after a dot, so those are looked up, longest first
    // (one lookup each rather than a pass over every provider's hosts).
    let found = c.hostProviders.get(mta);
    for (let dot = mta.indexOf("."); found === undefined && dot !== -1; dot = mta.indexOf(".", dot + 1))
      found = c.hostProviders.get(mta.slice(dot + 1));
    if (found !== undefined) return found;
  }
  let best = -1;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const id of c.matcher.found) {
    const owners = c.markerProviders.get(id);
    if (owners === undefined) continue;
    const at = text.indexOf(c.markerText.get(id) as string);
    if (at < bestAt || (at === bestAt && (owners[0] as number) < best)) {
      best = owners[0] as number;
      bestAt = at;
    }
  }
  if (best !== -1) return best;
  for (const link of printed) {
    for (let i = 0; i < c.providers.length; i++) {
      const p = (c.providers[i] as Classifier["providers"][number]).table;
      for (const domain of p.helpDomains ?? []) if (hostIsIn(link.host, domain)) return i;
    }
  }
  // A provider's own bounce format names it as the refuser, unless the bounce names another server.
  const byFormat = c.formats.get(failure.format);
  if (byFormat !== undefined && failure.remoteMta === null) return byFormat;
  const recipient = failure.recipient;
  if (recipient !== null) {
    const domain = recipient.slice(recipient.lastIndexOf("@") + 1).toLowerCase();
    const index = c.domains.get(domain);
    if (index !== undefined) return index;
  }
  return -1;
}

/** The host name of a remote MTA as readers give it ("mx.example.net [192.0.2.1]", "mx.example.net."). */
function mtaHost(remoteMta: string | null): string {
  if (remoteMta === null) return "";
  const first = remoteMta.trim().split(/[\s[(;,]/, 1)[0] ?? "";
  return first.toLowerCase().replace(/\.$/, "");
}

function detectBlocklist(c: Classifier, hits: Hits): BlocklistTable | null {
  for (const b of c.blocklists) for (const id of b.markers) if (hits.has(id)) return b.table;
  return null;
}

function blocklistUrl(table: BlocklistTable, ip: string | null): string {
  if (ip !== null && table.url.includes("{ip}")) return table.url.replace("{ip}", ip);
  return table.urlWithoutIp ?? table.url.replace("{ip}", "");
}

function matches(r: CompiledRule, failure: Failure, text: string, hits: Hits): boolean {
  if (r.any !== null) {
    let found = false;
    for (const id of r.any)
      if (hits.has(id)) {
        found = true;
        break;
      }
    if (!found) return false;
  }
  if (r.all !== null) for (const id of r.all) if (!hits.has(id)) return false;
  if (r.none !== null) for (const id of r.none) if (hits.has(id)) return false;
  if (r.permanent !== null && r.permanent !== failure.permanent) return false;
  if (r.command !== null && (failure.command === null || !r.command.includes(failure.command.toUpperCase())))
    return false;
  if (r.format !== null && !r.format.includes(failure.format)) return false;
  if (r.recipientDomain !== null && !recipientIn(failure.recipient, r.recipientDomain)) return false;
  if (
    r.diagnosticType !== null &&
    (failure.diagnosticType == null || !r.diagnosticType.includes(failure.diagnosticType))
  )
    return false;
  if (r.status !== null && !codeMatches(r.status, failure.status)) return false;
  if (r.replyCode !== null && !codeMatches(r.replyCode, failure.replyCode)) return false;
  if (r.pattern !== null) {
    r.pattern.lastIndex = 0;
    if (!r.pattern.test(text)) return false;
  }
  return true;
}

/** Whether the recipient's domain is one of `domains` or below one. */
function recipientIn(recipient: string | null, domains: readonly string[]): boolean {
  if (recipient === null) return false;
  const domain = recipient.slice(recipient.lastIndexOf("@") + 1).toLowerCase();
  return domains.some((d) => hostIsIn(domain, d));
}

/**
 * "5.7.1" matches itself; a prefix ending in "." ("5.7.") or a bare class digit ("5") matches
 * more; a trailing "*" matches any continuation ("5.7.6*": 5.7.6, 5.7.606 ... 5.7.649).
 */
function codeMatches(wanted: readonly string[], code: string | null): boolean {
  if (code === null) return false;
  for (const w of wanted) {
    if (w === code) return true;
    if ((w.endsWith(".") || w.length === 1) && code.startsWith(w)) return true;
    if (w.endsWith("*") && code.startsWith(w.slice(0, -1))) return true;
  }
  return false;
}

/** Reused between calls: which rules a literal of the current text makes possible. */
let candidateStamp = 0;
let candidateSeen = new Uint32Array(0);

/** Marks the rules that can match the scanned text (those without literals always can). */
function markCandidates(c: Classifier): Uint32Array {
  if (candidateSeen.length !== c.rules.length) candidateSeen = new Uint32Array(c.rules.length);
  candidateStamp = candidateStamp === 0xffffffff ? 1 : candidateStamp + 1;
  for (const index of c.ungated) candidateSeen[index] = candidateStamp;
  for (const id of c.matcher.found) {
    const rules = c.gated.get(id);
    if (rules !== undefined) for (const index of rules) candidateSeen[index] = candidateStamp;
  }
  return candidateSeen;
}

function decide(c: Classifier, failure: Failure, text: string, hits: Hits, provider: number): Decision {
  const marked = markCandidates(c);
  const stamp = candidateStamp;
  for (let index = 0; index < c.rules.length; index++) {
    if (marked[index] !== stamp) continue;
    const r = c.rules[index] as CompiledRule;
    if (r.provider !== -1 && r.provider !== provider) continue;
    if (!matches(r, failure, text, hits)) continue;
    return {
      ruleId: r.id,
      reason: r.rule.reason,
      rule: r.rule,
      link: r.rule.link ?? null,
      severity: null,
      actor: null,
    };
  }
  const status = failure.status === null ? undefined : lookupStatus(c, failure.status);
  if (status !== undefined) {
    const temporary = failure.status?.startsWith("4") === true;
    return {
      ruleId: `status/${status.code.toLowerCase()}`,
      reason: temporary && status.temporaryReason !== undefined ? status.temporaryReason : status.reason,
      rule: null,
      link: status.link,
      severity: status.severity ?? null,
      actor: status.actor ?? null,
    };
  }
  const reply: ReplyCodeRow | undefined = failure.replyCode === null ? undefined : c.reply.get(failure.replyCode);
  if (reply !== undefined) {
    return {
      ruleId: `reply/${reply.code}`,
      reason: reply.reason,
      rule: null,
      link: reply.link,
      severity: reply.severity ?? null,
      actor: reply.actor ?? null,
    };
  }
  // Nothing recognised: "onhold" when the server said something, "undefined" when the bounce
  // gives no reply and no code at all (the shared vocabulary's distinction).
  if (failure.diagnostic.trim() === "")
    return { ruleId: "fallback/undefined", reason: "undefined", rule: null, link: null, severity: null, actor: null };
  return { ruleId: "fallback/onhold", reason: "onhold", rule: null, link: null, severity: null, actor: null };
}

function lookupStatus(c: Classifier, code: string): StatusRow | undefined {
  const exact = c.status.get(code);
  if (exact !== undefined) return exact;
  return c.status.get(code.slice(0, code.lastIndexOf(".") + 1));
}

/**
 * Most specific first: the provider's help link printed in the bounce, the deciding row's link
 * (a blocklist's lookup page), the provider's page on its codes, then the standard's meaning.
 */
function collectLinks(
  c: Classifier,
  decision: Decision,
  provider: number,
  blocklist: BlocklistRef | null,
  printed: readonly PrintedLink[],
  failure: Failure,
): Link[] {
  const links: Link[] = [];
  const table = provider === -1 ? null : (c.providers[provider] as Classifier["providers"][number]).table;
  for (const link of printed) {
    const trusted = trustedHelpDomain(c, link.host);
    if (trusted !== null) pushLink(links, { title: `${trusted}: the page this bounce links to`, url: link.url });
  }
  if (blocklist !== null && decision.ruleId.startsWith("blocklist/"))
    pushLink(links, { title: `${blocklist.name}: look up and request removal`, url: blocklist.url });
  pushLink(links, decision.link);
  if (blocklist !== null)
    pushLink(links, { title: `${blocklist.name}: look up and request removal`, url: blocklist.url });
  if (table !== null) pushLink(links, table.docs);
  const status = failure.status === null ? undefined : lookupStatus(c, failure.status);
  if (status !== undefined) pushLink(links, status.link);
  else if (failure.replyCode !== null) pushLink(links, c.reply.get(failure.replyCode)?.link);
  if (links.length === 0) pushLink(links, STANDARDS.rfc3463);
  return links;
}

/**
 * Adds a link unless one with the same URL is there already. A list of a few links is searched,
 * not kept in a Set: cheaper, and no closure is made per failure explained.
 */
function pushLink(links: Link[], link: Link | null | undefined): void {
  if (link === null || link === undefined) return;
  for (const known of links) if (known.url === link.url) return;
  links.push(link);
}

/** The name of the provider or list whose help domain the host is on, or null (untrusted). */
function trustedHelpDomain(c: Classifier, host: string): string | null {
  for (const p of c.providers)
    for (const domain of p.table.helpDomains ?? []) if (hostIsIn(host, domain)) return shortName(p.table.name);
  for (const b of c.blocklists) {
    const listHost = hostOf(b.table.url);
    if (listHost !== null && hostIsIn(host, listHost)) return b.table.name;
  }
  return null;
}

function shortName(name: string): string {
  const paren = name.indexOf(" (");
  return paren > 0 ? name.slice(0, paren) : name;
}

function hostOf(url: string): string | null {
  const m = /^https:\/\/([^/]+)/.exec(url);
  return m === null ? null : (m[1] as string).toLowerCase();
}

/** Explains every failure of a read result. */
export function explainResult(result: ReadResult): ExplainResult {
  const { bounce, kind, format, deliveredTo, truncated, feedback, autoReply, error } = result;
  const failures = result.failures.map((f) => explained(f, explainFailure(f)));
  // One object literal, fields in the order of ReadResult (see `explained` for why not a spread).
  return { bounce, kind, format, failures, deliveredTo, truncated, feedback, autoReply, error };
}

/**
 * The failure's fields, then the explanation's, written out as one object literal. Merging them
 * (`{ ...f, ...e }` or `Object.assign({}, f, e)`) gives the same fields in the same order, but V8
 * adds them one by one and turns an object given that many into a slow dictionary: 1 to 3 us per
 * failure, more than explaining it, and slower to read afterwards. `diagnosticType` is present
 * only when the failure has it. A test holds this to the merge.
 */
function explained(f: Failure, e: Explanation): ExplainedFailure {
  const { recipient, status, replyCode, diagnostic, remoteMta, reportingMta, permanent, action, command, format } = f;
  const { reason, reasonLabel, severity, provider, blocklist, actor, summary, advice, links, suggestion, ruleId } = e;
  if (f.diagnosticType === undefined) {
    return {
      recipient,
      status,
      replyCode,
      diagnostic,
      remoteMta,
      reportingMta,
      permanent,
      action,
      command,
      format,
      reason,
      reasonLabel,
      severity,
      provider,
      blocklist,
      actor,
      summary,
      advice,
      links,
      suggestion,
      ruleId,
    };
  }
  return {
    recipient,
    status,
    replyCode,
    diagnostic,
    remoteMta,
    reportingMta,
    permanent,
    action,
    command,
    diagnosticType: f.diagnosticType,
    format,
    reason,
    reasonLabel,
    severity,
    provider,
    blocklist,
    actor,
    summary,
    advice,
    links,
    suggestion,
    ruleId,
  };
}

/** Reads a bounce (raw message, webmail text or one pasted line) and explains each failure. */
export async function explainBounce(input: BounceInput): Promise<ExplainResult> {
  return explainResult(await readBounce(input));
}
