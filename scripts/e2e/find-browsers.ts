/**
 * Where the real browsers are. Debian's packages first (what `.ci/run` installs), then other
 * usual places. CHROMIUM_PATH and FIREFOX_PATH, when set, are the only place looked at (so
 * pointing one at nothing shows what happens on a machine without that browser). Browser downloads by playwright or
 * puppeteer are not used: they fail on machines without internet, such as CI here.
 */
import { accessSync, constants } from "node:fs";

const CHROMIUM_CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];

const FIREFOX_CANDIDATES = [
  "/usr/bin/firefox-esr",
  "/usr/bin/firefox",
  "/Applications/Firefox.app/Contents/MacOS/firefox",
];

export const INSTALL_HINTS = {
  chromium:
    "Install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  firefox:
    "Install Firefox ESR (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox binary (version 140 or later).",
} as const;

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  return firstExecutable(env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : CHROMIUM_CANDIDATES);
}

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  return firstExecutable(env.FIREFOX_PATH ? [env.FIREFOX_PATH] : FIREFOX_CANDIDATES);
}

function firstExecutable(paths: readonly string[]): string | null {
  for (const path of paths) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // Not there, or not runnable: try the next one.
    }
  }
  return null;
}
