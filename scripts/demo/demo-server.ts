/**
 * A small HTTP server on the loopback interface for the demo mailbox (`npm start`) and the
 * end-to-end tests. It answers only from memory and the repository's fixtures.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { DEMO_CSS, indexPage, mailboxPage } from "./demo-pages";
import { availableEmls, loadMessages } from "./samples";

export interface DemoServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

interface Response {
  type: string;
  body: string | Buffer;
}

/**
 * Like Gmail and Outlook on the web, the pages require Trusted Types, and they run no script at
 * all, so anything that executes on them comes from an extension.
 */
const SECURITY_HEADERS = {
  "Content-Security-Policy": "default-src 'none'; style-src 'self'; require-trusted-types-for 'script'",
  "X-Content-Type-Options": "nosniff",
};

export async function startDemoServer(root: string, port = 0): Promise<DemoServer> {
  const routes = demoRoutes(root);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    const found = routes.get(path === "/" ? "/index.html" : path);
    if (request.method !== "GET" || found === undefined) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...SECURITY_HEADERS });
      response.end("Not found\n");
      return;
    }
    response.writeHead(200, { "Content-Type": found.type, "Cache-Control": "no-store", ...SECURITY_HEADERS });
    response.end(found.body);
  });
  await listen(server, port);
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function demoRoutes(root: string): Map<string, Response> {
  const html = (body: string): Response => ({ type: "text/html; charset=utf-8", body });
  const emls = availableEmls(root);
  const routes = new Map<string, Response>([
    ["/index.html", html(indexPage(emls))],
    ["/gmail.html", html(mailboxPage("gmail", loadMessages(root, "gmail")))],
    ["/outlook.html", html(mailboxPage("outlook", loadMessages(root, "outlook")))],
    ["/demo.css", { type: "text/css; charset=utf-8", body: DEMO_CSS }],
  ]);
  for (const eml of emls) {
    routes.set(`/eml/${eml.name}`, { type: "message/rfc822", body: readFileSync(join(root, eml.file)) });
  }
  return routes;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
}
