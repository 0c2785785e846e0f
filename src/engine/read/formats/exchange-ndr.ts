/**
 * The classic non-delivery report of Microsoft Exchange (2007 to 2019) and Microsoft 365 /
 * Outlook.com, in any language Exchange writes it:
 *
 *   Delivery has failed to these recipients or groups:          (or "<host> rejected your message
 *   bob@example.com<mailto:bob@example.com>                       to the following email addresses:")
 *   The email address you entered couldn't be found. ...
 *   Diagnostic information for administrators:
 *   Generating server: EX01.example.com
 *   bob@example.com
 *   Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
 *   Original message headers:
 *
 * The per-recipient lines of the diagnostic part stay English in every language ("Remote Server
 * returned", "#550 5.1.1 ... ##"), and keep their shape when a webmail shows the HTML version, so
 * the reader leans on them; the localized headings only tell where the parts begin and end.
 */
import { findEnhancedStatus } from "../../smtp/codes";
import { quotedReply } from "../quoted-reply";
import type { FormatReader, ReadContext, RecipientReport } from "../reader";
import { isAddress, normalizeAddress } from "../text-tools";

/** First line of the user part (how the report opens), per language. */
const OPENINGS = [
  "Delivery has failed to these recipients or groups",
  "Delivery has failed to these recipients or distribution lists",
  "rejected your message to the following email addresses",
  "rejected your message to the following e-mail addresses",
  "Delivery is delayed to these recipients or groups",
  "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen",
  "Die Zustellung an folgende Empfänger oder Verteilerlisten ist fehlgeschlagen",
  "Échec de la remise pour ces destinataires ou groupes",
  "La remise à ces destinataires ou groupes a échoué",
  "Error en la entrega a estos destinatarios o grupos",
  "Recapito non riuscito a questi destinatari o gruppi",
  "Il recapito non è riuscito per i seguenti destinatari o gruppi",
  "Bezorging is mislukt voor deze ontvangers of groepen",
  "Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen",
  "Falha na entrega para estes destinatários ou grupos",
  "Falha na entrega a estes destinatários ou grupos",
  "次の受信者またはグループへの配信に失敗しました",
  "Leveransen misslyckades till följande mottagare eller grupper",
];

/** Heading of the part for administrators, where each recipient has its own reply. */
const DIAGNOSTIC_HEADINGS = [
  "Diagnostic information for administrators",
  "Diagnoseinformationen für Administratoren",
  "Informations de diagnostic pour les administrateurs",
  "Información de diagnóstico para administradores",
  "Informazioni di diagnostica per gli amministratori",
  "Diagnostische gegevens voor beheerders",
  "Informações de diagnóstico para administradores",
  "管理者向けの診断情報",
  "管理者用の診断情報",
  "Diagnostisk information för administratörer",
];

/** Where the returned message's headers begin: the end of what the reader needs. */
const ORIGINAL_HEADERS = [
  "Original message headers",
  "Original Message Headers",
  "Ursprüngliche Nachrichtenkopfzeilen",
  "En-têtes de message d'origine",
  "Encabezados del mensaje original",
  "Intestazioni originali del messaggio",
  "Oorspronkelijke berichtkoppen",
  "Cabeçalhos originais da mensagem",
  "元のメッセージ ヘッダー",
  "Ursprungshuvuden",
];

const GENERATING_SERVER =
  /^(?:Generating server|Generierender Server|Serveur de g[ée]n[ée]ration|Servidor de generaci[óo]n|Server di generazione|Bronserver|Servidor de origem|生成サーバー|Genererande server)\s{0,3}[:：]\s{0,3}(\S{1,255})/i;

const RECEIVING_SERVER =
  /^(?:Receiving server|Empfangender Server|Serveur de r[ée]ception|Servidor receptor|Server di ricezione|Ontvangende server|Servidor de recebimento|受信サーバー|Mottagande server)\s{0,3}[:：]\s{0,3}(\S{1,255})/i;

/** Wording that tells the report is a delay notice, not a failure. */
const DELAY_WORDS = [
  "Delivery is delayed",
  "hasn't been delivered yet",
  "has not been delivered yet",
  "will continue to be attempted",
  "verzögert",
  "retardée",
  "retrasada",
  "ritardat",
  "vertraagd",
  "atrasad",
  "遅延",
];

/** A header line of the returned message, for reports whose end heading is in no known language. */
const HEADER_LINE =
  /^(?:Received|Return-Path|DKIM-Signature|Message-ID|MIME-Version|Content-Type|Authentication-Results|ARC-Seal|X-MS-Exchange-[A-Za-z-]{1,60}|Thread-Topic|Thread-Index):\s/i;

/** "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##" and the older "#< #5.1.1 smtp;550 ...> #SMTP#". */
const HASH_REPLY = /^#\s?(?:<\s?#?)?([245](?:\d\d[\s-]|\.\d{1,3}\.\d{1,3}).*)$/;

/** "3/09/2016 8:05:56 PM - Remote Server at mx.example.com (192.0.2.1) returned '...'" */
const SERVER_AT = /\bServer at ([A-Za-z0-9.:[\]_-]{1,255})/i;

export const exchangeNdr: FormatReader = {
  id: "exchange-ndr",
  name: "Microsoft Exchange / Microsoft 365 NDR",
  matches({ message }) {
    const opening = message.text.slice(0, 1500);
    if (OPENINGS.some((o) => opening.includes(o))) return true;
    const head = message.text.slice(0, 8000);
    // Every heading has "iagnos" (Diagnostic, Diagnose, diagnóstico, ...) or 診断: one scan first.
    if (!head.includes("iagnos") && !head.includes("診断")) return false;
    return DIAGNOSTIC_HEADINGS.some((h) => head.includes(h));
  },
  read(context): RecipientReport[] {
    const { lines } = context;
    const end = findEnd(lines);
    const diagnosticStart = lines.findIndex((l, i) => i < end && DIAGNOSTIC_HEADINGS.some((h) => l.includes(h)));
    const part = readRecipients(lines, diagnosticStart + 1, end, false);
    const withReplies = part.entries.filter((e) => e.replies.length > 0);
    const entries =
      withReplies.length > 0
        ? withReplies
        : part.entries.length > 0
          ? part.entries
          : readRecipients(lines, 0, diagnosticStart === -1 ? end : diagnosticStart, true).entries;
    const delayed = isDelayNotice(context);
    const permanent = delayed ? false : context.dsn !== null && context.dsn.recipients.length > 0 ? undefined : true;
    return entries.map((entry) => {
      const chosen = chooseReply(entry.replies);
      const report: RecipientReport = {
        recipient: entry.recipient,
        diagnostic: chosen?.reply ?? (context.dsn === null ? entry.explanation : ""),
        reportingMta: part.generatingServer ?? undefined,
        remoteMta: chosen?.host ?? entry.host ?? part.receivingServer ?? undefined,
      };
      if (permanent !== undefined) report.permanent = permanent;
      // The DSN part's Status repeats the newest attempt; a reply chosen over it brings its own.
      if (chosen !== null && chosen !== entry.replies[0]) report.status = findEnhancedStatus(chosen.reply);
      return report;
    });
  },
};

interface Reply {
  reply: string;
  host: string | null;
}

interface Entry {
  recipient: string;
  replies: Reply[];
  /** A host name on its own line under the address: the server that refused. */
  host: string | null;
  /** The user part's sentence under the address, used when the report has no reply. */
  explanation: string;
}

interface Part {
  entries: Entry[];
  generatingServer: string | null;
  receivingServer: string | null;
}

/** Index of the line where the returned message begins, or the number of lines. */
function findEnd(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (ORIGINAL_HEADERS.some((h) => line.startsWith(h))) return i;
  }
  return lines.length;
}

/**
 * Reads address lines and the reply lines under each. In the user part (`userPart`), addresses
 * also come as "Name<mailto:address>", followed by a sentence for people instead of a reply.
 */
function readRecipients(lines: readonly string[], from: number, to: number, userPart: boolean): Part {
  const part: Part = { entries: [], generatingServer: null, receivingServer: null };
  const byAddress = new Map<string, Entry>();
  let current: Entry | null = null;
  for (let i = from; i < to; i++) {
    const line = (lines[i] as string).replace(/\s+/g, " ").trim();
    if (line === "") continue;
    if (byAddress.size > 0 && HEADER_LINE.test(line)) break;
    const generating = GENERATING_SERVER.exec(line);
    if (generating !== null) {
      part.generatingServer ??= generating[1] as string;
      continue;
    }
    const receiving = RECEIVING_SERVER.exec(line);
    if (receiving !== null) {
      part.receivingServer ??= receiving[1] as string;
      continue;
    }
    const address = recipientOnLine(line, userPart);
    if (address !== null) {
      const key = address.toLowerCase();
      current = byAddress.get(key) ?? null;
      if (current === null) {
        current = { recipient: address, replies: [], host: null, explanation: "" };
        byAddress.set(key, current);
        part.entries.push(current);
      }
      continue;
    }
    if (current === null) continue;
    const reply = replyOnLine(line);
    if (reply !== null) current.replies.push(reply);
    else if (current.replies.length === 0 && current.host === null && isHostName(line)) current.host = line;
    else if (current.explanation === "") current.explanation = line;
  }
  return part;
}

/** The address a line consists of: "bob@example.com", "bob@example.com (bob@example.com)<mailto:...>". */
function recipientOnLine(line: string, userPart: boolean): string | null {
  const mailto = /<mailto:([^<>\s]{3,320})>/i.exec(line);
  const bare = line
    .replace(/<mailto:[^<>]{0,320}>/gi, "")
    .replace(/\([^()]{0,320}\)/g, "")
    .trim();
  if (isAddress(bare)) return normalizeAddress(bare);
  // "Bob Smith<mailto:bob@example.com>": the user part names people, the link has the address.
  if (userPart && mailto !== null && bare.length <= 120 && !/[.!?:]$/.test(bare)) {
    return normalizeAddress(mailto[1] as string);
  }
  return null;
}

function replyOnLine(line: string): Reply | null {
  const quoted = quotedReply(line);
  if (quoted !== null) return { reply: quoted, host: SERVER_AT.exec(line)?.[1] ?? null };
  const hashed = HASH_REPLY.exec(line);
  if (hashed !== null) {
    let text = hashed[1] as string;
    const smtpMark = text.toUpperCase().lastIndexOf("#SMTP#");
    if (smtpMark !== -1) text = text.slice(0, smtpMark).trimEnd().replace(/>$/, "");
    const closing = text.indexOf("##");
    if (closing !== -1) text = text.slice(0, closing);
    return { reply: text.trim(), host: null };
  }
  if (/^[245]\d\d[\s-][245]\.\d{1,3}\.\d{1,3}(?!\d)/.test(line)) return { reply: line, host: null };
  return null;
}

function isHostName(line: string): boolean {
  return /^[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10}$/.test(line);
}

/**
 * The reply that explains the failure. Exchange lists the attempts newest first; when the newest
 * only says the queue gave up ("QUEUE.Expired"), an earlier attempt carries the remote reason.
 */
function chooseReply(replies: readonly Reply[]): Reply | null {
  return replies.find((r) => !r.reply.includes("QUEUE.Expired")) ?? replies[0] ?? null;
}

function isDelayNotice({ message }: ReadContext): boolean {
  const opening = message.text.slice(0, 1500);
  return DELAY_WORDS.some((w) => opening.includes(w));
}
