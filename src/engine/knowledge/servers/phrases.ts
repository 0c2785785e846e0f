/**
 * Phrases per reason that any mail server may write, in English and the other major languages of
 * webmail users. Consulted after the providers, blocklists, authentication and the named mail
 * servers, before the status codes. Order matters: a telling phrase comes before a vague one
 * ("mailbox unavailable: quota exceeded" is a full mailbox), and the stage of the SMTP dialogue
 * decides vague refusals: at the greeting the sending server is refused, at MAIL FROM the sender
 * address, after DATA a filter (an address refused only then was accepted before). "User
 * unknown" is userunknown at RCPT TO or under a 5.1.x code, and filtered otherwise, as the shared
 * vocabulary counts it; its explanation then says that the address may also be gone.
 */
import { STANDARDS } from "../standards";
import type { ServerTable } from "../types";

/**
 * The classic "user unknown" replies, said of a user or a recipient. Filters that refuse a
 * message after it was sent reuse these very words (the Japanese carriers' domain filters,
 * filtering gateways), so alone, without the step of the dialogue or a 5.1.x code, they do not
 * tell a missing mailbox from a filter.
 */
const USER_UNKNOWN = [
  "user unknown",
  "unknown user",
  "no such user",
  "user does not exist",
  "user doesn't exist",
  "user not exist",
  "user not found",
  "unknown recipient",
  "recipient unknown",
  "no such recipient",
  "recipient not found",
  "doesn't have a",
  "account that you tried to reach does not exist",
  // German, French, Spanish, Italian, Dutch, Portuguese, Polish, Russian, Japanese, Chinese.
  "unbekannter empfänger",
  "empfänger unbekannt",
  "benutzer unbekannt",
  "unbekannter benutzer",
  "destinataire inconnu",
  "utilisateur inconnu",
  "usuario desconocido",
  "destinatario desconocido",
  "utente sconosciuto",
  "destinatario sconosciuto",
  "onbekende gebruiker",
  "onbekende ontvanger",
  "usuário desconhecido",
  "destinatário desconhecido",
  "nieznany użytkownik",
  "пользователь не найден",
  "неизвестный пользователь",
  "ユーザーが存在しません",
  "宛先不明",
  "用户不存在",
  "收件人不存在",
];

/**
 * Wording that names the mailbox or the address as missing, invalid or unavailable: what servers
 * answer about an address they looked up, such as RFC 5321's own 550 text "Requested action not
 * taken: mailbox unavailable" (Web.de, Outlook.com), QQ's "Mailbox not found", AT&T's "Addressee
 * unknown", Comcast's "Recipient unavailable", Gmail's "the address couldn't be found".
 */
const NO_SUCH_MAILBOX = [
  "mailbox not found",
  "mailbox does not exist",
  "mailbox unavailable",
  "no mailbox",
  "invalid recipient",
  "invalid mailbox",
  "unknown local part",
  "unknown or illegal",
  "recipient address rejected.",
  "recipient address rejected: access denied",
  "address couldn't be found",
  "address not found",
  "is not a valid mailbox",
  "not a valid email address",
  "invalid address",
  "mailbox unallocated",
  "recipient unavailable",
  "marked as invalid",
  "no valid recipients",
  "addressee unknown",
  "existiert nicht",
  "postfach nicht gefunden",
  "adresse inconnue",
  "destinataire invalide",
  "adresse invalide",
  "n'existe pas",
  "el buzón no existe",
  "no existe",
  "non esiste",
  "bestaat niet",
  "não existe",
  "nie istnieje",
  "не существует",
];

/** Every wording of a recipient that does not exist: shared by the rows that tell it from a filter. */
const NO_SUCH_USER = [...USER_UNKNOWN, ...NO_SUCH_MAILBOX];

export const phrases: ServerTable = {
  id: "phrases",
  name: "Common bounce phrases",
  docs: STANDARDS.rfc3463,
  rules: [
    {
      id: "phrases/not-rfc-compliant",
      match: {
        any: [
          "not rfc 5322 compliant",
          "not rfc5322 compliant",
          "not rfc compliant",
          "multiple addresses in from: header",
          "duplicate header",
          "violates rfc 5322",
          "message-id header is missing",
        ],
      },
      reason: "notcompliantrfc",
      examples: [
        "550 5.7.1 [192.0.2.222 13] Messages with multiple addresses in From: header are not accepted. r7si1238383pli.26 - gsmtp",
        "554 Transaction failed: Duplicate header 'DKIM-Signature'.",
      ],
    },
    {
      id: "phrases/system-full",
      match: {
        any: [
          "insufficient disk space",
          "insufficient system storage",
          "insufficient system resources",
          "mail system full",
          "disk full",
        ],
        none: ["quota"],
      },
      reason: "systemfull",
      examples: ["452 4.4.5 Insufficient disk space; try again later", "452 4.3.1 Insufficient system resources"],
    },
    {
      id: "phrases/mailbox-full",
      match: {
        any: [
          "mailbox full",
          "mailbox is full",
          "mailbox quota",
          "quota exceeded",
          "over quota",
          "overquota",
          "exceeded storage allocation",
          "exceeds storage allocation",
          "user is over",
          "account is over quota",
          "mailbox size limit exceeded",
          "mailbox has exceeded",
          "mailbox exceeded",
          "quota full",
          "disk quota",
          "their mailbox is full",
          "boîte pleine",
          "boite pleine",
          "boîte aux lettres pleine",
          "postfach voll",
          "postfach ist voll",
          "speicherplatz",
          "buzón lleno",
          "buzón está lleno",
          "casella piena",
          "mailbox vol",
          "caixa postal cheia",
          "caixa de correio cheia",
          "ящик переполнен",
          "容量超過",
          "邮箱已满",
        ],
      },
      reason: "mailboxfull",
      examples: [
        "552 5.2.2 <someone@example.net>: Requested mail action aborted: exceeded storage allocation",
        "552 5.2.2 Over quota",
        "550 5.2.2 <kijitora@example.jp>... Mailbox Full",
      ],
    },
    {
      id: "phrases/too-large",
      match: {
        any: [
          "message too large",
          "message is too large",
          "message size exceeds",
          "exceeds size limit",
          "size limit exceeded",
          "message too big",
          "too big for system",
          "message length exceeds",
          "exceeds the maximum size",
          "exceeds maximum allowed size",
          "line limit exceeded",
          "nachricht zu groß",
          "message trop volumineux",
          "mensaje demasiado grande",
        ],
      },
      reason: "emailtoolarge",
      examples: [
        "552 5.3.4 Message too large",
        "552 5.2.3 Message length exceeds limit set by recipient",
        "500 Line limit exceeded",
      ],
    },
    {
      id: "phrases/has-moved",
      match: {
        any: [
          "has moved",
          "mailbox has moved",
          "no longer on server",
          "no forwarding address",
          "user has moved",
          "address has changed",
        ],
      },
      reason: "hasmoved",
      examples: [
        "550 5.1.6 recipient no longer on server: someone@example.jp",
        "551 User has moved; please try <new@example.com>",
      ],
    },
    {
      id: "phrases/disabled",
      match: {
        any: [
          "account is disabled",
          "account disabled",
          "account has been disabled",
          "mailbox disabled",
          "mailbox is disabled",
          "account is inactive",
          "inactive account",
          "inactive email address",
          "account suspended",
          "account has been suspended",
          "mailbox suspended",
          "mailbox is frozen",
          "is deactivated",
          "account is locked",
          "temporary locked",
          "temporarily locked",
          "disabled recipient",
          "discontinued",
          "konto gesperrt",
          "compte désactivé",
          "compte du destinataire est bloque",
          "cuenta desactivada",
          "account disattivato",
        ],
      },
      reason: "suspend",
      examples: [
        "smtp;550 Message was not accepted -- invalid mailbox. Local mailbox someone@example.com is unavailable: account is disabled",
        "550 Mailbox is frozen. See http://mail.i.ua/err/3/",
      ],
    },
    {
      id: "phrases/reverse-dns",
      match: {
        any: [
          "reverse dns",
          "ptr record",
          "ptr resource record",
          "no ptr",
          "rdns",
          "reverse hostname",
          "reverse lookup",
          "mismatches client ip",
          "without a valid sender domain",
          "server access",
          "doesn't have a valid ptr",
        ],
      },
      reason: "requireptr",
      examples: [
        "smtp;550 <someone@example.com>: Bad DNS PTR resource record",
        "554 5.7.1 [C14] Missing reverse DNS for 203.0.113.2",
        "550 5.7.1 Connections not accepted from servers without a valid sender domain.",
      ],
    },
    {
      id: "phrases/relaying-denied",
      match: {
        any: [
          "relaying denied",
          "relay denied",
          "relay access denied",
          "relay not permitted",
          "relaying not allowed",
          "relaying disallowed",
          "unable to relay",
          "we do not relay",
          "not permitted to relay",
          "relay not allowed",
          "no relaying",
          "not configured to relay",
          "insecure mail relay",
          "identities failed the check",
          "relais refusé",
          "weiterleitung verweigert",
        ],
        none: ["open relay"],
      },
      reason: "norelaying",
      examples: [
        "smtp;550 relaying denied for <someone@example.com>",
        "554 5.7.1 <someone@example.net>: Relay access denied",
        "550 Insecure Mail Relay",
      ],
    },
    {
      id: "phrases/rate-limited",
      match: {
        any: [
          "rate limit",
          "too many connections",
          "too many messages",
          "too many recipients",
          "too many concurrent",
          "too many sessions",
          "throttl",
          "frequency limited",
          "sending rate",
          "receiving mail at a rate",
          "connection rate",
          "zu viele verbindungen",
          "trop de connexions",
        ],
      },
      reason: "ratelimited",
      examples: [
        "421 4.7.0 Too many connections from your IP, try again later",
        "452 4.3.2 Connection rate limit exceeded.",
      ],
    },
    {
      id: "phrases/virus",
      match: { any: ["virus", "malware", "infected", "trojan", "banned attachment", "dangerous attachment"] },
      reason: "virusdetected",
      examples: ["550 Virus Detected; Content Rejected"],
    },
    {
      id: "phrases/spam",
      match: {
        any: [
          "spam",
          "unsolicited",
          "junk mail",
          "ube,",
          "message content rejected",
          "content denied",
          "content rejected",
          "blacklisted url",
          "uribl",
          "surbl",
          "bulk mail",
        ],
        none: ["spamhaus", "spamcop"],
      },
      reason: "spamdetected",
      examples: [
        "550 5.7.1 Message content rejected, UBE, id=00000-22-225",
        "554 5.6.0 This message has been scored as spam with a probability of more than 90%",
        "550 REJECTED - Blacklisted URL in message. (example.com) in [black]. See http://lookup.uribl.com. - Blacklisted Link",
      ],
    },
    {
      id: "phrases/starttls",
      match: {
        any: [
          "starttls",
          "does not support tls",
          "tls required",
          "tls is required",
          "must issue a starttls",
          "encryption required",
          "tls negotiation failed",
        ],
      },
      reason: "failedstarttls",
      examples: ["500 Remote server does not support TLS (state 6)."],
    },
    {
      id: "phrases/unauthenticated-sender",
      match: {
        any: [
          "unauthenticated senders not allowed",
          "authentication required",
          "smtp authentication",
          "must authenticate",
          "please authenticate",
          "not authenticated",
        ],
      },
      reason: "securityerror",
      examples: ["550 Unauthenticated senders not allowed"],
    },
    // A refusal at the greeting or HELO is about the sending server itself.
    {
      id: "phrases/refused-at-connection",
      match: {
        command: ["CONN", "HELO", "EHLO"],
        none: ["rate limit", "too many", "lost connection", "timed out", "connection refused"],
      },
      reason: "blocked",
      summary:
        "The receiving server refused your sending server at the start of the connection, before any address was sent.",
      examples: [
        "SMTP error from remote mail server after EHLO neko.example.com: 550 Rejected",
        "host mfsmax.example.net[203.0.113.127] said: 421 Service not available, closing transmission channel (in reply to HELO command)",
      ],
    },
    {
      id: "phrases/open-relay-or-ip",
      match: {
        any: [
          "open relay",
          "invalid ip for sending",
          "not accepting connections",
          "refused to talk to me",
          "ip address blacklisted",
          "client host rejected",
          "please use the smtp server of your isp",
          "blocked for abuse",
          "weren't sent. please contact your internet service provider",
          "dynamic ip",
          "residential",
        ],
      },
      reason: "blocked",
      examples: [
        "501 <shironeko@example.co.jp>... no access from mail server [192.0.2.55] which is an open relay.",
        "554 INVALID IP FOR SENDING MAIL OF DOMAIN amazonses.com",
        "554 st11p00im-smtpin013.me.com ESMTP not accepting connections",
      ],
    },
    {
      id: "phrases/sender-rejected",
      match: {
        any: [
          "sender address rejected",
          "sender rejected",
          "sender not allowed",
          "need fully-qualified address",
          "domain of sender address",
          "sender domain",
          "invalid sender",
          "sender denied",
          "sender is not allowed",
          "from: domain is invalid",
          "bad sender",
          "unroutable sender",
          "sending to/from an address that has been blacklisted",
          "absender",
          "expéditeur refusé",
          "remitente rechazado",
        ],
      },
      reason: "rejected",
      severity: "high",
      examples: [
        "smtp;550 5.1.8 <someone@example.com>: Sender address rejected: Domain not found (in reply to RCPT TO command)",
        "smtp;550 5.5.2 <someone@example.com>: Sender address rejected: need fully-qualified address (in reply to RCPT TO command)",
        '"Sorry, you are sending to/from an address that has been blacklisted"',
      ],
    },
    // A vague refusal at MAIL FROM is about the sender address.
    {
      id: "phrases/refused-at-mail-from",
      match: {
        command: ["MAIL"],
        none: ["rate limit", "too many", "try again later", "disk space", "policy", "transaction failed"],
      },
      reason: "rejected",
      summary:
        "The receiving server refused the address you sent from (the envelope sender) before looking at any recipient.",
      examples: [
        "host mail.example.ne.jp[203.0.113.2] said: 550 5.7.1 Access denied (in reply to MAIL FROM command)",
        "SMTP error from remote mail server after MAIL FROM:<sironeko@example.com> SIZE=1022: 553 5.1.0 neko22nyaan neko.example.com does not exist E2110",
      ],
    },
    {
      id: "phrases/dns-failure",
      match: {
        any: [
          "host not found, try again",
          "temporary failure in name resolution",
          "malformed or unexpected name server reply",
          "had no relevant answers",
          "dns query failed",
          "name server timeout",
          "servfail",
        ],
      },
      reason: "networkerror",
      // A failed lookup of a mistyped domain ("gmal.com had no relevant answers") is worth a correction.
      suggest: true,
      examples: [
        "Name service error for name=example.org type=MX: Malformed or unexpected name server reply",
        "DNS Error: 16578478 DNS type 'mx' lookup of gmal.com responded with code NOERROR 16578478 DNS type 'mx' lookup of gmal.com had no relevant answers.",
        "Name service error for domain example.com: Host not found, try again",
      ],
    },
    {
      id: "phrases/null-mx",
      match: {
        any: [
          "null mx",
          "doesn't receive email",
          "does not accept mail",
          "does not receive mail",
          "accepts no mail",
          "no smtp service",
        ],
      },
      reason: "notaccept",
      link: STANDARDS.rfc7505,
      examples: [
        "DNS Error: 80458680 DNS type 'mx' lookup of libsisimai.org responded with code NOERROR The domain libsisimai.org doesn't receive email according to the administrator: returned Null MX https://www.rfc-editor.org/info/rfc7505",
        "550 Host does not accept mail",
      ],
    },
    // Gmail reports a lookup answered NXDOMAIN as a "DNS Error" under a 4.x.x code: a failed DNS
    // lookup, networkerror in the shared vocabulary (hostunknown is what a 5.1.2 or 5.4.4 refusal
    // says). For a person it means the same: no such domain, as far as DNS could tell.
    {
      id: "phrases/dns-no-such-domain",
      match: { all: ["dns error", "nxdomain"] },
      reason: "networkerror",
      severity: "low",
      actor: "sender",
      summary:
        "The recipient's domain could not be found: looking it up in DNS gave the answer that no such domain exists (NXDOMAIN).",
      advice: [
        "Check the domain (after the @) for typos such as gmial.com or hotmial.com.",
        "If it is right, the domain may have expired or its DNS may be broken: ask the recipient by another channel.",
        "Remove the address if the domain no longer exists.",
      ],
      temporary: {
        summary: "The recipient's domain could not be found in DNS for now; the sending server keeps trying.",
      },
      suggest: true,
      examples: [
        "DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded with code NXDOMAIN Domain name not found: example.jp",
        "DNS Error: 39857475 DNS type 'mx' lookup of example.comn responded with code NXDOMAIN Domain name not found: example.comn",
      ],
    },
    {
      id: "phrases/host-unknown",
      match: {
        any: [
          "host or domain name not found",
          "domain name not found",
          "host not found",
          "domain not found",
          "no such domain",
          "unknown domain",
          "domain does not exist",
          "domain doesn't exist",
          "domain is not reachable",
          "dns lookup failure",
          "nxdomain",
          "unknown host",
          "host unknown",
          "domaine inexistant",
          "domaine inconnu",
          "domain existiert nicht",
          "dominio inexistente",
        ],
      },
      reason: "hostunknown",
      examples: ["Host or domain name not found. Name service error for name=example.invalid type=A: Host not found"],
    },
    // "User unknown" said only after the message was sent (DATA), with no 5.1.x code: the address
    // was accepted at RCPT TO, so a filter refused it (Japanese carriers answer this way).
    {
      id: "phrases/user-unknown-after-data",
      match: { any: NO_SUCH_USER, command: ["DATA"], none: ["5.1.1", "5.1.0"] },
      reason: "filtered",
      summary:
        "The recipient's server took the address, then refused the message after it was sent while saying the user is unknown: most likely a filter on the recipient's side (some carriers answer so when the recipient's settings refuse your mail), possibly an address that no longer exists.",
      examples: [
        "host mail.example.net[192.0.2.78] said: 550 Unknown user kijitora@example.net (in reply to end of DATA command)",
      ],
    },
    // Refused in answer to RCPT TO: the address itself was refused, whatever the code.
    {
      id: "phrases/user-unknown-at-rcpt",
      match: { any: NO_SUCH_USER, command: ["RCPT"] },
      reason: "userunknown",
      examples: [
        "host mx.example.jp[192.0.2.22] said: 550 5.2.1 <kijitora@example.jp>... User Unknown (in reply to RCPT TO command)",
      ],
    },
    // "User unknown" under a mailbox-status (X.2.x) or policy (X.7.x) code, not answered to RCPT TO:
    // the server's own code says it is not the address, so a filter refused the message.
    {
      id: "phrases/user-unknown-by-filter",
      match: {
        any: NO_SUCH_USER,
        status: ["5.2.", "5.7."],
        none: [
          "in reply to rcpt to",
          "after rcpt to",
          "addressee unknown",
          "recipient unavailable",
          "marked as invalid",
        ],
      },
      reason: "filtered",
      summary:
        "The recipient's server refused the message with a filter or policy code while saying the user is unknown; the address may exist but not accept your mail.",
      examples: ["550 5.2.1 <kijitora@example.jp>... User Unknown", "550 5.7.1 User Unknown: someone@example.org"],
    },
    {
      id: "phrases/on-hold",
      match: { any: ["on hold"] },
      reason: "onhold",
      examples: ["550 5.0.0 <onhold@libsisimai.net>: Recipient address rejected: On hold."],
    },
    // The code says the mailbox address is bad (X.1.x): the address itself was refused.
    {
      id: "phrases/user-unknown-by-code",
      match: { any: NO_SUCH_USER, status: ["5.1.", "4.1."] },
      reason: "userunknown",
      examples: [
        "smtp;550 5.1.1 <someone@example.com>: user does not exist",
        "smtp;550 5.1.1 <someone@example.com> User unknown",
        "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient.",
        "550 5.1.1 Benutzer unbekannt",
      ],
    },
    // "User unknown" and nothing else: no step of the dialogue, no 5.1.x code, as a relaying
    // server or gateway passes a reply on. The shared vocabulary (Sisimai's convention) counts it
    // as filtered, since filters answer so after taking the address; the words say both readings.
    {
      id: "phrases/user-unknown-unconfirmed",
      match: { any: USER_UNKNOWN, none: NO_SUCH_MAILBOX, permanent: true },
      reason: "filtered",
      severity: "low",
      actor: "sender",
      summary:
        "The recipient's server answered \"user unknown\", but the bounce does not show that it refused the address itself (no 5.1.x code, no sign of the step): the address may not exist, or a filter on the recipient's side refused your message with these words.",
      advice: [
        "Check the address for typos (the part before and after the @).",
        "If it is right, ask the recipient by another channel whether your mail reaches them: a filter may refuse your address or domain.",
        "Remove the address from your lists if it keeps failing this way.",
      ],
      suggest: true,
      examples: [
        "550 Unknown user kijitora@example.co.jp",
        "550 <kijitora@example.org> No such user here",
        "This user doesn't have a example.co.jp account (kijitora@example.co.jp) [-9]",
        "User unknown",
      ],
    },
    {
      id: "phrases/user-unknown",
      match: { any: NO_SUCH_USER },
      reason: "userunknown",
      examples: [
        "smtp;550 5.2.1 <someone@example.com>... Addressee unknown, relay=[192.0.2.25]",
        "550 <someone@example.com>: Requested action not taken: mailbox unavailable",
        "550 Mailbox not found.",
        "450 <someone@example.com>: User unknown; try again later",
      ],
    },
    {
      id: "phrases/filtered",
      match: {
        any: [
          "message filtered",
          "recipient preferences",
          "rejected by a remote mail server",
          "rejected by recipients",
          "refused by the recipient",
          "blocked by the recipient",
          "sender is blocked",
          "not accepting mail from",
          "only accepts mail from",
        ],
      },
      reason: "filtered",
      examples: [
        "550 5.2.0 Message Filtered",
        "550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.135#rcp Refused due to recipient preferences",
      ],
    },
    {
      id: "phrases/expired",
      match: {
        any: [
          "connection timed out",
          "operation timed out",
          "timed out",
          "did not accept our requests to connect",
          "message expired",
          "delivery time expired",
          "could not deliver for the last",
          "not delivered within",
          "giving up",
          "too long in queue",
          "in the queue too long",
          "will be retried",
          "has been delayed",
          "unable to deliver this message after",
          "host not reachable",
          "could not find a gateway",
          "delivery expired",
          "zustellung abgebrochen",
        ],
      },
      reason: "expired",
      examples: [
        "connect to example.org[203.0.113.225]:25: Connection timed out",
        "The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mx.example.net 192.0.2.222: timed out]",
        "Message will be retried for 2 more day(s)",
      ],
    },
    {
      id: "phrases/network",
      match: {
        any: [
          "connection refused",
          "no route to host",
          "network is unreachable",
          "network error",
          "connection reset",
          "lost connection",
          "mail loop",
          "loop detected",
          "too many hops",
          "hop count exceeded",
          "routing loop",
        ],
      },
      reason: "networkerror",
      examples: [
        "connect to nyaan.example.com[192.0.2.2]:25: No route to host",
        "554 5.4.14 Hop count exceeded - possible mail loop",
      ],
    },
    {
      id: "phrases/syntax",
      match: {
        any: [
          "syntax error",
          "command unrecognized",
          "unrecognized command",
          "bad sequence of commands",
          "command not implemented",
          "command parameter not implemented",
          "line too long",
          "invalid command",
        ],
      },
      reason: "syntaxerror",
      examples: [
        "smtp;550 <someone@example.com>: Syntax error in parameters or arguments",
        "504 Command parameter not implemented",
      ],
    },
    {
      id: "phrases/blocked",
      match: {
        any: [
          "blocked using",
          "blacklisted",
          "blocklisted",
          "block listed",
          "black list",
          "block list",
          "blocklist",
          "blacklist",
          "listed on",
          "listed in",
          "is listed",
          "banned",
        ],
      },
      reason: "blocked",
      examples: [
        "smtp;550 <someone@example.com>: IP address is block listed",
        "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using dnsbl.example.org",
      ],
    },
    // "Blocked" alone does not say the whole server is listed: serious, not yet wholesale.
    {
      id: "phrases/blocked-unspecified",
      match: { any: ["blocked", "bloquee", "bloqueado", "gesperrt"] },
      reason: "blocked",
      severity: "high",
      examples: ["554 5.7.1 Your connection has been blocked", "550 Adresse IP source bloquee"],
    },
    {
      id: "phrases/policy",
      match: {
        any: [
          "policy violation",
          "denied by policy",
          "local policy",
          "policy reasons",
          "protocol violation",
          "policy restrictions",
          "prohibited",
          "not allowed",
        ],
      },
      reason: "policyviolation",
      examples: ["550 Denied by policy", "550 5.7.0 Local Policy Violation", "550 Protocol violation"],
    },
    {
      id: "phrases/system",
      match: {
        any: [
          "internal error",
          "internal system error",
          "internal server error",
          "local error",
          "system error",
          "service currently unavailable",
          "service unavailable",
          "transaction failed",
          "could not load",
          "recipient error",
          "upstream error",
          "redundant",
          "try again later",
          "temporarily unavailable",
        ],
      },
      reason: "systemerror",
      examples: [
        "550 5.3.5 <kuroneko@example.org>... Internal System Error",
        "554 Service currently unavailable",
        "554 Transaction failed",
      ],
    },
    {
      id: "phrases/content",
      match: {
        any: [
          "media error",
          "headers too large",
          "8-bit data",
          "8bit data",
          "header error",
          "mime error",
          "malformed message",
          "invalid mime",
        ],
      },
      reason: "contenterror",
      examples: ["550 5.6.9 improper use of 8-bit data in message header", "554 5.7.0 Header error"],
    },
    // Nothing above recognised the words of a local delivery program (Diagnostic-Code: x-unix,
    // from a pipe, procmail or the like on the recipient's server): that program failed.
    {
      id: "phrases/local-delivery-program",
      match: { diagnosticType: ["x-unix"] },
      reason: "mailererror",
      examples: ["temporary failure"],
    },
    {
      id: "phrases/rejected-at-data",
      match: { any: ["rejected"], command: ["DATA"] },
      reason: "filtered",
      examples: [
        "host mx.example.net[192.0.2.8] said: 550 Your message was rejected (in reply to end of DATA command)",
      ],
    },
  ],
};
