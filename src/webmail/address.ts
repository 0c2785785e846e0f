/** Reading a sender out of the ways webmails write one: attributes, "Name <address>", "address (Name)". */
import type { Sender } from "./adapter";

/** An address as webmails display it; bounded so that no text makes it slow. */
const ADDRESS = /[A-Za-z0-9._%+'=-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}/;

export const NO_SENDER: Readonly<Sender> = Object.freeze({ name: "", address: "" });

export function findAddress(text: string): string {
  const match = ADDRESS.exec(text);
  return match === null ? "" : match[0].toLowerCase();
}

/**
 * "Microsoft Outlook <postmaster@example.com>", "Microsoft Outlook<postmaster@example.com>",
 * "MAILER-DAEMON@example.net (Mail Delivery System)", a bare address or a bare name.
 */
export function parseSender(text: string): Sender {
  const clean = text
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const address = findAddress(clean);
  if (address === "") return { name: clean, address: "" };
  const angled = /^(.*?)\s?<[^<>]*>\s?(.*)$/.exec(clean);
  if (angled !== null) return { name: unquote(`${angled[1] ?? ""} ${angled[2] ?? ""}`), address };
  const parenthesised = /\(([^()]*)\)/.exec(clean);
  if (parenthesised !== null) return { name: unquote(parenthesised[1] ?? ""), address };
  return { name: unquote(clean.replace(ADDRESS, "")), address };
}

function unquote(name: string): string {
  return name
    .trim()
    .replace(/^["']|["']$/g, "")
    .trim();
}
