/**
 * The standards' own pages (rfc-editor.org and the IANA registry), from
 * `../shared/knowledge/enhanced-status.json`'s sources. The last resort of every explanation's
 * links, and the link of a provider that publishes no page of its own.
 */
import type { Link } from "../types";

export const STANDARDS = {
  iana: {
    title: "IANA registry of SMTP enhanced status codes",
    url: "https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xml",
  },
  rfc3463: { title: "RFC 3463: Enhanced Mail System Status Codes", url: "https://www.rfc-editor.org/rfc/rfc3463" },
  rfc5248: {
    title: "RFC 5248: A Registry for SMTP Enhanced Mail System Status Codes",
    url: "https://www.rfc-editor.org/rfc/rfc5248",
  },
  rfc5321: { title: "RFC 5321: Simple Mail Transfer Protocol", url: "https://www.rfc-editor.org/rfc/rfc5321" },
  rfc7504: { title: "RFC 7504: SMTP 521 and 556 Reply Codes", url: "https://www.rfc-editor.org/rfc/rfc7504" },
  rfc7372: { title: "RFC 7372: Email Authentication Status Codes", url: "https://www.rfc-editor.org/rfc/rfc7372" },
  rfc4954: {
    title: "RFC 4954: SMTP Service Extension for Authentication",
    url: "https://www.rfc-editor.org/rfc/rfc4954",
  },
  rfc7505: { title: 'RFC 7505: A "Null MX" No Service Resource Record', url: "https://www.rfc-editor.org/rfc/rfc7505" },
  rfc8617: { title: "RFC 8617: Authenticated Received Chain (ARC)", url: "https://www.rfc-editor.org/rfc/rfc8617" },
  rfc8689: { title: "RFC 8689: SMTP Require TLS Option", url: "https://www.rfc-editor.org/rfc/rfc8689" },
  rfc7208: { title: "RFC 7208: Sender Policy Framework (SPF)", url: "https://www.rfc-editor.org/rfc/rfc7208" },
  rfc6376: { title: "RFC 6376: DomainKeys Identified Mail (DKIM)", url: "https://www.rfc-editor.org/rfc/rfc6376" },
  rfc7489: { title: "RFC 7489: DMARC", url: "https://www.rfc-editor.org/rfc/rfc7489" },
} as const satisfies Record<string, Link>;
