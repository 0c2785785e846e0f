/**
 * Turns the knowledge tables into one classifier, once: every literal of every row goes into a
 * single literal matcher, every row keeps its place in the precedence order. Matching a failure
 * is then one scan of its text plus cheap checks per row.
 */
import { ENHANCED_STATUS } from "../knowledge/enhanced-status";
import { REGISTRY, type Registry } from "../knowledge/registry";
import { REPLY_CODES } from "../knowledge/reply-codes";
import type { BlocklistTable, ProviderTable, ReplyCodeRow, Rule, RuleMatch, StatusRow } from "../knowledge/types";
import { LiteralMatcher } from "./literal-matcher";
import type { Stage } from "./precedence";

export interface CompiledRule {
  readonly id: string;
  readonly stage: Stage;
  readonly rule: Rule;
  /** Index into `providers` for a provider's own rule; -1 otherwise. */
  readonly provider: number;
  /** Set for a blocklist's rows. */
  readonly blocklist: BlocklistTable | null;
  readonly any: readonly number[] | null;
  readonly all: readonly number[] | null;
  readonly none: readonly number[] | null;
  readonly pattern: RegExp | null;
  readonly status: readonly string[] | null;
  readonly replyCode: readonly string[] | null;
  readonly permanent: boolean | null;
  readonly command: readonly string[] | null;
  readonly format: readonly string[] | null;
  readonly recipientDomain: readonly string[] | null;
  readonly diagnosticType: readonly string[] | null;
}

export interface CompiledProvider {
  readonly table: ProviderTable;
  readonly markers: readonly number[];
  readonly hosts: readonly string[];
}

export interface CompiledBlocklist {
  readonly table: BlocklistTable;
  readonly markers: readonly number[];
}

export interface Classifier {
  readonly matcher: LiteralMatcher;
  readonly rules: readonly CompiledRule[];
  /**
   * Literal id → indices of the rules that need it (one of their `any`, or the first of their
   * `all`): only those rules can match when the literal is absent from the text.
   */
  readonly gated: ReadonlyMap<number, readonly number[]>;
  /** Indices of the rules without text literals (codes, command, format or pattern only). */
  readonly ungated: readonly number[];
  readonly providers: readonly CompiledProvider[];
  readonly blocklists: readonly CompiledBlocklist[];
  /** Literal id → marker text, for resolving several providers named in one text. */
  readonly markerText: ReadonlyMap<number, string>;
  /** Literal id → indices of the providers it is a marker of, in registry order. */
  readonly markerProviders: ReadonlyMap<number, readonly number[]>;
  /** A provider's mail-server host name → index of the first provider that lists it. */
  readonly hostProviders: ReadonlyMap<string, number>;
  /** "5.1.1" and "4.1.1" → row; "5.7." → the subject's "other" row. */
  readonly status: ReadonlyMap<string, StatusRow>;
  readonly reply: ReadonlyMap<string, ReplyCodeRow>;
  /** Recipient domain → provider index. */
  readonly domains: ReadonlyMap<string, number>;
  /** Reader id → provider index. */
  readonly formats: ReadonlyMap<string, number>;
}

export function compile(registry: Registry = REGISTRY): Classifier {
  const matcher = new LiteralMatcher();
  const rules: CompiledRule[] = [];
  const literals = (list: readonly string[] | undefined) =>
    list === undefined || list.length === 0 ? null : list.map((s) => matcher.add(s));
  const add = (stage: Stage, rule: Rule, provider: number, blocklist: BlocklistTable | null) => {
    const m: RuleMatch = rule.match;
    rules.push({
      id: rule.id,
      stage,
      rule,
      provider,
      blocklist,
      any: literals(m.any),
      all: literals(m.all),
      none: literals(m.none),
      pattern: m.pattern ?? null,
      status: m.status ?? null,
      replyCode: m.replyCode ?? null,
      permanent: m.permanent ?? null,
      command: m.command ?? null,
      format: m.format ?? null,
      recipientDomain: m.recipientDomain ?? null,
      diagnosticType: m.diagnosticType ?? null,
    });
  };

  const providers: CompiledProvider[] = [];
  const markerText = new Map<number, string>();
  const markerProviders = new Map<number, number[]>();
  const hostProviders = new Map<string, number>();
  const domains = new Map<string, number>();
  const formats = new Map<string, number>();
  registry.providers.forEach((table, index) => {
    for (const format of table.formats ?? []) if (!formats.has(format)) formats.set(format, index);
    const markers = table.detect.map((marker) => {
      const id = matcher.add(marker);
      markerText.set(id, marker);
      const owners = markerProviders.get(id);
      if (owners === undefined) markerProviders.set(id, [index]);
      else if (!owners.includes(index)) owners.push(index);
      return id;
    });
    providers.push({ table, markers, hosts: table.hosts ?? [] });
    for (const host of table.hosts ?? []) if (host !== "" && !hostProviders.has(host)) hostProviders.set(host, index);
    for (const domain of table.domains ?? []) if (!domains.has(domain)) domains.set(domain, index);
    for (const rule of table.rules) add("provider", rule, index, null);
  });

  const blocklists: CompiledBlocklist[] = [];
  for (const table of registry.blocklists) {
    blocklists.push({ table, markers: table.detect.map((m) => matcher.add(m)) });
    for (const rule of table.rules ?? []) add("blocklist", rule, -1, table);
    add("blocklist", blocklistRule(table), -1, table);
  }
  for (const rule of registry.authentication.rules) add("authentication", rule, -1, null);
  for (const table of registry.servers) for (const rule of table.rules) add("server", rule, -1, null);
  matcher.build();

  const gated = new Map<number, number[]>();
  const ungated: number[] = [];
  rules.forEach((r, index) => {
    const gate = r.any ?? (r.all === null ? null : [r.all[0] as number]);
    if (gate === null) {
      ungated.push(index);
      return;
    }
    for (const id of new Set(gate)) {
      const list = gated.get(id);
      if (list === undefined) gated.set(id, [index]);
      else list.push(index);
    }
  });

  const status = new Map<string, StatusRow>();
  for (const row of ENHANCED_STATUS) {
    const rest = row.code.slice(1);
    if (row.code.startsWith("X")) {
      status.set(`4${rest}`, row);
      status.set(`5${rest}`, row);
      status.set(`2${rest}`, row);
    } else status.set(row.code, row);
    // The subject's "other" code stands for details the registry does not list (5.7.606, 5.4.300).
    if (rest.endsWith(".0") && rest.split(".").length === 3) {
      const subject = rest.slice(0, rest.lastIndexOf(".") + 1);
      status.set(`4${subject}`, row);
      status.set(`5${subject}`, row);
      status.set(`2${subject}`, row);
    }
  }
  const reply = new Map<string, ReplyCodeRow>(REPLY_CODES.map((row) => [row.code, row]));
  return {
    matcher,
    rules,
    gated,
    ungated,
    providers,
    blocklists,
    markerText,
    markerProviders,
    hostProviders,
    status,
    reply,
    domains,
    formats,
  };
}

/** A blocklist's own row: the list is named, so the sender's IP or domain is listed. */
export function blocklistRule(table: BlocklistTable): Rule {
  return {
    id: `blocklist/${table.id}`,
    match: { any: table.detect },
    reason: "blocked",
    severity: table.severity ?? "critical",
    actor: "sender-admin",
    summary: `The receiving server refused your mail because your server's IP address or domain is listed on ${table.name}.`,
    advice: [
      `Look up the sending IP address on ${table.name} (link below) and follow its removal steps.`,
      "Tell your IT or email service; find and stop the cause first (a compromised account or device, unwanted bulk mail), or the listing returns.",
      "Send again once the listing is gone.",
    ],
    examples: table.examples,
  };
}
