/**
 * The seed catalogue (tests/fixtures/seeds/catalogue.txt, a copy of ../shared/seeds/): every one
 * of its 49 lines is explained, in the copy's proxied form and as the providers wrote them; the
 * severity is the seed's wherever it states one; the provider is named wherever the line names it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeedCatalogue } from "../../../scripts/lib/seed-catalogue";
import { explainBounce } from "../../../src/engine/index";
import type { Reason, Severity } from "../../../src/engine/types";

const seeds = parseSeedCatalogue(
  readFileSync(join(__dirname, "..", "..", "fixtures", "seeds", "catalogue.txt"), "utf8"),
);

/**
 * Per line: the reason, the severity (the seed's where it states one), the provider the line
 * names (by a marker such as "gsmtp", "[CS01]", an EOP host, or a provider's link) or null, and
 * whether that name is only in a link (which the proxied copy hides).
 */
const EXPECTED: ReadonlyArray<[Reason, Severity, string | null, "link"?]> = [
  ["userunknown", "low", null], // Apple: user does not exist
  ["spamdetected", "high", "apple-icloud"], // Apple: [CS01] local policy
  ["userunknown", "low", null], // AT&T: Addressee unknown
  ["userunknown", "low", "att"], // AT&T: blank mailhost
  ["userunknown", "low", "comcast"], // Comcast: recipient mailbox unallocated
  ["authfailure", "high", "comcast", "link"], // Comcast: DMARC, DM000001
  ["userunknown", "low", null], // Comcast: Recipient unavailable
  ["userunknown", "low", "google"], // Google: NoSuchUser
  ["suspend", "low", "google"], // Google: DisabledUser
  ["ratelimited", "high", "google"], // Google: ReceivingRatePerm
  ["badreputation", "critical", "google"], // Google: low domain reputation
  ["spamdetected", "critical", "google"], // Google: unsolicited
  ["authfailure", "high", "google"], // Google: DMARC policy
  ["suspend", "low", null], // Mail.ru: account is disabled
  ["spamdetected", "high", "mailru"], // Mail.ru: spam message rejected (notspam-support)
  ["suspend", "low", null], // Mail.ru: account is disabled
  ["userunknown", "low", "microsoft-365"], // Outlook: mailbox unavailable [eop]
  ["blocked", "critical", "microsoft-365"], // Outlook: MailFrom domain in Spamhaus (S8002)
  ["blocked", "high", "outlook-com"], // Outlook: network on our block list (S3150)
  ["userunknown", "low", "qq", "link"], // QQ: Mailbox not found
  ["spamdetected", "high", "qq", "link"], // QQ: Mail content denied
  ["authfailure", "high", null], // Web.de: SPF policy
  ["syntaxerror", "high", null], // Web.de: syntax error
  ["userunknown", "low", null], // Web.de: mailbox unavailable
  ["requireptr", "high", null], // Web.de: bad PTR
  ["policyviolation", "high", "gmx-webde"], // Web.de: policy restrictions (header based)
  ["policyviolation", "high", "gmx-webde"], // Web.de: policy restrictions (domain based)
  ["policyviolation", "high", "gmx-webde"], // Web.de: policy restrictions (IP based)
  ["mailboxfull", "low", null], // Web.de: quota exceeded
  ["blocked", "critical", null], // Web.de: IP address is block listed
  ["rejected", "high", "gmx-webde"], // Web.de: invalid DNS MX or A/AAAA record
  ["norelaying", "high", null], // Yahoo: relaying denied
  ["userunknown", "low", null], // Zoho: User unknown
  ["spamdetected", "high", "barracuda"], // Barracuda: (x:blocked)
  ["userunknown", "low", null], // Email Security.cloud: Invalid recipient (#5.1.1)
  ["userunknown", "low", null], // Exchange Online: 5.4.1 Recipient address rejected: Access denied
  ["blocked", "critical", "microsoft-365"], // Exchange Online: blocked using Spamhaus (AS16012611)
  ["blocked", "critical", "microsoft-365"], // Exchange Online: Helo domain in Spamhaus (S8001)
  ["blocked", "critical", "microsoft-365"], // Exchange Online: 5.7.606 banned sending IP
  ["authfailure", "high", "fireeye-trellix"], // FireEye: ETP205 DMARC
  ["filtered", "medium", "mimecast"], // Mimecast: envelope blocked (DOC-1369)
  ["policyviolation", "high", "mimecast"], // Mimecast: anti-spoofing (DOC-1369)
  ["filtered", "medium", "mimecast"], // Mimecast: manually blocked senders (DOC-1369)
  ["userunknown", "low", null], // Proofpoint: undeliverable address
  ["userunknown", "low", null], // Proofpoint: not a valid email address
  ["rejected", "high", null], // Proofpoint: sender domain not found
  ["rejected", "high", null], // Proofpoint: need fully-qualified address
  ["userunknown", "low", null], // Proofpoint: marked as invalid
  ["filtered", "medium", "trend-micro"], // Trend Micro: ERS-Customized-Block
];

describe("the seed catalogue", () => {
  it("has 49 lines, 14 with a stated severity", () => {
    expect(seeds).toHaveLength(49);
    expect(seeds.filter((s) => s.severity !== null)).toHaveLength(14);
    expect(EXPECTED).toHaveLength(49);
  });

  it.each(seeds.map((s, i) => [i, s.provider, s] as const))("line %i (%s) is explained", async (i, _provider, seed) => {
    const [reason, severity, provider, onlyInLink] = EXPECTED[i] as (typeof EXPECTED)[number];
    if (seed.severity !== null) expect(severity, "the table follows the seed's severity").toBe(seed.severity);
    for (const [form, text] of [
      ["decoded", seed.original],
      ["proxied", seed.line],
    ] as const) {
      const result = await explainBounce(text);
      expect(result.failures, form).toHaveLength(1);
      const f = result.failures[0];
      expect(f?.reason, form).toBe(reason);
      expect(f?.severity, form).toBe(severity);
      expect(f?.provider?.id ?? null, form).toBe(form === "proxied" && onlyInLink === "link" ? null : provider);
      expect(f?.summary.length, form).toBeGreaterThan(20);
      expect(f?.advice.length, form).toBeGreaterThan(0);
      expect(f?.links[0]?.url, form).toMatch(/^https:\/\//);
    }
  });

  it("shows the provider's help link printed in the line first", async () => {
    const google = await explainBounce(seeds[7]?.original ?? "");
    expect(google.failures[0]?.links[0]?.url).toBe("https://support.google.com/mail/?p=NoSuchUser");
    const apple = await explainBounce(seeds[1]?.original ?? "");
    expect(apple.failures[0]?.links[0]?.url).toBe("https://support.apple.com/en-us/HT204137");
    // A proxied link is not a provider's help link: it is never shown.
    const proxied = await explainBounce(seeds[7]?.line ?? "");
    expect(proxied.failures[0]?.links.map((l) => l.url).join(" ")).not.toContain("oszar.com");
  });

  it("names the blocklist and fills its lookup page with the IP from the text", async () => {
    const spamhaus = await explainBounce(seeds[36]?.original ?? "");
    expect(spamhaus.failures[0]?.blocklist?.id).toBe("spamhaus");
  });
});
