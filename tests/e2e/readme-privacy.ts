/**
 * What the README's "Privacy and permissions" section declares, read from its table, so that a
 * test can hold the built manifests to it. How the table is read (first column of each row):
 * - "Content scripts on `host`, ..." : the hosts content scripts may run on (as `https://host/*`);
 * - "Host access to `host`, ..."     : host permissions (same form);
 * - "Optional `name`, ..."           : optional permissions (names or match patterns);
 * - "Web-accessible `path`, ..."     : web-accessible resources;
 * - "Content Security Policy `...`"  : the one CSP the manifest may set (default otherwise);
 * - any other row: each name in backticks is a permission.
 * A full match pattern in backticks (`*://example.com/*`) counts as itself wherever hosts are read.
 */

export interface PrivacyDeclaration {
  permissions: string[];
  contentScriptHosts: string[];
  hostPermissions: string[];
  optional: string[];
  webAccessible: string[];
  csp: string[];
}

/** The text of the section, from its heading to the next heading of the same level. */
export function privacySection(readme: string): string {
  const start = readme.search(/^## Privacy and permissions\s*$/m);
  if (start < 0) throw new Error('README.md has no "## Privacy and permissions" section');
  const rest = readme.slice(start + 3);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);

export function readPrivacyTable(readme: string): PrivacyDeclaration {
  const declared: PrivacyDeclaration = {
    permissions: [],
    contentScriptHosts: [],
    hostPermissions: [],
    optional: [],
    webAccessible: [],
    csp: [],
  };
  const rows = privacySection(readme)
    .split("\n")
    .filter((line) => line.trim().startsWith("|"))
    .map((line) => line.split("|").map((cell) => cell.trim()))
    // The header row and the |---| line under it.
    .slice(2);
  if (rows.length === 0) throw new Error("The privacy section of README.md has no table of permissions");
  for (const cells of rows) {
    const first = cells[1] ?? "";
    const names = backticked(first);
    if (/^content scripts?\b/i.test(first)) declared.contentScriptHosts.push(...names);
    else if (/^host (?:access|permissions?)\b/i.test(first)) declared.hostPermissions.push(...names);
    else if (/^optional\b/i.test(first)) declared.optional.push(...names);
    else if (/^web-accessible\b/i.test(first)) declared.webAccessible.push(...names);
    else if (/^content security policy\b/i.test(first)) declared.csp.push(...names);
    else declared.permissions.push(...names);
  }
  return declared;
}

/** Whether a match pattern is allowed by a list of hosts (as `https://host/*`) or of patterns. */
export function patternDeclared(pattern: string, hostsOrPatterns: readonly string[]): boolean {
  if (hostsOrPatterns.includes(pattern)) return true;
  const m = /^https:\/\/([a-z0-9.-]+)\/\*$/.exec(pattern);
  return m !== null && hostsOrPatterns.includes(m[1] as string);
}
