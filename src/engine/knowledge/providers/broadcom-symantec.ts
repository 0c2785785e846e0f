/**
 * Broadcom / Symantec Email Security.cloud (MessageLabs). Knowledge base articles: blocked
 * external mailers https://knowledge.broadcom.com/external/article/177117, outbound mail returned
 * by MAILER-DAEMON@messagelabs.com https://knowledge.broadcom.com/external/article/162445.
 */
import type { ProviderTable } from "../types";

const BLOCKED = {
  title: "Broadcom: email sent from an external mailer is blocked",
  url: "https://knowledge.broadcom.com/external/article/177117/email-sent-from-an-external-mailer-is-bl.html",
};
const OUTBOUND = {
  title: "Broadcom: outbound mail returned by MAILER-DAEMON@messagelabs.com",
  url: "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html",
};

export const broadcomSymantec: ProviderTable = {
  id: "broadcom-symantec",
  name: "Broadcom / Symantec Email Security.cloud (MessageLabs)",
  detect: ["messagelabs", "symantec.cloud", "knowledge.broadcom.com", "symanteccloud.com"],
  hosts: ["messagelabs.com", "symantec.cloud"],
  helpDomains: ["knowledge.broadcom.com"],
  docs: BLOCKED,
  rules: [
    // "550 Invalid recipient <x> (#5.1.1)"
    {
      id: "broadcom-symantec/invalid-recipient",
      match: { any: ["invalid recipient"] },
      reason: "userunknown",
      link: BLOCKED,
      examples: ["smtp;550 Invalid recipient <someone@example.com> (#5.1.1)"],
    },
    // "553-Message filtered. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)"
    {
      id: "broadcom-symantec/filtered",
      match: { any: ["message filtered"] },
      reason: "spamdetected",
      link: BLOCKED,
      examples: [
        "553-Message filtered. Refer to the Troubleshooting page at http://www.symanteccloud.com/troubleshooting for more information. (#5.7.1)",
      ],
    },
    // "Please turn on SMTP Authentication in your mail client ... is not permitted to relay"
    {
      id: "broadcom-symantec/relay",
      match: { any: ["please turn on smtp authentication", "as a relay"] },
      reason: "securityerror",
      actor: "sender-admin",
      link: OUTBOUND,
      examples: [
        "553-you are trying to use me [server-0.bemta-0.messagelabs.com] as a relay, but I have not been configured to let you [192.0.2.25, mail.example.com] do this. Please visit www.messagelabs.com/support for more details about this error message and instructions to resolve this issue. (#5.7.1) Please turn on SMTP Authentication in your mail client.",
      ],
    },
    // "421 Service Temporarily Unavailable"
    {
      id: "broadcom-symantec/temporary",
      match: { any: ["service temporarily unavailable", "requested action aborted"] },
      reason: "systemerror",
      link: BLOCKED,
      examples: ["421 Service Temporarily Unavailable server-5.tower-1.messagelabs.com"],
    },
  ],
};
