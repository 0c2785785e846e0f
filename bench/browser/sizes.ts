/**
 * Size of each entry point of a built extension, raw and gzipped: what a browser loads for the
 * background, each content script and each extension page, following the pages' module imports
 * into the shared chunks. Gzip at level 9 (what the stores' zips and the browsers' own caches do
 * not use; it is the usual yardstick for "kB gzip").
 */
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { gzipSync } from "node:zlib";

export interface FileSize {
  path: string;
  raw: number;
  gzip: number;
}

export interface EntrySize {
  /** "background", "content script gmail", "popup page", ... */
  entry: string;
  /** The files loaded for it, its own first, then the chunks it imports. */
  files: FileSize[];
  raw: number;
  gzip: number;
  /** Whether the engine (its tables and readers) is in one of its files. */
  holdsEngine: boolean;
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { matches: string[]; js?: string[]; css?: string[] }[];
  action?: { default_popup?: string };
  options_ui?: { page?: string };
}

/** A string only the engine's knowledge tables hold (an Exchange status text) tells where the engine went. */
const ENGINE_MARKERS = ["RESOLVER.ADR.RecipientNotFound"];

export function entrySizes(buildDir: string): EntrySize[] {
  const manifest = JSON.parse(readFileSync(join(buildDir, "manifest.json"), "utf8")) as Manifest;
  const size = (path: string): FileSize => {
    const bytes = readFileSync(join(buildDir, path));
    return { path, raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
  };
  const entries: EntrySize[] = [];
  const add = (entry: string, paths: string[]) => {
    const files = paths.map(size);
    const holdsEngine = paths.some((path) => {
      const text = readFileSync(join(buildDir, path), "utf8");
      return ENGINE_MARKERS.some((marker) => text.includes(marker));
    });
    entries.push({
      entry,
      files,
      raw: files.reduce((sum, file) => sum + file.raw, 0),
      gzip: files.reduce((sum, file) => sum + file.gzip, 0),
      holdsEngine,
    });
  };

  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  if (background !== undefined) add("background", withImports(buildDir, background));
  for (const script of manifest.content_scripts ?? []) {
    for (const js of script.js ?? []) {
      add(`content script ${posix.basename(js, ".js")}`, [...withImports(buildDir, js), ...(script.css ?? [])]);
    }
  }
  const pages = [
    ["popup page", manifest.action?.default_popup],
    ["options page", manifest.options_ui?.page],
    ["explain page", "explain.html"],
  ] as const;
  for (const [entry, page] of pages) {
    if (page === undefined || !existsSync(join(buildDir, page))) continue;
    const html = readFileSync(join(buildDir, page), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="\/?([^"]+)"/g)].map((match) => match[1] ?? "");
    const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/?([^"]+)"/g)].map((m) => m[1] ?? "");
    const files = new Set<string>([page]);
    for (const script of scripts) for (const file of withImports(buildDir, script)) files.add(file);
    for (const style of styles) files.add(style);
    add(entry, [...files]);
  }
  return entries;
}

/** A module and every module it imports statically, transitively (paths relative to the build). */
function withImports(buildDir: string, path: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(buildDir, file), "utf8");
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) {
      const target = match[1] ?? "";
      visit(target.startsWith("/") ? target.slice(1) : posix.join(posix.dirname(file), target));
    }
  };
  visit(path);
  return [...seen];
}
