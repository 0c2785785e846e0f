/**
 * A corrected address when the recipient's domain looks like a typo of a common mailbox domain
 * (gmial.com → gmail.com). Decided by edit distance against a list of real domains, never by a
 * list of typos.
 */

/** Mailbox domains people mistype, which a suggestion may point to. */
const COMMON_DOMAINS = [
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "yahoo.co.uk",
  "yahoo.fr",
  "ymail.com",
  "hotmail.com",
  "hotmail.co.uk",
  "hotmail.fr",
  "outlook.com",
  "live.com",
  "msn.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "comcast.net",
  "att.net",
  "sbcglobal.net",
  "verizon.net",
  "mail.ru",
  "yandex.ru",
  "yandex.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "t-online.de",
  "orange.fr",
  "wanadoo.fr",
  "free.fr",
  "laposte.net",
  "qq.com",
  "163.com",
  "zoho.com",
  "protonmail.com",
  "proton.me",
  "btinternet.com",
];

/**
 * Real domains that are close to a common one; never "corrected" (mail.com is not a typo of
 * gmail.com).
 */
const ALSO_REAL = [
  "mail.com",
  "email.com",
  "gmx.com",
  "gmx.at",
  "gmx.ch",
  "live.co.uk",
  "live.fr",
  "hotmail.de",
  "hotmail.it",
  "hotmail.es",
  "outlook.fr",
  "outlook.de",
  "yahoo.de",
  "yahoo.it",
  "yahoo.es",
  "yahoo.ca",
  "yahoo.co.jp",
  "yahoo.com.br",
  "aim.com",
  "mac.com",
  "me.com",
  "126.com",
  "139.com",
  "bk.ru",
  "inbox.ru",
  "list.ru",
  "ya.ru",
  "pm.me",
  "sfr.fr",
  "neuf.fr",
  "aliceadsl.fr",
  "rocketmail.com",
  "cox.net",
  "charter.net",
  "rr.com",
  "earthlink.net",
  "juno.com",
  "shaw.ca",
  "rogers.com",
  "sky.com",
  "virginmedia.com",
  "libero.it",
  "tiscali.it",
  "seznam.cz",
  "wp.pl",
  "o2.pl",
  "interia.pl",
  "naver.com",
  "daum.net",
  "rediffmail.com",
];

const KNOWN = new Set([...COMMON_DOMAINS, ...ALSO_REAL]);

// Rows of the distance table, reused between calls (domains are short).
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const n = b.length;
  if (n + 1 > rowA.length) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
    rowC = new Int32Array(n + 1);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[n] as number;
}

/**
 * The common domain the given one is most likely a typo of, or null. One edit (a wrong, missing,
 * extra or swapped letter) anywhere; two edits only in a longer name whose ending (".com") is
 * right.
 */
export function suggestDomain(domain: string): string | null {
  const d = domain.toLowerCase().replace(/\.$/, "");
  if (d.length < 4 || KNOWN.has(d)) return null;
  const remembered = suggestions.get(d);
  if (remembered !== undefined) return remembered;
  const suggestion = closestCommonDomain(d);
  // Bulk runs see the same few domains again and again; keep the answers, within a bound.
  if (suggestions.size >= MAX_REMEMBERED) suggestions.clear();
  suggestions.set(d, suggestion);
  return suggestion;
}

const MAX_REMEMBERED = 2048;
const suggestions = new Map<string, string | null>();

function closestCommonDomain(d: string): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  let tie = false;
  for (const candidate of COMMON_DOMAINS) {
    if (Math.abs(candidate.length - d.length) > 2) continue;
    const distance = editDistance(d, candidate, 2);
    if (distance > 2) continue;
    if (distance === 2) {
      const tld = candidate.slice(candidate.indexOf("."));
      if (candidate.length < 9 || !d.endsWith(tld)) continue;
    }
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  return best !== null && !tie ? best : null;
}

/** The recipient with its domain corrected, or null when the domain is not a likely typo. */
export function suggestAddress(recipient: string | null): string | null {
  if (recipient === null) return null;
  const at = recipient.lastIndexOf("@");
  if (at <= 0) return null;
  const domain = suggestDomain(recipient.slice(at + 1));
  return domain === null ? null : `${recipient.slice(0, at)}@${domain}`;
}
