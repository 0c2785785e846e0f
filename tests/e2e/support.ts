/**
 * What the end-to-end tests share: where the builds are, which browsers exist, and the rule for
 * a missing browser (skip and say why on a developer's machine; fail in CI, where `.ci/run`
 * installs them).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findChromium, findFirefox, INSTALL_HINTS } from "../../scripts/e2e/find-browsers";

export const ROOT = join(import.meta.dirname, "../..");
export const CHROME_BUILD = join(ROOT, ".output/chrome-mv3");
export const FIREFOX_BUILD = join(ROOT, ".output/firefox-mv3");

export const IN_CI = process.env.CI === "true" || process.env.CI === "1";

export interface BrowserAvailability {
  path: string | null;
  /** Why the tests needing this browser are skipped; null when they run. */
  skipReason: string | null;
}

export function chromium(): BrowserAvailability {
  return availability("Chromium", findChromium(), INSTALL_HINTS.chromium);
}

export function firefox(): BrowserAvailability {
  return availability("Firefox", findFirefox(), INSTALL_HINTS.firefox);
}

function availability(name: string, path: string | null, hint: string): BrowserAvailability {
  if (path !== null) return { path, skipReason: null };
  const reason = `${name} not found, so its end-to-end tests are skipped. ${hint}`;
  if (IN_CI) throw new Error(`CI=true and ${reason.replace("are skipped", "cannot run")}`);
  console.warn(`SKIPPED: ${reason}`);
  return { path: null, skipReason: reason };
}

/** The built extension's manifest; fails with the command to run when the build is missing. */
export function builtManifest(buildDir: string): Record<string, unknown> {
  const path = join(buildDir, "manifest.json");
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build && npm run build:firefox\` first.`);
  return JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
}

/** A fixture's path, failing clearly when it was moved. */
export function fixture(relativePath: string): string {
  const path = join(ROOT, relativePath);
  if (!existsSync(path)) throw new Error(`End-to-end fixture ${relativePath} is missing.`);
  return path;
}
