/** What the explain panel holds: typed or pasted text, or the bytes of an opened `.eml` file. */
export type PanelInput =
  | { kind: "text"; text: string }
  | {
      kind: "file";
      name: string;
      /** The file's full size in bytes; `bytes` may hold only its beginning. */
      size: number;
      bytes: Uint8Array;
    };

/** True when there is nothing to explain. */
export function isBlank(input: PanelInput | null): boolean {
  return input === null || (input.kind === "text" && input.text.trim() === "");
}
