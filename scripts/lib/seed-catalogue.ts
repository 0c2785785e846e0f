/**
 * Reads the seed catalogue (`../shared/seeds/`, copied to `tests/fixtures/seeds/catalogue.txt`):
 * rejection lines grouped under a provider heading ("AppleAll Apple codes →"), some followed by
 * a "High severity" line. Links in this copy were rewritten by a proxy; `decodeProxiedLinks`
 * gives the lines back as the providers wrote them.
 */

export type SeedSeverity = "low" | "medium" | "high" | "critical";

export interface SeedLine {
  /** Provider heading the line stands under ("Apple", "Exchange Online"). */
  provider: string;
  /** The line as in the catalogue (proxied links, "[email protected]" for addresses). */
  line: string;
  /** The same line with the original links restored. */
  original: string;
  /** The severity the catalogue gives on the next line, or null. */
  severity: SeedSeverity | null;
}

const PROVIDER_HEADING = /^(.+?)All .+ codes →$/;
const SEVERITY_LINE = /^(Low|Medium|High|Critical) severity$/;
const REJECTION_LINE = /^(?:smtp;)?[245]\d\d /;

export function parseSeedCatalogue(text: string): SeedLine[] {
  const seeds: SeedLine[] = [];
  let provider = "";
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = PROVIDER_HEADING.exec(line);
    if (heading !== null) {
      provider = heading[1] as string;
      continue;
    }
    const severity = SEVERITY_LINE.exec(line);
    if (severity !== null) {
      const last = seeds[seeds.length - 1];
      if (last !== undefined) last.severity = (severity[1] as string).toLowerCase() as SeedSeverity;
      continue;
    }
    if (REJECTION_LINE.test(line)) seeds.push({ provider, line, original: decodeProxiedLinks(line), severity: null });
  }
  return seeds;
}

/**
 * `https://i737570706f7274o6170706c65o636f6dz.oszar.com/en-us/HT204137` becomes
 * `https://support.apple.com/en-us/HT204137`: each host label in hex, labels joined by "o".
 */
export function decodeProxiedLinks(line: string): string {
  return line.replace(
    /(https?:\/\/)i([0-9a-f]+(?:o[0-9a-f]+)*)z\.oszar\.com/g,
    (_whole, scheme: string, labels: string) => {
      const host = labels
        .split("o")
        .map((hex) => String.fromCharCode(...(hex.match(/../g) ?? []).map((pair) => Number.parseInt(pair, 16))))
        .join(".");
      return `${scheme}${host}`;
    },
  );
}
