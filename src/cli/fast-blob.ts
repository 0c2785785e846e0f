/**
 * Node 20's Blob is slow for what postal-mime does with it: every decoded MIME part is joined
 * through `new Blob(chunks).arrayBuffer()`, and Node both registers each Blob with its
 * transferable machinery and reads it back through a web stream, one chunk per microtask.
 * Profiling `npm run bench` put half of the parser's time there. This in-memory Blob keeps the
 * bytes in a Uint8Array and hands them back at once. Installed only by the Node command-line
 * tools (explain, eval, bench), never in the extension, where the browser's Blob is used.
 */
const encoder = new TextEncoder();
/** postal-mime's pass-through decoder adds a "\n" string after every line: encode it once. */
const NEWLINE = encoder.encode("\n");

class InMemoryBlob {
  readonly #bytes: Uint8Array;
  readonly type: string;

  constructor(parts: readonly unknown[] = [], options?: { type?: string }) {
    this.#bytes = concat(parts);
    this.type = (options?.type ?? "").toLowerCase();
  }

  get size(): number {
    return this.#bytes.byteLength;
  }

  get [Symbol.toStringTag](): string {
    return "Blob";
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#bytes.slice().buffer as ArrayBuffer);
  }

  bytes(): Promise<Uint8Array> {
    return Promise.resolve(this.#bytes.slice());
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.#bytes));
  }

  slice(start?: number, end?: number, contentType?: string): InMemoryBlob {
    return new InMemoryBlob([this.#bytes.slice(start, end)], { type: contentType ?? "" });
  }

  stream(): ReadableStream<Uint8Array> {
    const bytes = this.#bytes.slice();
    return new ReadableStream({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
  }

  /** The bytes, for joining one in-memory Blob into another without a copy through a stream. */
  static bytesOf(blob: InMemoryBlob): Uint8Array {
    return blob.#bytes;
  }
}

/** A Blob part as bytes. postal-mime passes Uint8Arrays and "\n": those are taken as they are. */
function bytesOfPart(part: unknown): Uint8Array {
  if (part instanceof Uint8Array) return part;
  if (typeof part === "string") return part === "\n" ? NEWLINE : encoder.encode(part);
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
  if (part instanceof InMemoryBlob) return InMemoryBlob.bytesOf(part);
  throw new TypeError("InMemoryBlob accepts strings, ArrayBuffers, views and in-memory Blobs");
}

/** The parts joined into new bytes (a Blob keeps what its parts held when it was made). */
function concat(parts: readonly unknown[]): Uint8Array {
  if (parts.length === 1) return bytesOfPart(parts[0]).slice();
  // Two passes over the parts rather than a list of converted parts: postal-mime makes a Blob of
  // every decoded MIME part, with two parts per line of it.
  let length = 0;
  for (const part of parts) length += bytesOfPart(part).byteLength;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    if (part === "\n") {
      out[offset++] = 0x0a;
      continue;
    }
    const bytes = bytesOfPart(part);
    out.set(bytes, offset);
    offset += bytes.byteLength;
  }
  return out;
}

/** Replaces the global Blob for this Node process (the command-line tools only). */
export function installInMemoryBlob(): void {
  (globalThis as { Blob: unknown }).Blob = InMemoryBlob;
}
