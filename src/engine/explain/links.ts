/**
 * Links and addresses found in a reply: the help links providers print (trusted only on an
 * allow-list of their help domains, and only as https), and the sender IP a blocklist's lookup
 * page is filled with.
 */

/** `https://host/path` and `http://host/path` in the original text (paths are case-sensitive). */
const URL_IN_TEXT = /\bhttps?:\/\/[a-z0-9.-]{1,253}(?::\d{1,5})?(?:\/[^\s<>"'()[\]{}]{0,500})?/gi;

export interface PrintedLink {
  readonly url: string;
  /** Lower-case host name. */
  readonly host: string;
}

/** Every link in the text, as printed but upgraded to https, with trailing punctuation dropped. */
export function findLinks(text: string): PrintedLink[] {
  const found: PrintedLink[] = [];
  if (!text.includes("://")) return found;
  URL_IN_TEXT.lastIndex = 0;
  for (let m = URL_IN_TEXT.exec(text); m !== null; m = URL_IN_TEXT.exec(text)) {
    let url = m[0];
    while (url.length > 0 && ".,;:!?".includes(url.charAt(url.length - 1))) url = url.slice(0, -1);
    const schemeEnd = url.indexOf("://") + 3;
    const rest = url.slice(schemeEnd);
    const slash = rest.indexOf("/");
    const hostPort = (slash < 0 ? rest : rest.slice(0, slash)).toLowerCase();
    const host = hostPort.replace(/:\d+$/, "");
    // Help pages of the allow-listed hosts are served over https; never show a plain-http link.
    found.push({ url: `https://${hostPort}${slash < 0 ? "/" : rest.slice(slash)}`, host });
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
