/**
 * Node 20's Blob reads its bytes back through a web stream, one chunk per microtask: profiling
 * `npm run bench` showed half of the MIME parser's time there, because postal-mime joins every
 * decoded part through `new Blob(chunks).arrayBuffer()`. This subclass keeps the bytes in memory
 * and hands them back at once. Installed only by the Node command-line tools, never in the
 * extension, where the browser's own Blob is used.
 */
const NodeBlob = globalThis.Blob;

class InMemoryBlob extends NodeBlob {
  readonly #bytes: Uint8Array;

  constructor(parts: readonly BlobPart[] = [], options?: BlobPropertyBag) {
    super([], options);
    this.#bytes = concat(parts);
  }

  override get size(): number {
    return this.#bytes.byteLength;
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    const copy = new Uint8Array(this.#bytes.byteLength);
    copy.set(this.#bytes);
    return Promise.resolve(copy.buffer);
  }

  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  override text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.#bytes));
  }

  override slice(start?: number, end?: number, contentType?: string): Blob {
    return new InMemoryBlob([this.#bytes.slice(start, end)], { type: contentType ?? this.type });
  }

  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    return new NodeBlob([this.#bytes.slice()]).stream();
  }
}

function concat(parts: readonly BlobPart[]): Uint8Array {
  const arrays = parts.map((part) => {
    if (typeof part === "string") return new TextEncoder().encode(part);
    if (part instanceof ArrayBuffer) return new Uint8Array(part);
    if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
    throw new TypeError("InMemoryBlob accepts strings, ArrayBuffers and views only");
  });
  const length = arrays.reduce((sum, a) => sum + a.byteLength, 0);
  const out = new Uint8Array(length);
  let offset = 0;
  for (const a of arrays) {
    out.set(a, offset);
    offset += a.byteLength;
  }
  return out;
}

/** Replaces the global Blob for this Node process. */
export function installInMemoryBlob(): void {
  if (globalThis.Blob !== InMemoryBlob) globalThis.Blob = InMemoryBlob;
}
