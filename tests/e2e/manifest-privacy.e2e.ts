/**
 * The built manifests ask for nothing the README's "Privacy and permissions" section does not
 * tell users about, and the section lists nothing the extension does not ask for: permissions,
 * optional permissions, host permissions, content-script matches, web-accessible resources, the
 * Content Security Policy, and no connection from web pages (externally_connectable). A change to
 * any of these needs its row in the README first (how rows are read: ./readme-privacy.ts).
 *
 * Reads `.output/*` as `npm run test:e2e` builds it (`npm run build && npm run build:firefox`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { patternDeclared, readPrivacyTable } from "./readme-privacy";
import { builtManifest, CHROME_BUILD, FIREFOX_BUILD, ROOT } from "./support";

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
  web_accessible_resources?: Array<{ resources?: string[] } | string>;
  content_security_policy?: string | Record<string, string>;
  externally_connectable?: unknown;
}

const declared = readPrivacyTable(readFileSync(join(ROOT, "README.md"), "utf8"));
const BUILDS = [
  ["Chrome", CHROME_BUILD],
  ["Firefox", FIREFOX_BUILD],
] as const;
const manifests = BUILDS.map(([name, dir]) => [name, builtManifest(dir) as Manifest] as const);

const notIn = (items: readonly string[], allowed: (item: string) => boolean) => items.filter((i) => !allowed(i));

describe.each(manifests)("the %s manifest asks only for what the README lists", (_name, manifest) => {
  it("permissions", () => {
    expect(notIn(manifest.permissions ?? [], (p) => declared.permissions.includes(p))).toEqual([]);
  });

  it("optional permissions and optional hosts", () => {
    const optional = [...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
    expect(notIn(optional, (p) => patternDeclared(p, declared.optional))).toEqual([]);
  });

  it("host permissions", () => {
    expect(notIn(manifest.host_permissions ?? [], (p) => patternDeclared(p, declared.hostPermissions))).toEqual([]);
  });

  it("content-script matches", () => {
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
    expect(notIn(matches, (p) => patternDeclared(p, declared.contentScriptHosts))).toEqual([]);
  });

  it("web-accessible resources", () => {
    const resources = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
      typeof entry === "string" ? [entry] : (entry.resources ?? []),
    );
    expect(notIn(resources, (r) => declared.webAccessible.includes(r))).toEqual([]);
  });

  it("Content Security Policy: the default unless the README gives one", () => {
    const csp = manifest.content_security_policy;
    const values = csp === undefined ? [] : typeof csp === "string" ? [csp] : Object.values(csp);
    expect(notIn(values, (v) => declared.csp.includes(v))).toEqual([]);
  });

  it("no web page or other extension can connect to it", () => {
    expect(manifest.externally_connectable).toBeUndefined();
  });
});

describe("the README lists nothing the builds do not ask for", () => {
  const all = manifests.map(([, m]) => m);
  it("each permission it lists is asked for", () => {
    const asked = new Set(all.flatMap((m) => m.permissions ?? []));
    expect(declared.permissions.filter((p) => !asked.has(p))).toEqual([]);
  });

  it("each content-script host it lists has a content script", () => {
    const matches = all.flatMap((m) => (m.content_scripts ?? []).flatMap((s) => s.matches ?? []));
    const unused = declared.contentScriptHosts.filter((host) => !matches.some((p) => patternDeclared(p, [host])));
    expect(unused).toEqual([]);
  });

  it("each host permission it lists is asked for", () => {
    const hosts = all.flatMap((m) => m.host_permissions ?? []);
    const unused = declared.hostPermissions.filter((host) => !hosts.some((p) => patternDeclared(p, [host])));
    expect(unused).toEqual([]);
  });
});

describe("reading the README's privacy table", () => {
  const readme = [
    "# X",
    "## Privacy and permissions",
    "Words.",
    "| Permission | Why | When |",
    "| --- | --- | --- |",
    "| `storage` | options | Always |",
    "| `activeTab`, `scripting` | the selection | on click |",
    "| Content scripts on `mail.google.com` and Outlook (`outlook.live.com`) | badges | open |",
    "| Host access to `*://example.com/*` | x | y |",
    "| Optional `downloads` | x | y |",
    "| Web-accessible `icons/badge.svg` | x | y |",
    "## Next",
    "| `notThis` | | |",
  ].join("\n");

  it("sorts each row's names by what the row is about", () => {
    expect(readPrivacyTable(readme)).toEqual({
      permissions: ["storage", "activeTab", "scripting"],
      contentScriptHosts: ["mail.google.com", "outlook.live.com"],
      hostPermissions: ["*://example.com/*"],
      optional: ["downloads"],
      webAccessible: ["icons/badge.svg"],
      csp: [],
    });
  });

  it("allows a host's https pages, or a pattern listed as it is", () => {
    expect(patternDeclared("https://mail.google.com/*", ["mail.google.com"])).toBe(true);
    expect(patternDeclared("*://mail.google.com/*", ["mail.google.com"])).toBe(false);
    expect(patternDeclared("https://*.google.com/*", ["mail.google.com"])).toBe(false);
    expect(patternDeclared("<all_urls>", ["mail.google.com"])).toBe(false);
    expect(patternDeclared("*://example.com/*", ["*://example.com/*"])).toBe(true);
  });

  it("finds the section in the real README, with at least the storage permission", () => {
    expect(declared.permissions).toContain("storage");
  });
});
