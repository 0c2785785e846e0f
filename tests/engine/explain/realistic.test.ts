/**
 * Bounces as people see them: the text of a Gmail card, of an Outlook / Microsoft 365 NDR, or
 * one pasted line, for the main providers and filters (tests/fixtures/explain/). Each one read
 * and explained end to end: reason, severity, provider and the first link.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainBounce } from "../../../src/engine/index";
import type { Reason, Severity } from "../../../src/engine/types";

interface Case {
  file: string;
  reason: Reason;
  severity: Severity;
  provider: string | null;
  link: string;
  blocklist?: string;
  suggestion?: string;
}

const CASES: Case[] = [
  {
    file: "gmail-card-google-no-such-user.txt",
    reason: "userunknown",
    severity: "low",
    provider: "google",
    link: "https://support.google.com/mail/?p=NoSuchUser",
  },
  {
    file: "gmail-card-google-dmarc.txt",
    reason: "authfailure",
    severity: "high",
    provider: "google",
    link: "https://support.google.com/mail/?p=DmarcRejection",
  },
  {
    file: "pasted-google-disabled.txt",
    reason: "suspend",
    severity: "low",
    provider: "google",
    link: "https://support.google.com/mail/?p=DisabledUser",
  },
  {
    file: "gmail-card-typo-domain.txt",
    // Gmail's "DNS Error ... NXDOMAIN" is a failed DNS lookup: networkerror in the shared vocabulary
    // (as Sisimai names it); the summary still says the domain could not be found, with a correction.
    reason: "networkerror",
    severity: "low",
    provider: null,
    link: "https://www.rfc-editor.org/rfc/rfc3463",
    suggestion: "anna.lopez@gmail.com",
  },
  {
    file: "outlook-ndr-microsoft-access-denied.txt",
    reason: "userunknown",
    severity: "low",
    provider: "microsoft-365",
    link: "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/fix-error-code-550-5-4-1-in-exchange-online",
  },
  {
    file: "pasted-microsoft-banned-ip.txt",
    reason: "blocked",
    severity: "critical",
    provider: "microsoft-365",
    link: "https://sender.office.com/",
  },
  {
    file: "pasted-outlook-s3150.txt",
    reason: "blocked",
    severity: "high",
    provider: "outlook-com",
    // The retired mail.live.com page the bounce prints is not shown; the sender support form is.
    link: "https://go.microsoft.com/fwlink/?LinkID=614866",
  },
  {
    file: "gmail-card-yahoo-no-account.txt",
    reason: "userunknown",
    severity: "low",
    provider: "yahoo",
    link: "https://senders.yahooinc.com/smtp-error-codes/",
  },
  {
    file: "gmail-card-aol-policy.txt",
    reason: "policyviolation",
    severity: "high",
    provider: "yahoo",
    link: "https://senders.yahooinc.com/error-codes",
  },
  {
    file: "pasted-yahoo-tss04.txt",
    reason: "badreputation",
    severity: "high",
    provider: "yahoo",
    link: "https://postmaster.yahooinc.com/error-codes",
  },
  {
    file: "gmail-card-apple-cs01.txt",
    reason: "spamdetected",
    severity: "high",
    provider: "apple-icloud",
    link: "https://support.apple.com/en-us/HT204137",
  },
  {
    file: "pasted-apple-over-quota.txt",
    reason: "mailboxfull",
    severity: "low",
    provider: "apple-icloud",
    link: "https://support.apple.com/en-us/102322",
  },
  {
    file: "gmail-card-comcast-dnsbl.txt",
    reason: "blocked",
    severity: "critical",
    provider: "comcast",
    link: "https://postmaster.comcast.net/smtp-error-codes.php#BL000001",
  },
  {
    file: "gmail-card-mailru-spam.txt",
    reason: "spamdetected",
    severity: "high",
    provider: "mailru",
    link: "https://help.mail.ru/notspam-support/id?c=Qk9VTkNFTEVOUw~",
  },
  {
    file: "gmail-card-yandex-spam.txt",
    reason: "spamdetected",
    severity: "high",
    provider: "yandex",
    link: "https://ya.cc/1IrBc",
  },
  {
    file: "gmail-card-gmx-blocklisted.txt",
    reason: "blocked",
    severity: "critical",
    provider: "gmx-webde",
    link: "https://postmaster.gmx.net/en/case?c=ip&i=ip&v=198.51.100.77&r=1MbQ2A-1sC3xY0",
  },
  {
    file: "gmail-card-orange-invalid.txt",
    reason: "userunknown",
    severity: "low",
    provider: "orange",
    link: "https://postmaster.orange.fr",
  },
  {
    file: "gmail-card-zoho-dmarc.txt",
    reason: "authfailure",
    severity: "high",
    provider: "zoho",
    link: "https://www.zoho.com/mail/help/spam-reason.html",
  },
  {
    file: "gmail-card-qq-frequency.txt",
    reason: "ratelimited",
    severity: "medium",
    provider: "qq",
    link: "https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
  },
  {
    file: "outlook-ndr-proofpoint-pdr.txt",
    reason: "blocked",
    severity: "critical",
    provider: "proofpoint",
    link: "https://www.proofpoint.com/us/support-services/ip-blocked-faq",
    blocklist: "https://support.proofpoint.com/dnsbl-lookup.cgi?ip=40.92.58.101",
  },
  {
    file: "outlook-ndr-mimecast-envelope.txt",
    reason: "filtered",
    severity: "medium",
    provider: "mimecast",
    link: "https://community.mimecast.com/docs/DOC-1369#550",
  },
  {
    file: "pasted-barracuda.txt",
    reason: "spamdetected",
    severity: "high",
    provider: "barracuda",
    link: "https://campus.barracuda.com/product/emailsecuritygateway/doc/39815000/smtp-error-codes/",
  },
  {
    file: "pasted-trend-micro.txt",
    reason: "filtered",
    severity: "medium",
    provider: "trend-micro",
    link: "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes",
  },
  {
    file: "pasted-spamhaus-postfix.txt",
    reason: "blocked",
    severity: "critical",
    provider: null,
    link: "https://www.spamhaus.org/query/ip/198.51.100.77",
    blocklist: "https://www.spamhaus.org/query/ip/198.51.100.77",
  },
  {
    file: "outlook-ndr-spamhaus.txt",
    reason: "blocked",
    severity: "critical",
    provider: null,
    link: "https://www.spamhaus.org/query/ip/52.100.1.2",
    blocklist: "https://www.spamhaus.org/query/ip/52.100.1.2",
  },
  {
    file: "pasted-generic-user-unknown.txt",
    reason: "userunknown",
    severity: "low",
    provider: null,
    link: "https://www.rfc-editor.org/rfc/rfc3463",
  },
];

const FIXTURES = join(__dirname, "..", "..", "fixtures", "explain");

describe("bounces as people see them", () => {
  it.each(CASES.map((c) => [c.file, c] as const))("%s", async (file, c) => {
    const result = await explainBounce(readFileSync(join(FIXTURES, file), "utf8"));
    expect(result.failures).toHaveLength(1);
    const f = result.failures[0];
    expect(f?.reason).toBe(c.reason);
    expect(f?.severity).toBe(c.severity);
    expect(f?.provider?.id ?? null).toBe(c.provider);
    expect(f?.links[0]?.url).toBe(c.link);
    if (c.blocklist !== undefined) expect(f?.blocklist?.url).toBe(c.blocklist);
    expect(f?.suggestion ?? null).toBe(c.suggestion ?? null);
    for (const link of f?.links ?? []) expect(link.url).toMatch(/^https:\/\//);
  });

  it("explains a temporary refusal as one that is being retried", async () => {
    const result = await explainBounce(readFileSync(join(FIXTURES, "gmail-card-qq-frequency.txt"), "utf8"));
    const f = result.failures[0];
    expect(f?.permanent).toBe(false);
    expect(f?.actor).toBe("none");
  });
});
