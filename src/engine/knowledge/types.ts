/**
 * The shapes of Bounce Lens's knowledge tables. Knowledge is data: one table per provider, per
 * blocklist and per generic mail server, plus the standard codes as the fallback. Every row
 * carries real examples that a test classifies; a dangling reason name is a type error.
 */
import type { Actor, Link, Reason, Severity } from "../types";

/**
 * How a rule recognises a failure. Every condition given must hold. Text conditions are
 * checked against the diagnostic lower-cased and with whitespace collapsed, once per failure.
 */
export interface RuleMatch {
  /** Lower-case substrings; at least one must occur. */
  readonly any?: readonly string[];
  /** Lower-case substrings that must all occur. */
  readonly all?: readonly string[];
  /** Lower-case substrings that must not occur. */
  readonly none?: readonly string[];
  /**
   * A regular expression, only where substrings cannot say it. Tested on the lower-cased text,
   * so write it in lower case. Must pass the ReDoS check (tests/engine/redos.test.ts).
   */
  readonly pattern?: RegExp;
  /** Enhanced status codes ("5.7.1") or class/subject prefixes ending in "." ("5.7."). */
  readonly status?: readonly string[];
  /** Basic reply codes ("550") or prefixes ("5"). */
  readonly replyCode?: readonly string[];
}

/** One row of a table: a recognisable failure and what it means. */
export interface Rule {
  /** Unique across all tables: "<table id>/<slug>". */
  readonly id: string;
  readonly match: RuleMatch;
  readonly reason: Reason;
  /** Overrides the reason's default severity (e.g. a seed catalogue line states one). */
  readonly severity?: Severity;
  /** Overrides the reason's default actor. */
  readonly actor?: Actor;
  /** Overrides the reason's default one-sentence summary. */
  readonly summary?: string;
  /** Overrides the reason's default steps. */
  readonly advice?: readonly string[];
  /** The official page for exactly this failure, from the knowledge base or printed by the provider. */
  readonly link?: Link;
  /** Real diagnostic texts (as servers wrote them) that this rule must decide; at least one. */
  readonly examples: readonly string[];
}

/** A mailbox provider or filtering service: how to recognise it, and its own rules. */
export interface ProviderTable {
  /** An id of `../shared/knowledge/providers.json` ("google", "microsoft-365", ...). */
  readonly id: string;
  readonly name: string;
  /**
   * Lower-case markers that identify the provider in the remote MTA's name, in the reply text
   * or in links it prints ("gsmtp", "protection.outlook.com", "[cs01]").
   */
  readonly detect: readonly string[];
  /** Host-name suffixes of the provider's mail servers (matched against the remote MTA). */
  readonly hosts?: readonly string[];
  /** Domains whose help links printed in a bounce are trusted and shown ("support.google.com"). */
  readonly helpDomains?: readonly string[];
  /** The provider's general page on its bounce codes; null when it publishes none. */
  readonly docs: Link | null;
  readonly rules: readonly Rule[];
}

/** A DNS blocklist or reputation list that rejections name. */
export interface BlocklistTable {
  readonly id: string;
  readonly name: string;
  /** Lower-case markers naming the list ("spamhaus", "zen.spamhaus.org"). */
  readonly detect: readonly string[];
  /** Lookup or delisting page; `{ip}` is replaced with the IP found in the text when there is one. */
  readonly url: string;
  /** Same as `url` when no IP is known. */
  readonly urlWithoutIp?: string;
  /** Real rejection texts naming this list. */
  readonly examples: readonly string[];
}

/** What a reason means for a sender, used when a rule does not say more. */
export interface ReasonInfo {
  readonly reason: Reason;
  /** The reason in plain words. */
  readonly label: string;
  readonly severity: Severity;
  readonly actor: Actor;
  /** One sentence for a non-technical sender. */
  readonly summary: string;
  /** Ordered steps. */
  readonly advice: readonly string[];
}
