/**
 * Every knowledge table, listed once. Adding a provider, a blocklist or a server's wording means
 * adding its table file (with examples) and one line here; the classifier needs no change.
 * Order matters within a list only where two tables could claim the same text: earlier wins.
 */
import { spamhaus } from "./blocklists/spamhaus";
import { google } from "./providers/google";
import { microsoft365 } from "./providers/microsoft-365";
import { authentication } from "./servers/authentication";
import { phrases } from "./servers/phrases";
import type { BlocklistTable, ProviderTable, ServerTable } from "./types";

export interface Registry {
  readonly providers: readonly ProviderTable[];
  readonly blocklists: readonly BlocklistTable[];
  readonly authentication: ServerTable;
  /** Generic servers' wording, then the phrases per reason. */
  readonly servers: readonly ServerTable[];
}

export const REGISTRY: Registry = {
  providers: [google, microsoft365],
  blocklists: [spamhaus],
  authentication,
  servers: [phrases],
};
