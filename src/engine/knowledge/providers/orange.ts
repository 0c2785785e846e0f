/**
 * Orange and Wanadoo (France). Replies are bilingual and end with a code OFRnnn_XYZ (or
 * OFR_XYZ) and "[XYZ]"; XYZ is the reason. The meanings follow Sisimai's Orange table, which says
 * it mirrors Orange's postmaster site, https://postmaster.orange.fr (no per-code page).
 */
import type { ProviderTable } from "../types";

const POSTMASTER = { title: "Orange Postmaster", url: "https://postmaster.orange.fr" };

export const orange: ProviderTable = {
  id: "orange",
  name: "Orange / Wanadoo",
  detect: [
    "smtp-in.orange.fr",
    "postmaster.orange.fr",
    "ofr_",
    "ofr0",
    "ofr1",
    "ofr2",
    "ofr3",
    "ofr4",
    "ofr5",
    "ofr6",
    "ofr7",
    "ofr8",
    "ofr9",
    " mwinf",
  ],
  hosts: ["orange.fr", "wanadoo.fr"],
  domains: ["orange.fr", "wanadoo.fr", "voila.fr"],
  helpDomains: ["postmaster.orange.fr", "assistance.orange.fr"],
  docs: POSTMASTER,
  rules: [
    {
      id: "orange/invalid-recipient",
      match: { pattern: /ofr\d{0,3}_416\b/ },
      reason: "userunknown",
      link: POSTMASTER,
      examples: ["550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]"],
    },
    {
      id: "orange/mailbox-full",
      match: { pattern: /ofr\d{0,3}_417\b/ },
      reason: "mailboxfull",
      link: POSTMASTER,
      examples: ["552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]"],
    },
    {
      id: "orange/mailbox-inactive",
      match: { pattern: /ofr\d{0,3}_42[06]\b/ },
      reason: "suspend",
      link: POSTMASTER,
      examples: ["550 5.1.1 Boite du destinataire archivee. Archived recipient. OFR_420 [420]"],
    },
    {
      id: "orange/authentication",
      match: { pattern: /ofr\d{0,3}_(?:39\d|51[579])\b/ },
      reason: "authfailure",
      link: POSTMASTER,
      examples: ["550 5.7.1 Mail rejete. Mail rejected. DMARC. OFR_515 [515]"],
    },
    {
      id: "orange/spam",
      match: { pattern: /ofr\d{0,3}_506\b|mail rejete/ },
      reason: "spamdetected",
      link: POSTMASTER,
      examples: ["550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]"],
    },
    {
      id: "orange/cloudmark",
      match: { pattern: /ofr\d{0,3}_10[012]\b/ },
      reason: "blocked",
      link: { title: "Cloudmark: reset request", url: "https://csi.cloudmark.com/reset-request/" },
      examples: [
        "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com/reset-request/?ip=192.0.2.25 [102]",
      ],
    },
    {
      id: "orange/ip-blocked",
      match: { pattern: /ofr\d{0,3}_(?:103|510|425)\b/ },
      reason: "blocked",
      link: POSTMASTER,
      examples: [
        "550 mwinf5c10 ME Adresse IP source bloquee. Client host blocked. OFR006_103 - please visit: https://postmaster.orange.fr/ [103]",
      ],
    },
    {
      id: "orange/no-ptr",
      match: { pattern: /ofr\d{0,3}_107\b/ },
      reason: "requireptr",
      link: POSTMASTER,
      examples: [
        "421 mwinf5c20 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR004_107 [107]",
      ],
    },
    {
      id: "orange/rate",
      match: { pattern: /ofr\d{0,3}_(?:104|109|99\d)\b/ },
      reason: "ratelimited",
      link: POSTMASTER,
      examples: [
        "421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]",
      ],
    },
    {
      id: "orange/helo",
      match: { pattern: /ofr\d{0,3}_20\d\b/ },
      reason: "blocked",
      link: POSTMASTER,
      examples: ["501 5.5.2 mwinf5c33 ME HELO/EHLO invalide. Invalid HELO/EHLO. OFR004_201 [201]"],
    },
    {
      id: "orange/sender-domain",
      match: { pattern: /ofr\d{0,3}_405\b|emetteur invalide/ },
      reason: "rejected",
      link: POSTMASTER,
      examples: ["550 5.1.0 Emetteur invalide. Invalid Sender. OFR_405 [405]"],
    },
    {
      id: "orange/system",
      match: { pattern: /ofr\d{0,3}_505\b/ },
      reason: "systemerror",
      link: POSTMASTER,
      examples: [
        "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]",
      ],
    },
  ],
};
