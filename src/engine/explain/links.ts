/**
 * Links and addresses found in a reply: the help links providers print (trusted only on an
 * allow-list of their help domains, and only as https), and the sender IP a blocklist's lookup
 * page is filled with.
 */

export interface PrintedLink {
  readonly url: string;
  /** Lower-case host name. */
  readonly host: string;
}

/** Characters that end a link printed in prose. */
const LINK_END = new Set([..." \t\r\n<>\"'()[]{}"]);
/**
 * Controls and characters that hide or reorder text (bidi marks and overrides, zero width) end a
 * link too: no real URL holds them raw, and in a link shown to a person they disguise it.
 */
const HIDDEN_CHAR = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
const HOST_CHAR = /[a-z0-9.-]/i;
const PORT = /^\d{0,5}$/;

/**
 * Every link in the text (`https://host/path`, `http://host/path`), as printed but upgraded to
 * https, with trailing punctuation dropped. A plain scan: paths are case-sensitive, so the
 * original text is read, not the lower-cased one.
 */
export function findLinks(text: string): PrintedLink[] {
  const found: PrintedLink[] = [];
  for (let at = text.indexOf("://"); at !== -1 && found.length < 20; at = text.indexOf("://", at + 3)) {
    const scheme = text.slice(Math.max(0, at - 5), at).toLowerCase();
    if (!scheme.endsWith("http") && !scheme.endsWith("https")) continue;
    let end = at + 3;
    while (
      end < text.length &&
      end - at < 800 &&
      !LINK_END.has(text.charAt(end)) &&
      !HIDDEN_CHAR.test(text.charAt(end))
    )
      end++;
    let rest = text.slice(at + 3, end);
    while (rest.length > 0 && ".,;:!?".includes(rest.charAt(rest.length - 1))) rest = rest.slice(0, -1);
    const slash = rest.search(/[/?#]/);
    const hostPort = (slash < 0 ? rest : rest.slice(0, slash)).toLowerCase();
    const colon = hostPort.indexOf(":");
    const host = colon < 0 ? hostPort : hostPort.slice(0, colon);
    if (host === "" || ![...host].every((ch) => HOST_CHAR.test(ch))) continue;
    // Only a port may follow the colon: "https://support.google.com:1@evil.example/" is a link to
    // evil.example (the part before "@" is a user name), however trusted its start looks.
    if (colon >= 0 && !PORT.test(hostPort.slice(colon + 1))) continue;
    const path = slash < 0 ? "/" : rest.charAt(slash) === "/" ? rest.slice(slash) : `/${rest.slice(slash)}`;
    found.push({ url: `https://${hostPort}${path}`, host });
  }
  return found;
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIsIn(host: string, domain: string): boolean {
  return (
    host === domain ||
    (host.length > domain.length && host.endsWith(domain) && host.charAt(host.length - domain.length - 1) === ".")
  );
}

const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/g;

/**
 * The first public-looking IPv4 address in the text: not 127.x (blocklist answer codes),
 * 0.0.0.0, or a private range. Null when there is none.
 */
export function findSenderIp(text: string): string | null {
  // The sender's address is named near the start of a rejection; never scan a huge text whole.
  if (text.length > 20_000) return findSenderIp(text.slice(0, 20_000));
  IPV4.lastIndex = 0;
  for (let m = IPV4.exec(text); m !== null; m = IPV4.exec(text)) {
    const parts = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    if (parts.some((p) => p > 255)) continue;
    const [a, b] = parts;
    if (a === 0 || a === 127 || a === 10 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31)) continue;
    if (a >= 224) continue;
    return parts.join(".");
  }
  return null;
}
