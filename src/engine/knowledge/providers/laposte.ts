/**
 * La Poste (laposte.net). Replies end with a code LPNnnn_XYZ like Orange's OFR codes; XYZ is the
 * reason. Postmaster: https://postmaster.laposte.net.
 */
import type { ProviderTable } from "../types";

const POSTMASTER = { title: "La Poste Postmaster", url: "https://postmaster.laposte.net" };

export const laposte: ProviderTable = {
  id: "laposte",
  name: "La Poste",
  detect: ["laposte.net", "lpn0", "lpn1", "lpn_"],
  hosts: ["laposte.net"],
  domains: ["laposte.net"],
  helpDomains: ["postmaster.laposte.net"],
  docs: POSTMASTER,
  rules: [
    {
      id: "laposte/invalid-recipient",
      match: { pattern: /lpn\d{0,3}_416\b/ },
      reason: "userunknown",
      link: POSTMASTER,
      examples: ["550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416"],
    },
    {
      id: "laposte/account-blocked",
      match: { pattern: /lpn\d{0,3}_42[06]\b/ },
      reason: "suspend",
      link: POSTMASTER,
      examples: ["550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426"],
    },
    {
      id: "laposte/no-ptr",
      match: { pattern: /lpn\d{0,3}_107\b/ },
      reason: "requireptr",
      link: POSTMASTER,
      examples: ["421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107"],
    },
    {
      id: "laposte/dkim",
      match: { pattern: /lpn\d{0,3}_402\b/ },
      reason: "authfailure",
      link: {
        title: "La Poste: mails rejected for lack of a valid DKIM signature",
        url: "https://postmaster.laposte.net/contents/mails-rejetes-pour-absence-de-signature-dkim-valide",
      },
      examples: ["550 5.7.1 Mail rejete. Mail rejected. LPN105_402"],
    },
    {
      id: "laposte/spam",
      match: { pattern: /lpn\d{0,3}_510\b/ },
      reason: "spamdetected",
      link: POSTMASTER,
      examples: ["550 5.7.1 Mail rejete. Mail rejected. LPN105_510"],
    },
    {
      id: "laposte/blocklisted",
      match: { pattern: /lpn\w{0,3}_10[0-2]\b|lpn\d{0,3}_108\b/ },
      reason: "blocked",
      link: POSTMASTER,
      examples: ["550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN001_108"],
    },
    {
      id: "laposte/client-host-rejected",
      match: { all: ["client host rejected", "lpn"] },
      reason: "policyviolation",
      link: POSTMASTER,
      examples: ["554 5.7.1 <mx.example.net[192.0.2.25]:49309>: Client host rejected: #216 lpn LPN000_630"],
    },
  ],
};
