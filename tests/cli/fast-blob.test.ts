/**
 * The in-memory Blob the command-line tools install for postal-mime: same bytes as Node's Blob,
 * and a snapshot of its parts like any Blob.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { afterEach, describe, expect, it } from "vitest";
import { installInMemoryBlob } from "../../src/cli/fast-blob";

const NodeBlob = globalThis.Blob;

afterEach(() => {
  globalThis.Blob = NodeBlob;
});

const bytes = async (blob: Blob) => Array.from(new Uint8Array(await blob.arrayBuffer()));

describe("the in-memory Blob", () => {
  it("joins every kind of part as Node's Blob does", async () => {
    const source = new Uint8Array([1, 2, 3, 4, 5]);
    const parts = () => [source.subarray(1, 3), "\n", "é", new Uint16Array([0x4142]), source.buffer, "x"];
    const expected = await bytes(new NodeBlob(parts()));
    installInMemoryBlob();
    const blob = new Blob([...parts(), new Blob(["yz"])]);
    expect(await bytes(blob)).toEqual([...expected, 0x79, 0x7a]);
    expect(blob.size).toBe(expected.length + 2);
    expect(await bytes(new Blob([source.subarray(2)]))).toEqual([3, 4, 5]);
    expect(await new Blob(["a", "\n", "b"]).text()).toBe("a\nb");
  });

  it("keeps its bytes when the parts or a returned buffer change", async () => {
    installInMemoryBlob();
    const source = new Uint8Array([1, 2]);
    const blob = new Blob([source, "\n"]);
    source[0] = 9;
    const first = new Uint8Array(await blob.arrayBuffer());
    first[1] = 9;
    expect(await bytes(blob)).toEqual([1, 2, 10]);
  });

  it("gives postal-mime the same parse as Node's Blob", async () => {
    const dir = join(__dirname, "..", "fixtures", "corpus");
    const files = readdirSync(dir)
      .filter((n) => n.endsWith(".eml"))
      .sort()
      .slice(0, 40);
    const parse = async (file: string) =>
      JSON.stringify(await PostalMime.parse(readFileSync(join(dir, file)), { attachmentEncoding: "base64" }));
    const withNodeBlob = await Promise.all(files.map(parse));
    installInMemoryBlob();
    expect(await Promise.all(files.map(parse))).toEqual(withNodeBlob);
  });
});
