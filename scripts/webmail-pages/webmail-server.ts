/**
 * The webmail fixture pages (`tests/fixtures/pages/`) served over HTTPS on the loopback interface,
 * for browsers that resolve the real host names to it (`webmail-hosts.ts`). Like Gmail and Outlook
 * on the web, every page requires Trusted Types; here no Trusted Types policy may be created at
 * all, so anything that needs one fails loudly. The pages carry no script: whatever runs on them
 * is the extension, or the test driving the browser.
 *
 * A page is asked for by name: `?fixture=<name>` on any path of a webmail host (the host decides
 * between the Gmail and Outlook pages). `&with=<a>,<b>` adds those pages' bodies as inert
 * `<template data-fixture>` elements in the head, so that a test can change the page the way a
 * single-page app does (new nodes, or the same nodes with new content) without parsing HTML
 * in the page, which Trusted Types forbid.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { WebmailSite } from "../../src/webmail/adapter";
import { selfSignedCertificate } from "./self-signed-certificate";
import { GMAIL_HOST, OUTLOOK_HOSTS, siteOfHost, WEBMAIL_HOSTS } from "./webmail-hosts";

const PAGES = join(import.meta.dirname, "../../tests/fixtures/pages");

export const WEBMAIL_SECURITY_HEADERS = {
  "Content-Security-Policy": "require-trusted-types-for 'script'; trusted-types 'none'",
  "X-Content-Type-Options": "nosniff",
  "Cache-Control": "no-store",
};

export interface WebmailServer {
  port: number;
  close(): Promise<void>;
}

export async function startWebmailServer(port = 0): Promise<WebmailServer> {
  const pages = { gmail: pageNames("gmail"), outlook: pageNames("outlook") };
  const server = createServer(selfSignedCertificate(WEBMAIL_HOSTS), (request, response) => {
    const site = siteOfHost(request.headers.host ?? "");
    const url = new URL(request.url ?? "/", "https://localhost");
    if (url.pathname === "/favicon.ico") {
      // Browsers ask for it on their own; an empty answer keeps a "404" out of the console.
      response.writeHead(204, WEBMAIL_SECURITY_HEADERS);
      response.end();
      return;
    }
    const name = url.searchParams.get("fixture") ?? "";
    const extras = (url.searchParams.get("with") ?? "").split(",").filter((extra) => extra !== "");
    const known = (page: string) => site !== null && pages[site].includes(page);
    if (request.method !== "GET" || site === null || !known(name) || !extras.every(known)) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...WEBMAIL_SECURITY_HEADERS });
      response.end("Not found\n");
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", ...WEBMAIL_SECURITY_HEADERS });
    response.end(pageWithTemplates(site, name, extras));
  });
  await listen(server, port);
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface WebmailUrlOptions {
  /** The server's port, for browsers that resolve names but not ports (Firefox); omit for Chromium's host rules. */
  port?: number;
  /** Pages whose bodies come along as templates. */
  with?: readonly string[];
  /** Gmail's "Show original" address (`view=om`). */
  showOriginal?: boolean;
  /** Which of Outlook's host names. */
  outlookHost?: (typeof OUTLOOK_HOSTS)[number];
}

/** The page's address on its real host: Gmail's `/mail/u/0/#inbox`, Outlook's `/mail/inbox/id/…`. */
export function webmailUrl(site: WebmailSite, fixture: string, options: WebmailUrlOptions = {}): string {
  const host = site === "gmail" ? GMAIL_HOST : (options.outlookHost ?? OUTLOOK_HOSTS[0]);
  const origin = `https://${host}${options.port === undefined ? "" : `:${options.port}`}`;
  const query = new URLSearchParams({ fixture });
  if (options.with !== undefined && options.with.length > 0) query.set("with", options.with.join(","));
  if (site === "gmail") {
    if (options.showOriginal) {
      query.set("ik", "0123456789");
      query.set("view", "om");
      query.set("permmsgid", "msg-f:1792638409012345678");
      return `${origin}/mail/u/0/?${query}`;
    }
    return `${origin}/mail/u/0/?${query}#inbox`;
  }
  return `${origin}/mail/inbox/id/AAQkADExAmPlE0000%3D?${query}`;
}

function pageNames(site: WebmailSite): string[] {
  return readdirSync(join(PAGES, site))
    .filter((name) => name.endsWith(".html"))
    .map((name) => name.slice(0, -".html".length));
}

function pageSource(site: WebmailSite, name: string): string {
  return readFileSync(join(PAGES, site, `${name}.html`), "utf8");
}

function pageWithTemplates(site: WebmailSite, name: string, extras: readonly string[]): string {
  const page = pageSource(site, name);
  if (extras.length === 0) return page;
  const templates = extras
    .map((extra) => {
      const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(pageSource(site, extra))?.[1] ?? "";
      return `<template data-fixture="${extra}">${body}</template>`;
    })
    .join("\n");
  return page.replace(/<\/head>/i, `${templates}\n</head>`);
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
}
