import { MAX_FILE_BYTES } from "./input-limits";
import type { PanelInput } from "./panel-input";

/** Reads the beginning of a file as bytes (the engine decodes the message's own charsets). */
export async function readFileInput(file: File, maxBytes = MAX_FILE_BYTES): Promise<PanelInput & { kind: "file" }> {
  const buffer = await file.slice(0, maxBytes).arrayBuffer();
  return { kind: "file", name: file.name, size: file.size, bytes: new Uint8Array(buffer) };
}
