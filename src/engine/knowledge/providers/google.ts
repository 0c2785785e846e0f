/**
 * Google: Gmail and Google Workspace. Replies end in "gsmtp" ("gcdp" for a Workspace admin
 * policy) and carry short help links `support.google.com/mail/?p=<Key>`, which are shown first.
 * Codes and texts: "Gmail SMTP errors and codes", https://support.google.com/a/answer/3726730
 * (the only complete official per-code table of any provider). 4.7.27/5.7.27 (SPF), 4.7.29/5.7.29
 * (TLS), 4.7.30/5.7.30 (DKIM), 4.7.32/5.7.32 (alignment), 4.7.40/5.7.40 (no DMARC) are Google's
 * bulk-sender meanings, not the registry's.
 */
import type { ProviderTable } from "../types";

const SMTP_ERRORS = {
  title: "Google: Gmail SMTP errors and codes",
  url: "https://support.google.com/a/answer/3726730",
};
const SENDER_GUIDELINES = {
  title: "Google: Email sender guidelines",
  url: "https://support.google.com/mail/answer/81126",
};
const BLOCKED = {
  title: "Google: Why has Gmail blocked my messages?",
  url: "https://support.google.com/mail/answer/188131",
};
const RELAY = {
  title: "Google Workspace: SMTP relay service error messages",
  url: "https://support.google.com/a/answer/6140680",
};

export const google: ProviderTable = {
  id: "google",
  name: "Google (Gmail / Google Workspace)",
  detect: [
    "gsmtp",
    " gcdp",
    "gmail-smtp-in.l.google.com",
    "aspmx.l.google.com",
    "smtp-relay.gmail.com",
    "support.google.com/mail/?p=",
    "support.google.com/a/answer/",
  ],
  hosts: ["google.com", "googlemail.com", "gmail.com"],
  domains: ["gmail.com", "googlemail.com"],
  formats: ["google-groups"],
  helpDomains: ["support.google.com", "knowledge.workspace.google.com"],
  docs: SMTP_ERRORS,
  rules: [
    // Google Groups: "the group you tried to contact (x) may not exist, or you may not have permission to post messages to the group."
    {
      id: "google/groups-not-allowed",
      match: { format: ["google-groups"] },
      reason: "rejected",
      actor: "sender",
      summary: "The Google group you wrote to does not exist, or it does not let you post to it.",
      advice: [
        "Check the group's address.",
        "Ask the group's owner to let your address post, or send from the address you joined with.",
      ],
      examples: [
        "We're writing to let you know that the group you tried to contact (libsisimai) may not exist, or you may not have permission to post messages to the group.",
      ],
    },
    // "550-5.1.1 The email account that you tried to reach does not exist."
    {
      id: "google/no-such-user",
      match: { any: ["does not exist", "nosuchuser"], status: ["5.1.1"] },
      reason: "userunknown",
      link: { title: "Gmail: the address does not exist", url: "https://support.google.com/mail/?p=NoSuchUser" },
      examples: [
        "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d2si123456qka.105 - gsmtp",
        "smtp;550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser - gsmtp",
      ],
    },
    // "553-5.1.2 We weren't able to find the recipient domain."
    {
      id: "google/bad-recipient-domain",
      match: { any: ["find the recipient domain", "badrcptdomain"] },
      reason: "hostunknown",
      link: {
        title: "Gmail: the recipient's domain was not found",
        url: "https://support.google.com/mail/?p=BadRcptDomain",
      },
      examples: [
        "553-5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address. https://support.google.com/mail/?p=BadRcptDomain a1si2345678pfb.123 - gsmtp",
      ],
    },
    // "553-5.1.3 The recipient address <x> is not a valid RFC 5321 address."
    {
      id: "google/invalid-address",
      match: { any: ["is not a valid rfc-5321 address", "is not a valid rfc 5321 address"] },
      reason: "userunknown",
      link: SMTP_ERRORS,
      examples: [
        "553-5.1.3 The recipient address <john..doe@example.com> is not a valid RFC 5321 address. For more information, go to https://support.google.com/a/answer/3221692 and review RFC 5321 specifications. q12si3456789pjd.3 - gsmtp",
      ],
    },
    // "550-5.2.1 The email account that you tried to reach is disabled."
    {
      id: "google/disabled-user",
      match: { any: ["is disabled", "is inactive", "disableduser"], status: ["5.2.1", "4.2.1"] },
      reason: "suspend",
      link: { title: "Gmail: the account is disabled", url: "https://support.google.com/mail/?p=DisabledUser" },
      examples: [
        "smtp;550 5.2.1 The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser - gsmtp",
        "550-5.2.1 The email account that you tried to reach is inactive and not receiving new mail. For more information, go to https://support.google.com/mail/?p=DisabledUser b9si1234567edq.55 - gsmtp",
      ],
    },
    // "550-5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered."
    {
      id: "google/receiving-rate-permanent",
      match: { any: ["receiving mail at a rate", "receivingrateperm"], permanent: true },
      reason: "ratelimited",
      severity: "high",
      summary: "The recipient's Gmail account is receiving so much mail that Gmail refused this message for good.",
      advice: [
        "Send the message again later, once the recipient's inbox has calmed down.",
        "If you sent many messages to this person, send fewer.",
      ],
      link: { title: "Gmail: receiving rate limit", url: "https://support.google.com/mail/?p=ReceivingRatePerm" },
      examples: [
        "smtp;550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. For more information, please visit https://support.google.com/mail/?p=ReceivingRatePerm - gsmtp",
      ],
    },
    // "450-4.2.1 The user you are trying to contact is receiving mail too quickly."
    {
      id: "google/receiving-rate",
      match: { any: ["receiving mail too quickly", "receiving mail at a rate", "receivingrate"] },
      reason: "ratelimited",
      link: { title: "Gmail: receiving rate limit", url: "https://support.google.com/mail/?p=ReceivingRate" },
      examples: [
        "450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered. For more information, go to https://support.google.com/mail/?p=ReceivingRate x7si1234567wrb.88 - gsmtp",
      ],
    },
    // "452-4.2.2 The recipient's inbox is out of storage space." / "552-5.2.2 The recipient's inbox is out of storage space and inactive."
    {
      id: "google/over-quota",
      match: { any: ["out of storage space", "overquota"] },
      reason: "mailboxfull",
      link: { title: "Gmail: the recipient's inbox is full", url: "https://support.google.com/mail/?p=OverQuotaPerm" },
      examples: [
        "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm c3si4567890ejb.321 - gsmtp",
        "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp e5si1234567qtb.9 - gsmtp",
      ],
    },
    // "552-5.3.4 Your message exceeded Google's message size limits."
    {
      id: "google/message-too-large",
      match: { any: ["message size limits", "maxsizeerror", "header exceeded"] },
      reason: "emailtoolarge",
      link: { title: "Gmail: message size limits", url: "https://support.google.com/mail/?p=MaxSizeError" },
      examples: [
        "552-5.3.4 Your message exceeded Google's message size limits. For more information, go to https://support.google.com/mail/?p=MaxSizeError h12si2345678ejc.456 - gsmtp",
      ],
    },
    // "550-5.4.5 Daily user sending limit exceeded."
    {
      id: "google/sending-limit",
      match: { any: ["sending limit exceeded", "sending quota exceeded"] },
      reason: "ratelimited",
      severity: "high",
      actor: "sender",
      summary: "Your Google account reached its daily sending limit, so Gmail stopped sending your mail.",
      advice: [
        "Wait up to 24 hours for the limit to reset.",
        "Send fewer or smaller batches; bulk mail needs a bulk-mail service.",
      ],
      link: { title: "Google Workspace: Gmail sending limits", url: "https://support.google.com/a/answer/166852" },
      examples: [
        "550-5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852 m3sm1234567qkb.12 - gsmtp",
      ],
    },
    // "554-5.4.6 Message exceeded 50 hops, this may indicate a mail loop."
    {
      id: "google/mail-loop",
      match: { any: ["may indicate a mail loop", "exceeded 50 hops"] },
      reason: "networkerror",
      actor: "recipient-admin",
      link: SMTP_ERRORS,
      examples: [
        "554-5.4.6 Message exceeded 50 hops, this may indicate a mail loop. For more information, go to https://support.google.com/a/answer/3221692 k9si123456ejc.7 - gsmtp",
      ],
    },
    // "452-4.5.3 Your message has too many recipients."
    {
      id: "google/too-many-recipients",
      match: { any: ["too many recipients", "toomanyrecipientserror"] },
      reason: "ratelimited",
      link: { title: "Gmail: too many recipients", url: "https://support.google.com/mail/?p=TooManyRecipientsError" },
      examples: [
        "452-4.5.3 Your message has too many recipients. For more information regarding Google's sending limits, go to https://support.google.com/mail/?p=TooManyRecipientsError f8si1234567qkd.2 - gsmtp",
      ],
    },
    // "550-5.7.1 Messages missing a valid Message-ID header are not accepted." and the other RFC 5322 texts.
    {
      id: "google/not-rfc-5322-compliant",
      match: {
        any: [
          "rfcmessagenoncompliant",
          "not rfc 5322 compliant",
          "missing a valid message-id",
          "is not rfc 5322 compliant",
          "multiple from: headers",
          "duplicate headers",
        ],
      },
      reason: "notcompliantrfc",
      link: {
        title: "Gmail: message not RFC 5322 compliant",
        url: "https://support.google.com/mail/?p=RfcMessageNonCompliant",
      },
      examples: [
        "550-5.7.1 [192.0.2.25] Messages missing a valid Message-ID header are not accepted. For more information, go to https://support.google.com/mail/?p=RfcMessageNonCompliant and review RFC 5322 specifications. a11si1234567qtb.3 - gsmtp",
        "550-5.7.1 This message is not RFC 5322 compliant. There are multiple From: headers. To reduce the amount of spam sent to Gmail, this message has been blocked. For more information, go to https://support.google.com/mail/?p=RfcMessageNonCompliant q5si123456ejx.80 - gsmtp",
      ],
    },
    // "550-5.7.1 ... very low reputation of the sending domain."
    {
      id: "google/low-domain-reputation",
      match: { any: ["low reputation of the sending domain"] },
      reason: "badreputation",
      severity: "critical",
      summary: "Gmail blocked the message because your sending domain has a very low reputation with Gmail.",
      advice: [
        "Tell whoever runs your domain's email: Gmail distrusts the domain.",
        "Check the domain in Google Postmaster Tools and follow Google's sender guidelines (authentication, low spam rate).",
        "Stop any unwanted or purchased-list mailing from the domain.",
      ],
      link: BLOCKED,
      examples: [
        "smtp;550 5.7.1 [192.0.2.25] Our system has detected that this message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. - gsmtp",
        "421-4.7.0 [192.0.2.25 15] Our system has detected that this message is suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. j4si1234567pgt.55 - gsmtp",
      ],
    },
    // "550-5.7.1 ... very low reputation of the sending IP address."
    {
      id: "google/low-ip-reputation",
      match: { any: ["low reputation of the sending ip", "unsolicitediperror"] },
      reason: "badreputation",
      severity: "critical",
      summary:
        "Gmail blocked the message because your sending server's IP address has a very low reputation with Gmail.",
      link: {
        title: "Gmail: blocked for the sending IP's reputation",
        url: "https://support.google.com/mail/?p=UnsolicitedIPError",
      },
      examples: [
        "550-5.7.1 [192.0.2.25] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked because of the very low reputation of the sending IP address. Please visit https://support.google.com/mail/?p=UnsolicitedIPError for more information. b3si123456pfh.25 - gsmtp",
      ],
    },
    // "421-4.7.28 / 550-5.7.28 ... unusual rate of unsolicited mail originating from your IP address."
    {
      id: "google/unusual-rate",
      match: { any: ["unusual rate of unsolicited mail", "unsolicitedratelimiterror"] },
      reason: "badreputation",
      link: {
        title: "Gmail: unusual rate of unsolicited mail",
        url: "https://support.google.com/mail/?p=UnsolicitedRateLimitError",
      },
      examples: [
        "421-4.7.28 [192.0.2.25 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our Bulk Email Senders Guidelines. x2si1234567plb.44 - gsmtp",
      ],
    },
    // "550-5.7.1 ... this message is likely unsolicited mail."
    {
      id: "google/unsolicited",
      match: { any: ["likely unsolicited mail", "unsolicitedmessageerror"] },
      reason: "spamdetected",
      severity: "critical",
      summary: "Gmail's spam filter judged the message to be unsolicited mail and blocked it.",
      advice: [
        "Make sure your domain passes SPF, DKIM and DMARC.",
        "Send only to people who asked for your mail; remove link shorteners and spam-like wording.",
        "Check your domain and IP in Google Postmaster Tools.",
      ],
      link: {
        title: "Gmail: message blocked as unsolicited",
        url: "https://support.google.com/mail/?p=UnsolicitedMessageError",
      },
      examples: [
        "smtp;550 5.7.1 [192.0.2.25] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=UnsolicitedMessageError for more information. - gsmtp",
      ],
    },
    // "421-4.7.0 ... this message is suspicious due to the nature of the content and/or the links within."
    {
      id: "google/suspicious-content",
      match: { any: ["suspicious due to the nature of the content"] },
      reason: "spamdetected",
      link: BLOCKED,
      examples: [
        "421-4.7.0 This message is suspicious due to the nature of the content or the links within. To best protect our users from spam, the message has been blocked. Please visit https://support.google.com/mail/answer/188131 for more information. v7si1234567qvb.66 - gsmtp",
      ],
    },
    // "550-5.7.1 ... does not meet IPv6 sending guidelines regarding PTR records and authentication."
    {
      id: "google/ipv6-guidelines",
      match: { any: ["ipv6 sending guidelines", "ipv6autherror"] },
      reason: "requireptr",
      link: { title: "Gmail: IPv6 sending guidelines", url: "https://support.google.com/mail/?p=IPv6AuthError" },
      examples: [
        "550-5.7.1 [2001:db8::25] Our system has detected that this message does not meet IPv6 sending guidelines regarding PTR records and authentication. Please review https://support.google.com/mail/?p=IPv6AuthError for more information. g4si1234567ejc.1 - gsmtp",
      ],
    },
    // "421-4.7.0 [ip] The IP you're using to send mail is not authorized to send email directly to our servers."
    {
      id: "google/not-authorized-directly",
      match: { any: ["not authorized to send email directly", "notauthorizederror"] },
      reason: "blocked",
      summary: "Gmail does not accept mail sent directly from your IP address (typically a home or dynamic address).",
      advice: [
        "Send through your email provider's outgoing server (smarthost) instead of directly.",
        "Ask your IT or email service to set this up.",
      ],
      link: {
        title: "Gmail: IP not authorised to send directly",
        url: "https://support.google.com/mail/?p=NotAuthorizedError",
      },
      examples: [
        "550-5.7.1 [192.0.2.25] The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead. For more information, go to https://support.google.com/mail/?p=NotAuthorizedError u9si1234567wra.77 - gsmtp",
      ],
    },
    // "421-4.7.0 ... does not have a PTR record" / "550-5.7.25 The IP address sending this message does not have a PTR record setup".
    {
      id: "google/ptr-record",
      match: { any: ["ptr record", "forward dns"] },
      reason: "requireptr",
      link: {
        title: "Google: sender guidelines, IP practices",
        url: "https://support.google.com/mail/answer/81126#ip-practices",
      },
      examples: [
        "550-5.7.25 [192.0.2.25] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. For more information, go to https://support.google.com/mail/answer/81126#ip-practices t9si1234567plb.42 - gsmtp",
      ],
    },
    // "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy."
    {
      id: "google/dmarc-policy",
      match: { any: ["dmarc policy", "dmarcrejection", "dmarc initiative"] },
      reason: "authfailure",
      severity: "high",
      link: {
        title: "Gmail: rejected by the domain's DMARC policy",
        url: "https://support.google.com/mail/?p=DmarcRejection",
      },
      examples: [
        "smtp;550 5.7.1 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. Please visit https://support.google.com/mail/answer/2451690 to learn about the DMARC initiative. - gsmtp",
        "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy. Please contact the administrator of example.com domain if this was a legitimate mail. To learn about the DMARC initiative, go to https://support.google.com/mail/?p=DmarcRejection a4si1234567pgb.2 - gsmtp",
      ],
    },
    // 4.7.40 / 5.7.40: bulk sender without a DMARC record; 4.7.32 / 5.7.32: From not aligned.
    {
      id: "google/dmarc-missing-or-unaligned",
      match: { status: ["4.7.40", "5.7.40", "4.7.32", "5.7.32"] },
      reason: "authfailure",
      link: { title: "Google Workspace: Set up DMARC", url: "https://support.google.com/a/answer/2466580" },
      examples: [
        "550-5.7.32 The address in the From: header is not aligned with either the authenticated SPF or DKIM organizational domain. To learn more about DMARC alignment, visit https://support.google.com/a/answer/2466580#dmarc-alignment n5si1234567qkb.7 - gsmtp",
      ],
    },
    // "550-5.7.26 This mail has been blocked because the sender is unauthenticated."
    {
      id: "google/unauthenticated",
      match: {
        any: ["sender is unauthenticated", "message is not authenticated", "neither spf nor dkim", "spf or dkim"],
      },
      reason: "authfailure",
      link: {
        title: "Google: sender guidelines, authentication",
        url: "https://support.google.com/mail/answer/81126#authentication",
      },
      examples: [
        "550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [example.com] with ip: [192.0.2.25] = did not pass. For instructions on setting up authentication, go to https://support.google.com/mail/answer/81126#authentication c6si1234567ejx.33 - gsmtp",
      ],
    },
    // Google's bulk-sender meanings of 5.7.27 (SPF), 5.7.30 (DKIM), 5.7.24 (suspicious SPF).
    {
      id: "google/bulk-spf-dkim",
      match: { status: ["4.7.27", "5.7.27", "4.7.30", "5.7.30", "4.7.24", "5.7.24", "4.7.26", "5.7.26"] },
      reason: "authfailure",
      link: SENDER_GUIDELINES,
      examples: [
        "550-5.7.27 Your email has been blocked because the sender is not authenticated with SPF. Senders sending to Gmail must authenticate with SPF. For more information, go to https://support.google.com/mail/answer/81126 z1si1234567qkb.8 - gsmtp",
        "421-4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate with DKIM. For more information, go to https://support.google.com/mail/answer/81126 p2si123456pfb.5 - gsmtp",
      ],
    },
    // 4.7.29 / 5.7.29: bulk sender without TLS; "421-4.7.0 TLS required for RCPT domain".
    {
      id: "google/tls-required",
      match: { any: ["tls required", "not using tls", "without tls", "requires tls"] },
      reason: "failedstarttls",
      link: SENDER_GUIDELINES,
      examples: [
        "550-5.7.29 Your email has been blocked because the sender is not using TLS. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. For more information, go to https://support.google.com/mail/answer/81126 s4si1234567qtx.6 - gsmtp",
        "421-4.7.0 TLS required for RCPT domain, closing connection. For more information, go to https://support.google.com/a/answer/3726730 w5si123456qkb.4 - gsmtp",
      ],
    },
    // "550-5.7.1 The user or domain that you are sending to (or from) has a policy that prohibits the mail that you sent." (gcdp)
    {
      id: "google/security-issue",
      match: { any: ["potential security issue", "illegal attachment"] },
      reason: "policyviolation",
      actor: "sender",
      summary:
        "Gmail blocked the message because of its content or attachments (for example an executable file or a password-protected archive).",
      advice: ["Remove or replace the attachment; share the file with a link instead.", "Send again."],
      link: { title: "Gmail: message blocked", url: "https://support.google.com/mail/?p=BlockedMessage" },
      examples: [
        "552-5.7.0 This message was blocked because its content presents a potential security issue. Please visit https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines. n9si1234567ejb.60 - gsmtp",
      ],
    },
    {
      id: "google/admin-policy",
      match: { any: ["policy that prohibits", "blockedmessage", " gcdp"] },
      reason: "policyviolation",
      actor: "recipient-admin",
      summary:
        "A Google Workspace administrator's policy (the recipient's, or your own organisation's) blocked this message.",
      advice: [
        "Ask the recipient whether their organisation blocks your domain or this kind of message.",
        "If you are on Google Workspace yourself, ask your administrator about outbound rules.",
      ],
      link: { title: "Gmail: message blocked by policy", url: "https://support.google.com/mail/?p=BlockedMessage" },
      examples: [
        "550-5.7.1 The user or domain that you are sending to (or from) has a policy that prohibits the mail that you sent. Please contact your domain administrator for further details. For more information, go to https://support.google.com/a/answer/172179 b2si123456qkb.1 - gcdp",
      ],
    },
    // "421-4.7.0 IP not in whitelist for RCPT domain, closing connection."
    {
      id: "google/not-in-allowlist",
      match: { any: ["not in whitelist", "not in allowlist"] },
      reason: "policyviolation",
      actor: "recipient-admin",
      link: {
        title: "Google Workspace: allowlists, denylists and approved senders",
        url: "https://support.google.com/a/answer/60752",
      },
      examples: [
        "421-4.7.0 IP not in whitelist for RCPT domain, closing connection. For more information, go to https://support.google.com/a/answer/60752 m2si1234567pgk.9 - gsmtp",
      ],
    },
    // Workspace SMTP relay: "550-5.7.0 Mail relay denied", "550-5.7.1 Invalid credentials for relay".
    {
      id: "google/relay-denied",
      match: { any: ["mail relay denied", "invalid credentials for relay", "relay denied", "sending denied"] },
      reason: "norelaying",
      link: RELAY,
      examples: [
        "550-5.7.1 Invalid credentials for relay [192.0.2.25]. The IP address you've registered in your G Suite SMTP Relay service doesn't match domain of the account this email is being sent from. If you are trying to relay mail from a domain that isn't registered under your G Suite account or has empty envelope-from, you must configure your mail server either to use SMTP AUTH to identify the sending domain or to present one of your domain names in the HELO or EHLO command. For more information, please visit https://support.google.com/a/answer/6140680#invalidcred r5sm123456qkb.20 - gsmtp",
      ],
    },
    // "552-5.7.0 This message was blocked because its content presents a potential security issue."
    // Submission sign-in: "535-5.7.8 Username and Password not accepted", "534-5.7.9 Application-specific password required".
    {
      id: "google/sign-in",
      match: {
        any: [
          "username and password not accepted",
          "application-specific password",
          "please log in with your web browser",
          "authentication required",
        ],
      },
      reason: "securityerror",
      actor: "sender",
      summary: "Gmail did not accept the sign-in of your mail program, so it could not send.",
      advice: [
        "Check the user name and password in your mail program's outgoing server settings.",
        "With two-step verification on, use an app password or sign in through the browser.",
      ],
      link: SMTP_ERRORS,
      examples: [
        "535-5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials d3sm123456ejc.8 - gsmtp",
      ],
    },
    // "554-5.6.0 Message is malformed. Not accepted."
    {
      id: "google/malformed",
      match: { any: ["message is malformed"] },
      reason: "contenterror",
      link: SMTP_ERRORS,
      examples: [
        "554-5.6.0 Mail message is malformed. Not accepted. For more information, go to https://support.google.com/mail/answer/6590 e2si123456qkb.40 - gsmtp",
      ],
    },
  ],
};
