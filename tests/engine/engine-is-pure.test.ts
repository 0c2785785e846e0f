/**
 * The engine runs in Node, in the popup and inside Gmail's and Outlook's pages alike, so it may
 * not depend on the DOM, on extension APIs, on WXT or on Preact. This test reads every engine
 * file and fails on such an import or global.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ENGINE = join(__dirname, "..", "..", "src", "engine");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const FORBIDDEN_IMPORTS = [
  /^wxt/,
  /^#imports/,
  /^preact/,
  /^@preact\//,
  /webextension-polyfill/,
  /^node:/,
  /^@wxt-dev\//,
];
const FORBIDDEN_GLOBALS = [
  /\bdocument\./,
  /\bwindow\./,
  /\bbrowser\./,
  /\bchrome\./,
  /\bnavigator\./,
  /\blocalStorage\b/,
  /\bfetch\(/,
  /\bXMLHttpRequest\b/,
];

describe("the engine is pure", () => {
  const files = sourceFiles(ENGINE);

  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(ENGINE, f), f]))("%s imports nothing from the browser side", (_name, file) => {
    const text = readFileSync(file as string, "utf8");
    const imports = [...text.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g)].map(
      (m) => (m[1] ?? m[2]) as string,
    );
    for (const spec of imports) {
      for (const forbidden of FORBIDDEN_IMPORTS) expect(spec, `${spec} in ${file}`).not.toMatch(forbidden);
    }
    // Comments and string literals may mention "the browser"; only code counts.
    const code = text
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "")
      .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');
    for (const forbidden of FORBIDDEN_GLOBALS) expect(code, `${forbidden} in ${file}`).not.toMatch(forbidden);
  });
});
