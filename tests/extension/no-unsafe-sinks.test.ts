/**
 * Gmail and Outlook enforce Trusted Types, and Bounce Lens promises no network requests: the
 * extension's code (engine included, since it runs in the pages) must never turn a string into
 * HTML or code, nor open a connection. Comments may name these APIs; code may not.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const SCANNED = ["src", "entrypoints"];

const FORBIDDEN: readonly [string, RegExp][] = [
  ["innerHTML", /\binnerHTML\b/],
  ["outerHTML", /\bouterHTML\b/],
  ["insertAdjacentHTML", /\binsertAdjacentHTML\b/],
  ["document.write", /\bdocument\s*\.\s*write(ln)?\b/],
  ["dangerouslySetInnerHTML", /\bdangerouslySetInnerHTML\b/],
  ["DOMParser", /\bDOMParser\b/],
  ["createContextualFragment", /\bcreateContextualFragment\b/],
  ["eval", /(^|[^.\w])eval\s*\(/],
  ["new Function", /\bnew\s+Function\b/],
  ["string timer", /\bset(Timeout|Interval)\s*\(\s*["'`]/],
  ["fetch", /(^|[^.\w])fetch\s*\(|\.fetch\s*\(/],
  ["XMLHttpRequest", /\bXMLHttpRequest\b/],
  ["WebSocket", /\bWebSocket\b/],
  ["EventSource", /\bEventSource\b/],
  ["sendBeacon", /\bsendBeacon\b/],
  ["trustedTypes policy", /\btrustedTypes\s*\.\s*createPolicy\b/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

/** Code without its comments, keeping line breaks so that findings keep their line numbers. */
function withoutComments(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "))
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, " "))
    .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

describe("extension code", () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));

  it("is found", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("has no string-to-HTML or string-to-code sink and no network API", () => {
    const findings: string[] = [];
    for (const file of files) {
      const lines = withoutComments(readFileSync(file, "utf8")).split("\n");
      lines.forEach((line, index) => {
        for (const [name, pattern] of FORBIDDEN) {
          if (pattern.test(line)) findings.push(`${relative(ROOT, file)}:${index + 1}: ${name}`);
        }
      });
    }
    expect(findings).toEqual([]);
  });
});
