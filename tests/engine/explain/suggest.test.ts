/** Suggestions for a mistyped recipient domain: edit distance against real mailbox domains. */
import { describe, expect, it } from "vitest";
import { editDistance, suggestAddress, suggestDomain } from "../../../src/engine/explain/suggest";
import { explainFailure } from "../../../src/engine/index";
import { failureOf } from "./rows";

describe("suggestDomain", () => {
  it.each([
    ["gmial.com", "gmail.com"],
    ["gmal.com", "gmail.com"],
    ["gmail.co", "gmail.com"],
    ["gnail.com", "gmail.com"],
    ["hotmial.com", "hotmail.com"],
    ["hotmal.com", "hotmail.com"],
    ["yaho.com", "yahoo.com"],
    ["yahooo.com", "yahoo.com"],
    ["outlok.com", "outlook.com"],
    ["outloook.com", "outlook.com"],
    ["icloud.con", "icloud.com"],
    ["iclod.com", "icloud.com"],
    ["comcats.net", "comcast.net"],
    ["web.dee", "web.de"],
    ["aol.co", "aol.com"],
    ["Gmial.Com", "gmail.com"],
  ])("%s → %s", (typo, right) => {
    expect(suggestDomain(typo)).toBe(right);
  });

  it.each([
    "gmail.com",
    "mail.com",
    "gmx.com",
    "me.com",
    "example.com",
    "example.org",
    "company.de",
    "hotmail.de",
    "yahoo.co.jp",
    "qq",
    "",
  ])("leaves %s alone", (domain) => {
    expect(suggestDomain(domain)).toBeNull();
  });

  it("counts a swap of two letters as one edit", () => {
    expect(editDistance("gmial.com", "gmail.com")).toBe(1);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("abcdef", "a")).toBeGreaterThan(2);
  });
});

describe("suggestion in an explanation", () => {
  it("corrects the recipient's domain for an unknown user or domain", () => {
    expect(suggestAddress("anna@gmial.com")).toBe("anna@gmail.com");
    const unknown = explainFailure(
      failureOf("550 5.1.1 <anna@gmial.com>: Recipient address rejected: User unknown", {
        recipient: "anna@gmial.com",
      }),
    );
    expect(unknown.reason).toBe("userunknown");
    expect(unknown.suggestion).toBe("anna@gmail.com");
    const noDomain = explainFailure(
      failureOf("Host or domain name not found. Name service error for name=hotmial.com type=A: Host not found", {
        recipient: "bob@hotmial.com",
      }),
    );
    expect(noDomain.reason).toBe("hostunknown");
    expect(noDomain.suggestion).toBe("bob@hotmail.com");
  });

  it("corrects the domain of a DNS failure too: a lookup that found no such domain, or no mail servers", () => {
    const nxdomain = explainFailure(
      failureOf(
        "DNS Error: 39857475 DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN Domain name not found: gmial.com",
        { recipient: "anna@gmial.com" },
      ),
    );
    expect(nxdomain.reason).toBe("networkerror");
    expect(nxdomain.summary).toContain("could not be found");
    expect(nxdomain.suggestion).toBe("anna@gmail.com");
    const noMx = explainFailure(
      failureOf(
        "DNS Error: 16578478 DNS type 'mx' lookup of gmal.com responded with code NOERROR 16578478 DNS type 'mx' lookup of gmal.com had no relevant answers.",
        { recipient: "bob@gmal.com" },
      ),
    );
    expect(noMx.reason).toBe("networkerror");
    expect(noMx.suggestion).toBe("bob@gmail.com");
  });

  it("suggests nothing for other reasons, real domains or a missing recipient", () => {
    expect(explainFailure(failureOf("552 5.2.2 Mailbox full", { recipient: "anna@gmial.com" })).suggestion).toBeNull();
    expect(
      explainFailure(failureOf("550 5.1.1 User unknown", { recipient: "anna@example.com" })).suggestion,
    ).toBeNull();
    expect(explainFailure(failureOf("550 5.1.1 User unknown", { recipient: null })).suggestion).toBeNull();
  });
});
