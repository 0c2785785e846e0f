/** Where the shared reference material lives (`../shared` beside the repository), if it does. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** `../shared`, or the directory named by BOUNCE_LENS_SHARED; null when absent. */
export function sharedDir(): string | null {
  const dir = process.env.BOUNCE_LENS_SHARED ?? join(REPO_ROOT, "..", "shared");
  return existsSync(join(dir, "corpus", "sisimai", "manifest.json")) ? dir : null;
}
