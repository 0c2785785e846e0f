/**
 * The real webmail host names the content scripts run on, which the fixture server answers for:
 * browsers are told to resolve them to the loopback server, so the extension meets its fixture
 * pages at the very addresses its manifest names.
 */
import type { WebmailSite } from "../../src/webmail/adapter";

export const GMAIL_HOST = "mail.google.com";
export const OUTLOOK_HOSTS = [
  "outlook.office.com",
  "outlook.live.com",
  "outlook.office365.com",
  "outlook.cloud.microsoft",
] as const;
export const WEBMAIL_HOSTS: readonly string[] = [GMAIL_HOST, ...OUTLOOK_HOSTS];

export function siteOfHost(host: string): WebmailSite | null {
  const name = host.replace(/:\d+$/, "").toLowerCase();
  if (name === GMAIL_HOST) return "gmail";
  return (OUTLOOK_HOSTS as readonly string[]).includes(name) ? "outlook" : null;
}

/** Chromium's `--host-resolver-rules`: every webmail host to the loopback server's port. */
export function chromiumHostRules(port: number): string {
  return `--host-resolver-rules=${WEBMAIL_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`).join(", ")}`;
}
