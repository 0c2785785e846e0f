/**
 * Conventions of the knowledge tables: ids unique and named after their table, every row with an
 * example, every link https, only the 34 reason names, lower-case literals and patterns, provider
 * ids from the knowledge base, and every table file listed in the registry.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REASONS } from "../../../src/engine/knowledge/reasons";
import { REGISTRY } from "../../../src/engine/knowledge/registry";
import { STANDARDS } from "../../../src/engine/knowledge/standards";
import type { Link } from "../../../src/engine/types";
import { allRows } from "../explain/rows";

const KNOWLEDGE = join(__dirname, "..", "..", "..", "src", "engine", "knowledge");
const PROVIDER_IDS: string[] = JSON.parse(
  readFileSync(join(__dirname, "..", "..", "fixtures", "knowledge", "provider-ids.json"), "utf8"),
);

/** The 34 reason names of the Sisimai project (2026 list). */
const REASON_NAMES = [
  "authfailure",
  "badreputation",
  "blocked",
  "contenterror",
  "delivered",
  "emailtoolarge",
  "expired",
  "failedstarttls",
  "feedback",
  "filtered",
  "hasmoved",
  "hostunknown",
  "mailboxfull",
  "mailererror",
  "networkerror",
  "norelaying",
  "notaccept",
  "notcompliantrfc",
  "onhold",
  "policyviolation",
  "ratelimited",
  "rejected",
  "requireptr",
  "securityerror",
  "spamdetected",
  "suppressed",
  "suspend",
  "syntaxerror",
  "systemerror",
  "systemfull",
  "undefined",
  "userunknown",
  "vacation",
  "virusdetected",
];

const rows = allRows();

function allLinks(): Array<[string, Link]> {
  const links: Array<[string, Link]> = [];
  for (const row of rows) for (const link of row.links) links.push([row.id, link]);
  for (const p of REGISTRY.providers) if (p.docs !== null) links.push([`${p.id} docs`, p.docs]);
  for (const t of [REGISTRY.authentication, ...REGISTRY.servers])
    if (t.docs !== null) links.push([`${t.id} docs`, t.docs]);
  for (const b of REGISTRY.blocklists) {
    links.push([`${b.id} url`, { title: b.name, url: b.url.replace("{ip}", "192.0.2.1") }]);
    if (b.urlWithoutIp !== undefined) links.push([`${b.id} urlWithoutIp`, { title: b.name, url: b.urlWithoutIp }]);
  }
  for (const [key, link] of Object.entries(STANDARDS)) links.push([key, link]);
  return links;
}

describe("knowledge tables", () => {
  it("explain all 34 reasons, and only those", () => {
    expect(Object.keys(REASONS).sort()).toEqual([...REASON_NAMES].sort());
    for (const [name, info] of Object.entries(REASONS)) {
      expect(info.reason).toBe(name);
      expect(info.label.length).toBeGreaterThan(3);
      expect(info.summary.length).toBeGreaterThan(20);
      expect(info.advice.length).toBeGreaterThan(0);
      expect(info.temporary.advice.length).toBeGreaterThan(0);
    }
    for (const row of rows) expect(REASON_NAMES, row.id).toContain(row.reason);
  });

  it("have unique row ids named after their table", () => {
    const seen = new Set<string>();
    for (const row of rows) {
      expect(seen.has(row.id), `duplicate id ${row.id}`).toBe(false);
      seen.add(row.id);
      expect(row.id.startsWith(`${row.table}/`), `${row.id} is not in table ${row.table}`).toBe(true);
    }
  });

  it("have at least one example per row", () => {
    for (const row of rows) expect(row.examples.length, `${row.id} has no example`).toBeGreaterThan(0);
  });

  it("link only to https pages", () => {
    const links = allLinks();
    expect(links.length).toBeGreaterThan(50);
    for (const [where, link] of links) {
      expect(link.url, where).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(?:[/?#]|$)/);
      expect(link.title.length, where).toBeGreaterThan(3);
    }
  });

  it("match lower-case text with lower-case literals and patterns", () => {
    for (const row of rows) {
      for (const literal of row.literals) expect(literal, row.id).toBe(literal.toLowerCase());
      if (row.pattern !== null) {
        expect(row.pattern.flags, row.id).not.toMatch(/[gy]/);
        // Escapes such as \d, \b, \S, \w stand for classes; any other capital letter can never match.
        expect(row.pattern.source.replace(/\\[A-Za-z]/g, ""), row.id).toBe(
          row.pattern.source.replace(/\\[A-Za-z]/g, "").toLowerCase(),
        );
      }
    }
    for (const p of REGISTRY.providers) {
      for (const marker of [...p.detect, ...(p.hosts ?? []), ...(p.domains ?? []), ...(p.helpDomains ?? [])])
        expect(marker, p.id).toBe(marker.toLowerCase());
    }
    for (const b of REGISTRY.blocklists) for (const marker of b.detect) expect(marker, b.id).toBe(marker.toLowerCase());
  });

  it("use the knowledge base's provider ids", () => {
    const ids = REGISTRY.providers.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(PROVIDER_IDS, id).toContain(id);
    for (const required of [
      "google",
      "microsoft-365",
      "outlook-com",
      "yahoo",
      "att",
      "apple-icloud",
      "comcast",
      "mailru",
      "yandex",
      "gmx-webde",
      "orange",
      "zoho",
      "qq",
      "proofpoint",
      "mimecast",
      "barracuda",
      "trend-micro",
      "fireeye-trellix",
      "broadcom-symantec",
      "free",
      "hey",
      "hostpoint",
      "improvmx",
      "infomaniak",
      "protonmail",
      "rackspace",
    ])
      expect(ids, required).toContain(required);
  });

  it.each(["providers", "blocklists", "servers"])("register every table file under %s/", async (folder) => {
    const registered = new Set<unknown>([
      ...REGISTRY.providers,
      ...REGISTRY.blocklists,
      REGISTRY.authentication,
      ...REGISTRY.servers,
    ]);
    const files = readdirSync(join(KNOWLEDGE, folder)).filter((f) => f.endsWith(".ts"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const module: Record<string, unknown> = await import(join(KNOWLEDGE, folder, file));
      const tables = Object.values(module).filter((v) => typeof v === "object" && v !== null && "id" in v);
      expect(tables.length, `${folder}/${file} exports no table`).toBeGreaterThan(0);
      for (const table of tables) expect(registered.has(table), `${folder}/${file} is not in the registry`).toBe(true);
      // The file is named after its table's id.
      expect(
        tables.map((t) => (t as { id: string }).id),
        file,
      ).toContain(file.replace(/\.ts$/, ""));
    }
  });
});
