// @vitest-environment happy-dom
/**
 * Rules for the fixture pages themselves: they load nothing from the network (the end-to-end tests
 * serve them with no internet, and a request would be a leak to test for), and they name only
 * anonymised people, hosts and addresses.
 */
import { describe, expect, it } from "vitest";
import { pageNames, pageSource, type Site } from "./load-page";

const PAGES = (["gmail", "outlook"] as const).flatMap((site: Site) =>
  pageNames(site).map((name) => [site, name] as const),
);

/** Domains an address on a page may have: documentation domains, and the system senders of bounces. */
const ALLOWED_DOMAINS = /(?:^|\.)(?:example\.(?:com|net|org)|invalid|googlemail\.com|google\.com|outlook\.com)$/i;

describe.each(PAGES)("%s/%s", (site, name) => {
  const source = pageSource(site, name);
  const markup = source.replace(/<!--[\s\S]*?-->/g, "");

  it("loads nothing from the network", () => {
    expect(markup).not.toMatch(/<(?:script|link|iframe|frame|object|embed|video|audio|source|track|base)\b/i);
    expect(markup).not.toMatch(/<img\b[^>]*\bsrcset?=/i);
    expect(markup).not.toMatch(/url\(|@import|http-equiv=["']?refresh/i);
    expect(markup).not.toMatch(/<(?:input|form)\b[^>]*\b(?:src|action)=/i);
  });

  it("names only anonymised addresses and documentation IP addresses", () => {
    const text = markup.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#39;/g, "'");
    const domains = [...text.matchAll(/[A-Za-z0-9._%+'=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)].map(
      (m) => m[1] ?? "",
    );
    for (const domain of domains) expect(domain, `${domain} in ${site}/${name}`).toMatch(ALLOWED_DOMAINS);
    const ips = [...text.matchAll(/[[( ](\d{1,3}(?:\.\d{1,3}){3})[\]):]/g)].map((m) => m[1] ?? "");
    for (const ip of ips) expect(ip, `${ip} in ${site}/${name}`).toMatch(/^192\.0\.2\.\d{1,3}$/);
  });

  it("says where it comes from and what it shows", () => {
    expect(source.startsWith("<!DOCTYPE html>\n<!--")).toBe(true);
    expect(source).toContain("../README.md");
  });
});
