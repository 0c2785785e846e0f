/**
 * The provider named by the remote MTA's host: the provider listing the longest host that the
 * MTA's name is, or is a subdomain of (first provider on a tie). Checked against that rule written
 * out plainly, on names made from every provider host.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainFailure } from "../../../src/engine/index";
import { REGISTRY } from "../../../src/engine/knowledge/registry";
import type { Failure } from "../../../src/engine/types";

function expectedProvider(remoteMta: string): string | null {
  const mta = remoteMta.toLowerCase();
  let found: string | null = null;
  let length = 0;
  for (const provider of REGISTRY.providers)
    for (const host of provider.hosts ?? [])
      if (host.length > length && (mta === host || mta.endsWith(`.${host}`))) {
        found = provider.id;
        length = host.length;
      }
  return found;
}

/** A failure that names nothing but its remote MTA: no markers, links, format or known domain. */
function failure(remoteMta: string): Failure {
  return {
    recipient: "someone@nowhere.invalid",
    status: null,
    replyCode: null,
    diagnostic: "",
    remoteMta,
    reportingMta: null,
    permanent: true,
    action: "failed",
    command: null,
    format: "diagnostic-line",
  };
}

describe("provider from the remote MTA's host", () => {
  const hosts = REGISTRY.providers.flatMap((p) => p.hosts ?? []);

  it("has hosts to check", () => {
    expect(hosts.length).toBeGreaterThan(20);
  });

  it("is the provider with the longest matching host", () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const name = fc
      .tuple(fc.array(label, { maxLength: 3 }), fc.constantFrom(...hosts, "example.com", "com"), fc.boolean())
      .map(([labels, host, glued]) =>
        glued && labels.length > 0 ? `${labels.join(".")}${host}` : [...labels, host].join("."),
      );
    fc.assert(
      fc.property(name, (mta) => {
        expect(explainFailure(failure(mta)).provider?.id ?? null).toBe(expectedProvider(mta));
      }),
      { numRuns: 500, seed: 11 },
    );
    for (const host of hosts) {
      expect(explainFailure(failure(host)).provider?.id ?? null).toBe(expectedProvider(host));
      expect(explainFailure(failure(`mx1.${host}`)).provider?.id ?? null).toBe(expectedProvider(host));
      expect(explainFailure(failure(`x${host}`)).provider?.id ?? null).toBe(expectedProvider(`x${host}`));
    }
  });
});
