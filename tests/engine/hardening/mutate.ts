/**
 * Ways a bounce arrives damaged or hostile, as fast-check arbitraries over the real corpus
 * (tests/fixtures/corpus): each mutation is a pure function of the bytes, so a failing case
 * shrinks to the fixture and the smallest list of mutations that still breaks the engine.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";

const CORPUS_DIR = join(import.meta.dirname, "..", "..", "fixtures", "corpus");

export interface Fixture {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export const CORPUS: readonly Fixture[] = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith(".eml"))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(CORPUS_DIR, name))) }));

/** A named mutation, so that fast-check's counterexample says what was done. */
export interface Mutation {
  readonly name: string;
  apply(bytes: Uint8Array): Uint8Array;
}

const latin1 = new TextDecoder("latin1");
const utf8 = new TextEncoder();

/** Bytes as one char per byte and back: edits on the text keep every other byte as it was. */
function asText(bytes: Uint8Array): string {
  return latin1.decode(bytes);
}
function fromText(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}
function textMutation(name: string, edit: (text: string) => string): Mutation {
  return { name, apply: (bytes) => fromText(edit(asText(bytes))) };
}

/** A position as a fraction of the input, so that one generated value fits any fixture. */
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const at = (length: number, f: number) => Math.min(length, Math.floor(f * length));

const flipBytes = fc.array(fc.tuple(fraction, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 40 }).map(
  (flips): Mutation => ({
    name: `flip ${flips.length} bytes`,
    apply: (bytes) => {
      const out = bytes.slice();
      for (const [f, mask] of flips) {
        const i = at(out.length - 1, f);
        if (i >= 0 && i < out.length) out[i] = (out[i] as number) ^ mask;
      }
      return out;
    },
  }),
);

const truncate = fraction.map(
  (f): Mutation => ({ name: `truncate at ${f.toFixed(3)}`, apply: (b) => b.slice(0, at(b.length, f)) }),
);

/** A slice copied elsewhere, or the whole message repeated (two bounces pasted together). */
const duplicate = fc.oneof(
  fc.tuple(fraction, fraction, fraction).map(
    ([a, b, c]): Mutation => ({
      name: "duplicate a slice",
      apply: (bytes) => {
        const [from, to] = [at(bytes.length, Math.min(a, b)), at(bytes.length, Math.max(a, b))];
        const into = at(bytes.length, c);
        return concat(bytes.subarray(0, into), bytes.subarray(from, to), bytes.subarray(into));
      },
    }),
  ),
  fc
    .integer({ min: 2, max: 5 })
    .map((n): Mutation => ({ name: `repeat ${n} times`, apply: (b) => concat(...Array(n).fill(b)) })),
);

/** Every line ending replaced by one of LF, CRLF, CR, CRCRLF, chosen in a generated cycle. */
const mixLineEndings = fc
  .array(fc.constantFrom("\n", "\r\n", "\r", "\r\r\n", "\n\r"), { minLength: 1, maxLength: 7 })
  .map((cycle) =>
    textMutation(`line endings ${JSON.stringify(cycle)}`, (text) => {
      let i = 0;
      return text.replace(/\r\n|\r|\n/g, () => cycle[i++ % cycle.length] as string);
    }),
  );

const CHARSETS = [
  "utf-8",
  "us-ascii",
  "iso-2022-jp",
  "shift_jis",
  "euc-jp",
  "windows-1252",
  "iso-8859-8-i",
  "koi8-r",
  "big5",
  "gb18030",
  "utf-16",
  "utf-16le",
  "utf-7",
  "x-no-such-charset",
  "",
  '"utf-8',
  "utf-8; charset=iso-2022-jp",
  "\u00ff\u00fe",
];

/** The charset a part claims, replaced with another (or a broken one); none claimed: one added. */
const lieAboutCharset = fc.constantFrom(...CHARSETS).map((charset) =>
  textMutation(`charset ${JSON.stringify(charset)}`, (text) => {
    const relabelled = text.replace(/charset\s*=\s*"?[^";\s]*"?/gi, `charset=${charset}`);
    return relabelled !== text
      ? relabelled
      : text.replace(/^content-type:\s*text\/plain/im, (m) => `${m}; charset=${charset}`);
  }),
);

/** MIME boundaries: the parameter dropped, the closing delimiter dropped, or every delimiter line. */
const breakBoundaries = fc.constantFrom("no parameter", "unterminated", "no delimiters", "renamed").map((how) =>
  textMutation(`boundaries: ${how}`, (text) => {
    const names = [...text.matchAll(/boundary\s*=\s*"?([^";\r\n]+)"?/gi)].map((m) => m[1] as string);
    let out = text;
    for (const name of names) {
      if (how === "no parameter") out = out.split(`boundary="${name}"`).join("").split(`boundary=${name}`).join("");
      else if (how === "unterminated") out = out.split(`--${name}--`).join("");
      else if (how === "no delimiters") out = out.split(`--${name}`).join("");
      else
        out = out
          .split(`boundary="${name}"`)
          .join('boundary="elsewhere"')
          .split(`boundary=${name}`)
          .join("boundary=elsewhere");
    }
    return out;
  }),
);

/** NUL, C0 and C1 controls, DEL, a BOM, and U+FFFD's bytes, sprinkled in. */
const CONTROLS = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\u000b",
  "\u000c",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u00ef\u00bb\u00bf",
  "\u00ef\u00bf\u00bd",
];
const insertControls = fc
  .array(fc.tuple(fraction, fc.constantFrom(...CONTROLS), fc.integer({ min: 1, max: 50 })), {
    minLength: 1,
    maxLength: 20,
  })
  .map((inserts) =>
    textMutation(`insert ${inserts.length} control runs`, (text) => {
      let out = text;
      for (const [f, ch, n] of inserts) {
        const i = at(out.length, f);
        out = out.slice(0, i) + ch.repeat(n) + out.slice(i);
      }
      return out;
    }),
  );

/** Cyrillic and Greek letters that look like Latin ones; the bidi and invisible characters. */
export const LOOKALIKES: Readonly<Record<string, string>> = {
  a: "\u0430",
  c: "\u0441",
  e: "\u0435",
  o: "\u043e",
  p: "\u0440",
  x: "\u0445",
  y: "\u0443",
  i: "\u0456",
  s: "\u0455",
  l: "\u04cf",
  n: "\u03b7",
  v: "\u03bd",
  "@": "\uff20",
  ".": "\u3002",
};
export const INVISIBLES = [
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202b",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u061c",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\u00ad",
];

/**
 * Addresses in the message given lookalike letters and bidi or invisible characters, written in
 * UTF-8 whatever the part's charset says (a lie of its own).
 */
const spoofAddresses = fc
  .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([choices, lookalikes]) => ({
    name: `spoof addresses (${lookalikes ? "lookalikes" : "invisibles"})`,
    apply: (bytes: Uint8Array) => {
      const text = asText(bytes);
      let k = 0;
      const spoofed = text.replace(/[A-Za-z0-9._+-]{1,64}@[A-Za-z0-9.-]{1,253}/g, (address) => {
        const choice = choices[k++ % choices.length] as number;
        const chars = [...address];
        const i = choice % chars.length;
        const ch = chars[i] as string;
        chars[i] = lookalikes
          ? (LOOKALIKES[ch.toLowerCase()] ?? `${INVISIBLES[choice % INVISIBLES.length]}${ch}`)
          : `${INVISIBLES[choice % INVISIBLES.length]}${ch}`;
        return chars.join("");
      });
      // The edited text holds code points above U+00FF: write the whole text as UTF-8.
      return utf8.encode(spoofed);
    },
  }));

/** Header lines added at the top (a message that went through many relays), ~1 KB to 200 KB. */
const manyHeaders = fc.integer({ min: 10, max: 2500 }).map(
  (n): Mutation => ({
    name: `${n} extra header lines`,
    apply: (bytes) => concat(utf8.encode(`X-Relay: ${"r".repeat(70)}\r\n`.repeat(n)), bytes),
  }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  flipBytes,
  truncate,
  duplicate,
  mixLineEndings,
  lieAboutCharset,
  breakBoundaries,
  insertControls,
  spoofAddresses,
  manyHeaders,
);

/** A fixture, one to four mutations applied in order, handed over as bytes or as decoded text. */
export interface MutatedFixture {
  readonly fixture: string;
  readonly steps: readonly string[];
  /** Built on demand: fast-check prints the case by its name and steps, not megabytes of bytes. */
  input(): Uint8Array | string;
}

export const mutatedFixture: fc.Arbitrary<MutatedFixture> = fc
  .tuple(fc.constantFrom(...CORPUS), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean())
  .map(([fixture, mutations, asText]) => {
    const steps = mutations.map((m) => m.name);
    return {
      fixture: fixture.name,
      steps,
      input: () => {
        const bytes = mutations.reduce((b, m) => m.apply(b), fixture.bytes);
        return asText ? new TextDecoder().decode(bytes) : bytes;
      },
      [fc.toStringMethod]: () => `${fixture.name} <- ${steps.join(", ")}${asText ? " (as text)" : ""}`,
    };
  });

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
