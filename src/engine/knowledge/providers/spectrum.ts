/**
 * Spectrum / Charter (charter.net, rr.com, twc.com). AUP#I-nnnn (inbound) and AUP#O-nnnn codes:
 * https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes.
 */
import type { ProviderTable } from "../types";

const CODES = {
  title: "Spectrum: understanding email error codes",
  url: "https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes",
};

export const spectrum: ProviderTable = {
  id: "spectrum",
  name: "Spectrum / Charter",
  detect: ["aup#i", "aup#o", "spectrum.net/support", "spectrumbusiness.net"],
  hosts: ["charter.net", "rr.com", "twc.com", "spectrum.net"],
  domains: ["charter.net", "rr.com", "twc.com", "brighthouse.com", "spectrum.net"],
  helpDomains: ["spectrum.net", "spectrumbusiness.net"],
  docs: CODES,
  rules: [
    {
      id: "spectrum/aup-inbound",
      match: { any: ["aup#i"] },
      reason: "ratelimited",
      summary:
        "Spectrum refused mail from your server under its acceptable-use policy (volume, reputation or content); the AUP number names the rule.",
      advice: [
        "Look up the AUP number on Spectrum's error-code page.",
        "Send more slowly, and check your sending IP's reputation.",
      ],
      link: CODES,
      examples: [
        "550 5.1.0 <bounce@example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310",
      ],
    },
    {
      id: "spectrum/aup-outbound",
      match: { any: ["aup#o"] },
      reason: "rejected",
      actor: "sender",
      link: CODES,
      examples: [
        "550 5.7.1 Message rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes AUP#O-1010",
      ],
    },
  ],
};
