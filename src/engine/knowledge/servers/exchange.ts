/**
 * Microsoft Exchange Server (on premises) and classic Exchange texts: RESOLVER, STOREDRV and
 * SMTPSEND tags. NDRs in Exchange Server:
 * https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages
 */
import type { ServerTable } from "../types";

const NDRS = {
  title: "Microsoft: NDRs in Exchange Server",
  url: "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages",
};

export const exchange: ServerTable = {
  id: "exchange",
  name: "Microsoft Exchange Server",
  docs: NDRS,
  rules: [
    {
      id: "exchange/recipient-not-found",
      match: {
        any: ["resolver.adr.recipnotfound", "resolver.adr.exrecipnotfound", "resolver.adr.recipientnotfound"],
      },
      reason: "userunknown",
      link: NDRS,
      examples: ["#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##"],
    },
    // Exchange 5.5's Internet Mail Service: "The recipient name is not recognized ...
    // MSEXCH:IMS:org:site:server 0 (000C05A6) Unknown Recipient", its diagnostic code for an
    // address nobody has (Microsoft KB Q246881). The code says it, as 5.1.1 would.
    {
      id: "exchange/ims-unknown-recipient",
      match: { any: ["(000c05a6) unknown recipient"] },
      reason: "userunknown",
      link: NDRS,
      examples: ["The recipient name is not recognized MSEXCH:IMS:NNN:KIJITORACAT:NEKO 0 (000C05A6) Unknown Recipient"],
    },
    {
      id: "exchange/auth-required",
      match: { any: ["resolver.rst.authrequired", "resolver.rst.notauthorized"] },
      reason: "securityerror",
      actor: "recipient-admin",
      link: NDRS,
      examples: ["#550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##rfc822;someone@example.jp"],
    },
    {
      id: "exchange/recipient-size-limit",
      match: { any: ["resolver.rst.recipsizelimit", "message too large for this recipient"] },
      reason: "emailtoolarge",
      link: NDRS,
      examples: ["#550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient ##"],
    },
    {
      id: "exchange/mailbox-full",
      match: { any: ["storedrv.deliver: mailbox full", "quotaexceeded", "mailbox full"], all: ["storedrv"] },
      reason: "mailboxfull",
      link: NDRS,
      examples: [
        '#550 5.2.2 STOREDRV.Deliver: mailbox full. The following information should help identify the cause: "MapiExceptionShutoffQuotaExceeded:00.00000:FF000000"',
      ],
    },
    {
      id: "exchange/non-existent-domain",
      match: { any: ["smtpsend.dns.nonexistentdomain"] },
      reason: "hostunknown",
      link: NDRS,
      examples: ["554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain"],
    },
    {
      id: "exchange/dns-query-failed",
      match: { any: ["dns query failed", "smtpsend.dns"] },
      reason: "networkerror",
      link: NDRS,
      examples: ["550 5.4.312 Message expired, DNS query failed(InfoNoRecords)"],
    },
    {
      id: "exchange/unable-to-connect",
      match: {
        any: [
          "unable to connect successfully to the destination mail server",
          "error encountered while communicating with primary target",
          "delivery to the following recipients has been delayed",
        ],
      },
      reason: "expired",
      link: NDRS,
      examples: [
        "Unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server.",
        `441 4.4.1 Error encountered while communicating with primary target IP address: "Failed to connect. Winsock error code: 10060"`,
      ],
    },
  ],
};
