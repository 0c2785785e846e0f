/**
 * Mimecast. Most rejections apply the recipient organisation's policy; only reputation blocks are
 * the sender's to fix. Codes: "Policies: Mimecast SMTP Error Codes",
 * https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes
 * (bounces print the legacy community.mimecast.com/docs/DOC-1369 link).
 */
import type { ProviderTable } from "../types";

const CODES = {
  title: "Mimecast: SMTP error codes",
  url: "https://mimecastsupport.zendesk.com/hc/en-us/articles/34000709564691-Policies-Mimecast-SMTP-Error-Codes",
};

export const mimecast: ProviderTable = {
  id: "mimecast",
  name: "Mimecast",
  detect: ["mimecast.com", "mimecast.co.za", "mimecast-offshore.com", "doc-1369", "mcspamsignature", "-smtp-inbound"],
  hosts: ["mimecast.com", "mimecast.co.za", "mimecast-offshore.com"],
  helpDomains: ["mimecastsupport.zendesk.com", "community.mimecast.com"],
  docs: CODES,
  rules: [
    // "550 Rejected by header based Anti-Spoofing policy: x - https://community.mimecast.com/docs/DOC-1369#550"
    {
      id: "mimecast/anti-spoofing",
      match: { any: ["anti-spoofing policy"] },
      reason: "policyviolation",
      actor: "recipient-admin",
      summary:
        "The recipient's Mimecast anti-spoofing policy refused the message: it looks like mail pretending to come from inside their organisation.",
      advice: [
        "If you send on behalf of the recipient's organisation, ask their IT to add a bypass for your service.",
        "Otherwise make sure your From address uses your own domain.",
      ],
      link: CODES,
      examples: [
        "smtp;550 Rejected by header based Anti-Spoofing policy: someone@example.com - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf123.uk]",
      ],
    },
    // "550 Rejected by header based manually Blocked Senders: x"
    {
      id: "mimecast/blocked-senders",
      match: { any: ["blocked senders", "block for manual block", "sender address blocked"] },
      reason: "filtered",
      actor: "recipient",
      summary: "The recipient or their organisation has put your address on its Mimecast blocked-senders list.",
      advice: ["Ask the recipient by another channel to remove your address from their blocked senders."],
      link: CODES,
      examples: [
        "smtp;550 Rejected by header based manually Blocked Senders: someone@example.com - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf123.uk]",
      ],
    },
    // "550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550"
    {
      id: "mimecast/envelope-blocked",
      match: { any: ["envelope blocked", "administrative prohibition"] },
      reason: "filtered",
      actor: "recipient-admin",
      summary: "The recipient's organisation blocks your address or domain in its Mimecast policy.",
      advice: ["Ask the recipient to have their IT allow your address or domain in Mimecast."],
      link: CODES,
      examples: [
        "smtp;550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf123.uk]",
      ],
    },
    // "554 email rejected due to security policies - MCSpamSignature.sa.2.2"
    {
      id: "mimecast/spam-signature",
      match: { any: ["mcspamsignature", "content examination policy", "security policies"] },
      reason: "spamdetected",
      link: CODES,
      examples: ["554 email rejected due to security policies - MCSpamSignature.sa.2.2 service222.mimecast.com"],
    },
    // "550 Local CT IP Reputation - (reject) - https://community.mimecast.com/docs/DOC-1369#550"
    {
      id: "mimecast/ip-reputation",
      match: { any: ["ip reputation", "ip temporarily blacklisted"] },
      reason: "badreputation",
      link: CODES,
      examples: [
        "550 Local CT IP Reputation - (reject) - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf123.uk]",
      ],
    },
    // "554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554"
    {
      id: "mimecast/host-network",
      match: { any: ["host network not allowed"] },
      reason: "policyviolation",
      actor: "recipient-admin",
      summary:
        "The recipient's organisation does not accept mail from your server's network (a Mimecast policy of theirs).",
      link: CODES,
      examples: [
        "554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554 [z7qZw5BPd1zlDYHka4589ru.us222]",
      ],
    },
    // "550 Envelope rejected - SPF Sender Invalid" / DMARC
    {
      id: "mimecast/authentication",
      match: { any: ["sender invalid", "dmarc", "spf", "dkim"] },
      reason: "authfailure",
      link: CODES,
      examples: ["550 Envelope rejected - SPF Sender Invalid - https://community.mimecast.com/docs/DOC-1369#550"],
    },
    // "451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451" (greylisting)
    {
      id: "mimecast/greylisting",
      match: { any: ["internal resource temporarily unavailable", "greylist"] },
      reason: "ratelimited",
      link: CODES,
      examples: ["451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451"],
    },
    // "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550"
    {
      id: "mimecast/invalid-recipient",
      match: { any: ["invalid recipient", "recipient address rejected"] },
      reason: "userunknown",
      link: CODES,
      examples: ["550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEf123.uk]"],
    },
    // "554 maximum email size exceeded"
    {
      id: "mimecast/size",
      match: { any: ["maximum email size exceeded"] },
      reason: "emailtoolarge",
      link: CODES,
      examples: ["554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554"],
    },
    // "550 Open relay not allowed"
    {
      id: "mimecast/relay",
      match: { any: ["open relay not allowed", "relay"] },
      reason: "norelaying",
      link: CODES,
      examples: ["550 Open Relay not allowed - https://community.mimecast.com/docs/DOC-1369#550"],
    },
    // "451 Recipient temporarily unavailable" / account service temporarily unavailable
    {
      id: "mimecast/temporarily-unavailable",
      match: {
        any: ["recipient temporarily unavailable", "account service temporarily unavailable", "inbounds disabled"],
      },
      reason: "systemerror",
      link: CODES,
      examples: ["451 Recipient temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451"],
    },
    // "554 Route requires encryption" / TLS
    {
      id: "mimecast/tls",
      match: { any: ["route requires encryption", "high-strength ciphers"] },
      reason: "failedstarttls",
      link: CODES,
      examples: ["554 Route requires encryption - https://community.mimecast.com/docs/DOC-1369#554"],
    },
  ],
};
