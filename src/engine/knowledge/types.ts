/**
 * The shapes of Bounce Lens's knowledge tables. Knowledge is data: one table per provider, per
 * blocklist and per generic mail server, plus the standard codes as the fallback. Every row
 * carries real examples that a test classifies; a dangling reason name is a type error.
 * The order in which the tables are consulted is written down once, in `../explain/precedence.ts`.
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
  /**
   * Enhanced status codes ("5.7.1"), class/subject prefixes ending in "." ("5.7."), or a prefix
   * ending in "*" ("5.7.6*": 5.7.6 and 5.7.600 to 5.7.699).
   */
  readonly status?: readonly string[];
  /** Basic reply codes ("550") or prefixes ("5"). */
  readonly replyCode?: readonly string[];
  /** Only for permanent (true) or only for temporary (false) failures. */
  readonly permanent?: boolean;
  /**
   * The SMTP command the reply answered, as readers name it ("CONN", "HELO", "EHLO", "MAIL",
   * "RCPT", "DATA"): a refusal at MAIL FROM is about the sender, one at the greeting about the
   * sending server.
   */
  readonly command?: readonly string[];
  /** Ids of the readers whose format alone says it ("google-groups"). */
  readonly format?: readonly string[];
  /** Types of the DSN's Diagnostic-Code ("x-unix": a local delivery program wrote it). */
  readonly diagnosticType?: readonly string[];
  /**
   * The recipient's domain is one of these, or below one ("ezweb.ne.jp"): for a mailbox
   * provider whose replies mean something of their own and that has no provider table.
   */
  readonly recipientDomain?: readonly string[];
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
  /** How this failure reads when it is temporary (4xx, still retried); else the reason's own. */
  readonly temporary?: Partial<TemporaryInfo>;
  /**
   * The failure may come from a mistyped address, so a correction of a recipient domain that
   * looks like a typo is offered (always done for userunknown and hostunknown).
   */
  readonly suggest?: boolean;
  /** Real diagnostic texts (as servers wrote them) that this rule must decide; at least one. */
  readonly examples: readonly string[];
}

/** A mailbox provider or filtering service: how to recognise it, and its own rules. */
export interface ProviderTable {
  /** An id of `../shared/knowledge/providers.json` ("google", "microsoft-365", ...). */
  readonly id: string;
  readonly name: string;
  /**
   * Lower-case markers that identify the provider in the reply text or in links it prints
   * ("gsmtp", "protection.outlook.com", "[cs01]"). Also matched against the remote MTA.
   */
  readonly detect: readonly string[];
  /** Host-name suffixes of the provider's mail servers (matched against the remote MTA). */
  readonly hosts?: readonly string[];
  /**
   * Recipient domains the provider hosts ("gmail.com"): the weakest sign, used only when
   * nothing in the remote MTA or the reply names a provider.
   */
  readonly domains?: readonly string[];
  /** Ids of readers whose format is this provider's own bounce ("google-groups"). */
  readonly formats?: readonly string[];
  /** Domains whose https help links printed in a bounce are trusted and shown ("support.google.com"). */
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
  /** Used instead of `url` when the text has no IP; defaults to `url` without `{ip}`. */
  readonly urlWithoutIp?: string;
  /** Overrides the default severity of a listing (critical). */
  readonly severity?: Severity;
  /** Real rejection texts naming this list; each must be decided by `blocklist/<id>`. */
  readonly examples: readonly string[];
  /** Texts that name the list but are not a listing (e.g. a refused query); checked first. */
  readonly rules?: readonly Rule[];
}

/**
 * A table of texts that are not tied to one provider: a mail server's own wording (Postfix,
 * Exim, ...), authentication failures, or phrases per reason in several languages.
 */
export interface ServerTable {
  readonly id: string;
  readonly name: string;
  /** The server's documentation on its rejection texts; null when there is none. */
  readonly docs: Link | null;
  readonly rules: readonly Rule[];
}

/** One enhanced status code (RFC 3463 and the IANA registry) and the reason it stands for. */
export interface StatusRow {
  /** "X.1.1" for both classes, or "5.7.1" / "4.7.1" for one. */
  readonly code: string;
  /** The registry's title. */
  readonly title: string;
  readonly reason: Reason;
  /** Reason when the class is 4 (temporary), when it differs. */
  readonly temporaryReason?: Reason;
  readonly severity?: Severity;
  readonly actor?: Actor;
  /** The defining standard's page. */
  readonly link: Link;
  /** Replies that carry this code and nothing a text rule recognises; each decided by this row. */
  readonly examples: readonly string[];
}

/** A basic SMTP reply code (RFC 5321, 4954, 7504) and the reason it stands for alone. */
export interface ReplyCodeRow {
  readonly code: string;
  readonly meaning: string;
  readonly reason: Reason;
  readonly severity?: Severity;
  readonly actor?: Actor;
  readonly link: Link;
  /** Replies with this code and no enhanced code or recognised text; each decided by this row. */
  readonly examples: readonly string[];
}

/** How a reason reads for a sender when the failure is temporary (still being retried). */
export interface TemporaryInfo {
  readonly severity: Severity;
  readonly actor: Actor;
  readonly summary: string;
  readonly advice: readonly string[];
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
  /** How it reads when the server answered with a temporary (4xx) failure. */
  readonly temporary: TemporaryInfo;
}
