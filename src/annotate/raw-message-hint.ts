/**
 * The cheap look at a raw message ("Show original"): the same sender and subject hints as for an
 * opened message, read from its header lines, or a delivery-status report's own content type.
 * An ordinary message whose text mentions "550" stays without a badge here too.
 */
import { parseSender } from "../webmail/address";
import { looksLikeBounce } from "../webmail/bounce-hints";

/** The header block is at the start; this is plenty for it and keeps the look cheap. */
const MAX_HEADER_CHARS = 64 * 1024;

export function rawMessageLooksLikeBounce(raw: string): boolean {
  const headers = unfoldedHeaders(raw);
  const contentType = headerValue(headers, "content-type").toLowerCase();
  if (contentType.includes("multipart/report") && contentType.includes("delivery-status")) return true;
  return looksLikeBounce(parseSender(headerValue(headers, "from")), headerValue(headers, "subject"));
}

/** The header lines before the first empty line, each folded header joined onto one line. */
function unfoldedHeaders(raw: string): string[] {
  const start = raw.slice(0, MAX_HEADER_CHARS).replace(/\r\n?/g, "\n");
  const end = start.indexOf("\n\n");
  return (end === -1 ? start : start.slice(0, end)).replace(/\n[ \t]+/g, " ").split("\n");
}

/** The first header of that name. Encoded words stay encoded: the hints need only ASCII to match. */
function headerValue(headers: readonly string[], name: string): string {
  const line = headers.find((header) => header.toLowerCase().startsWith(`${name}:`));
  return line === undefined ? "" : line.slice(name.length + 1).trim();
}
