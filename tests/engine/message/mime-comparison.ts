/**
 * What the tests that hold a decoder to postal-mime share: the .eml files of a fixture folder, and
 * a decoded message in a form that equality compares byte for byte.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DecodedMime } from "../../../src/engine/message/decode-mime";

/** Every .eml file below a folder, in a stable order. */
export function emlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return emlFiles(path);
      return name.endsWith(".eml") ? [path] : [];
    });
}

/** Attachment contents as plain arrays and undefined fields dropped, so that equality compares bytes. */
export function comparable(decoded: DecodedMime): unknown {
  return {
    ...decoded,
    attachments: decoded.attachments.map((a) => {
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(a)) {
        if (value === undefined) continue;
        out[key] =
          key === "content" && typeof value !== "string"
            ? Array.from(new Uint8Array(value as ArrayBuffer | Uint8Array))
            : value;
      }
      return out;
    }),
  };
}
