/**
 * The popup's last input, kept in `storage.session` so that it survives the popup closing (which
 * happens on every click outside it) but not the browser: bounces hold addresses, and the browser
 * clears session storage when it quits.
 */
import { storage } from "wxt/utils/storage";
import type { PanelInput } from "../ui/panel-input";

/** What is stored: JSON only, so a file's bytes travel as base64. */
type StoredInput = { kind: "text"; text: string } | { kind: "file"; name: string; size: number; base64: string };

const lastInputItem = storage.defineItem<StoredInput | null>("session:lastInput", { fallback: null });

export async function loadLastInput(): Promise<PanelInput | null> {
  const stored = await lastInputItem.getValue();
  if (stored === null || typeof stored !== "object") return null;
  if (stored.kind === "text" && typeof stored.text === "string") return { kind: "text", text: stored.text };
  if (stored.kind === "file" && typeof stored.base64 === "string") {
    return {
      kind: "file",
      name: String(stored.name),
      size: Number(stored.size) || 0,
      bytes: fromBase64(stored.base64),
    };
  }
  return null;
}

export async function saveLastInput(input: PanelInput | null): Promise<void> {
  if (input === null || (input.kind === "text" && input.text === "")) {
    await lastInputItem.removeValue();
    return;
  }
  await lastInputItem.setValue(
    input.kind === "text"
      ? { kind: "text", text: input.text }
      : { kind: "file", name: input.name, size: input.size, base64: toBase64(input.bytes) },
  );
}

/** Saves in the background: losing the kept input only costs a paste and must never break the panel. */
export function keepLastInput(input: PanelInput | null): void {
  saveLastInput(input).catch(() => {});
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  // Chunked, because String.fromCharCode(...bytes) overflows the call stack on megabytes.
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
