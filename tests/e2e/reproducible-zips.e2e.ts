/**
 * Store zips are reproducible: `npm run zip` in two clean checkouts of the same commit, at
 * different paths, gives byte-identical Chrome, Firefox and sources zips, so a reviewer (Mozilla
 * asks for the sources) can rebuild exactly what was uploaded. WXT writes every entry with the
 * same date and attributes; the builds themselves must not depend on time or place.
 *
 * The checkouts are `git archive HEAD` (what is committed, not the working tree) sharing this
 * repository's node_modules, in temporary directories that are removed afterwards.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "./support";

const checkouts: string[] = [];

/**
 * The environment of a person running `npm run zip`: without Vitest's NODE_ENV=test and VITEST*,
 * under which Vite builds differently (and, it turns out, not the same from two paths).
 */
const zipEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(?:NODE_ENV|TEST|VITEST.*)$/.test(key)),
);

function run(command: string, args: string[], cwd: string, input?: Buffer): Buffer {
  const result = spawnSync(command, args, { cwd, input, env: zipEnv, maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${String(result.stderr).slice(-2000)}`);
  return result.stdout;
}

/** A clean checkout of HEAD at a new path, zipped; returns each zip's SHA-256 by name. */
function zipCleanCheckout(): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), "bounce-lens-zip-"));
  checkouts.push(dir);
  run("tar", ["-x", "-C", dir], ROOT, run("git", ["archive", "--format=tar", "HEAD"], ROOT));
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  run("npm", ["run", "-s", "zip"], dir);
  const output = join(dir, ".output");
  const zips = readdirSync(output).filter((name) => name.endsWith(".zip"));
  return Object.fromEntries(
    zips.sort().map((name) => [
      name,
      createHash("sha256")
        .update(readFileSync(join(output, name)))
        .digest("hex"),
    ]),
  );
}

describe("store zips", () => {
  afterAll(() => {
    for (const dir of checkouts) rmSync(dir, { recursive: true, force: true });
  });

  it("are byte-identical from two clean checkouts of the same commit", { timeout: 300_000 }, () => {
    const first = zipCleanCheckout();
    const second = zipCleanCheckout();
    expect(Object.keys(first)).toEqual([
      expect.stringMatching(/-chrome\.zip$/),
      expect.stringMatching(/-firefox\.zip$/),
      expect.stringMatching(/-sources\.zip$/),
    ]);
    expect(second).toEqual(first);
    console.log(
      Object.entries(first)
        .map(([name, hash]) => `${hash}  ${name}`)
        .join("\n"),
    );
  });
});
