/**
 * The order in which Bounce Lens decides a failure's reason, written down once. The first row
 * that matches wins; within a stage, tables and rows keep the order of the registry and of their
 * files (most specific first).
 *
 * 1. provider:       the rules of the provider that refused the mail (recognised from the remote
 *                    MTA, markers in the reply and links it prints). Providers give standard
 *                    codes private meanings, so they come first.
 * 2. blocklist:      a DNS blocklist or reputation list named in the reply.
 * 3. authentication: SPF, DKIM, DMARC, ARC failures, whoever reports them.
 * 4. server:         the wording of generic mail servers (Postfix, Exim, Sendmail, qmail,
 *                    Exchange) and phrases per reason in several languages.
 * 5. status:         the enhanced status code (RFC 3463, IANA registry).
 * 6. reply:          the basic reply code (RFC 5321).
 * 7. fallback:       nothing recognised: "onhold" (the server's words say no known cause), or
 *                    "undefined" when the bounce has no reply and no code at all.
 */
export const PRECEDENCE = ["provider", "blocklist", "authentication", "server", "status", "reply", "fallback"] as const;

export type Stage = (typeof PRECEDENCE)[number];
