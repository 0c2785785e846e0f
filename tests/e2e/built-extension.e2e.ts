/**
 * The builds themselves, before any browser: the manifests ask only for what is used, nothing
 * is loaded from elsewhere, the bundles hold no network or code-from-string call, and Mozilla's
 * linter has nothing to say about our code.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { builtManifest, CHROME_BUILD, FIREFOX_BUILD, ROOT } from "./support";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe.each([
  ["Chrome", CHROME_BUILD],
  ["Firefox", FIREFOX_BUILD],
])("the %s build", (_name, buildDir) => {
  const manifest = builtManifest(buildDir);

  it("is Manifest V3 with only the storage, contextMenus, activeTab and scripting permissions", () => {
    expect(manifest.manifest_version).toBe(3);
    // activeTab and scripting read a clicked selection from its page, line breaks kept (context-menu.ts).
    expect(manifest.permissions).toEqual(["storage", "contextMenus", "activeTab", "scripting"]);
    expect(manifest.optional_permissions).toBeUndefined();
  });

  it("runs content scripts on Gmail and Outlook on the web only, asks for no other host, and keeps the default CSP", () => {
    expect(manifest.host_permissions).toBeUndefined();
    // The badges' styles live in their shadow roots; the one page-level sheet only lets our badges
    // show (src/annotate/visibility.css), so that Firefox hides them when it removes the extension.
    expect(manifest.content_scripts).toEqual([
      {
        matches: ["https://mail.google.com/*"],
        js: ["content-scripts/gmail.js"],
        css: ["content-scripts/visibility.css"],
      },
      {
        matches: [
          "https://outlook.cloud.microsoft/*",
          "https://outlook.live.com/*",
          "https://outlook.office.com/*",
          "https://outlook.office365.com/*",
        ],
        js: ["content-scripts/outlook.js"],
        css: ["content-scripts/visibility.css"],
      },
    ]);
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it("ships in content-scripts/ only what the manifest loads there (no sheet built and never used)", () => {
    const scripts = (manifest.content_scripts ?? []) as { js?: string[]; css?: string[] }[];
    const loaded = new Set(scripts.flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]));
    const shipped = filesUnder(join(buildDir, "content-scripts")).map((path) => relative(buildDir, path));
    expect(shipped.sort()).toEqual([...loaded].sort());
  });

  it("is localized: its texts come from _locales", () => {
    expect(manifest.default_locale).toBe("en");
    expect(manifest.name).toBe("__MSG_extName__");
    expect(manifest.description).toBe("__MSG_extDescription__");
    const messages = JSON.parse(readFileSync(join(buildDir, "_locales/en/messages.json"), "utf8"));
    expect(messages.extName.message).toBe("Bounce Lens");
  });

  it("loads every script and style from inside the extension", () => {
    for (const page of ["popup.html", "explain.html", "options.html"]) {
      const html = readFileSync(join(buildDir, page), "utf8");
      const sources = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? "");
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source, `${page}: ${source}`).toMatch(/^\/(?!\/)/);
    }
  });

  it("has no network call or code built from strings in its bundles", () => {
    const findings: string[] = [];
    for (const file of filesUnder(buildDir).filter((path) => path.endsWith(".js"))) {
      const code = readFileSync(file, "utf8");
      for (const pattern of [
        /\bfetch\(/,
        /XMLHttpRequest/,
        /\bWebSocket\b/,
        /sendBeacon/,
        /\beval\(/,
        /new Function\b/,
      ]) {
        if (pattern.test(code)) findings.push(`${relative(buildDir, file)}: ${pattern}`);
      }
    }
    expect(findings).toEqual([]);
  });
});

describe("the Chrome build", () => {
  it("has a popup, an options page and a background service worker", () => {
    const manifest = builtManifest(CHROME_BUILD) as {
      action: { default_popup: string; default_title: string };
      background: { service_worker: string };
      options_ui: { page: string };
    };
    expect(manifest.action).toEqual({ default_popup: "popup.html", default_title: "__MSG_actionTitle__" });
    expect(manifest.background.service_worker).toBe("background.js");
    expect(manifest.options_ui.page).toBe("options.html");
  });
});

describe("the Firefox build", () => {
  it("has a gecko id and declares that it collects no data", () => {
    const manifest = builtManifest(FIREFOX_BUILD) as {
      browser_specific_settings: { gecko: { id: string; data_collection_permissions: unknown } };
    };
    expect(manifest.browser_specific_settings.gecko.id).toBe("bounce-lens@bounce-lens");
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ["none"] });
  });

  it("passes web-ext lint: no errors, and no warnings from our code", () => {
    const lint = spawnSync(join(ROOT, "node_modules/.bin/web-ext"), ["lint", "-s", FIREFOX_BUILD, "--output=json"], {
      encoding: "utf8",
      cwd: ROOT,
    });
    const report = JSON.parse(lint.stdout) as {
      summary: { errors: number };
      errors: unknown[];
      warnings: { code: string; file?: string; line?: number; column?: number }[];
    };
    expect(report.errors).toEqual([]);
    // Preact's renderer has one innerHTML assignment, reached only through
    // dangerouslySetInnerHTML, which Bounce Lens never uses (tests/extension/no-unsafe-sinks.test.ts).
    const fromPreact = (warning: (typeof report.warnings)[number]) => {
      if (warning.code !== "UNSAFE_VAR_ASSIGNMENT" || warning.file === undefined) return false;
      const line = readFileSync(join(FIREFOX_BUILD, warning.file), "utf8").split("\n")[(warning.line ?? 1) - 1] ?? "";
      const column = warning.column ?? 0;
      return /innerHTML=\w+\.__html/.test(line.slice(Math.max(0, column - 40), column + 60));
    };
    const ours = report.warnings.filter((warning) => !fromPreact(warning));
    expect(ours).toEqual([]);
    console.log(
      `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${report.warnings.length - ours.length} in Preact's dangerouslySetInnerHTML branch)`,
    );
  });
});
