// @vitest-environment happy-dom
/**
 * Rules for `src/webmail/`: Gmail and Outlook enforce Trusted Types, so no string may become HTML
 * there; and the code is plain DOM code, unit-testable without WXT or a browser.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..", "src", "webmail");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

/** The code without its comments, which may name what they forbid. */
function code(file: string): string {
  return readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:"'])\/\/.*$/gm, "$1");
}

const FILES = sourceFiles(ROOT).map((file) => [relative(ROOT, file), file] as const);

describe.each(FILES)("src/webmail/%s", (_name, file) => {
  it("has no string-to-HTML sink and evaluates no string", () => {
    expect(code(file)).not.toMatch(
      /\.(innerHTML|outerHTML)\s*[+]?=|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|parseHTMLUnsafe|setHTMLUnsafe|srcdoc|\beval\(|new Function\(|trustedTypes/,
    );
  });

  it("imports only its own modules", () => {
    const imports = [...code(file).matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
    for (const path of imports) expect(path).toMatch(/^\.\.?\//);
    expect(code(file)).not.toMatch(/\b(?:chrome|browser)\.(?:runtime|storage|tabs|i18n)\b/);
  });
});
