/**
 * Every format reader, in the order they are tried. Specific servers and services come first
 * (their `matches` looks for their own markers); the generic readers close the list. The first
 * reader whose `matches` holds and whose `read` finds recipients wins.
 *
 * Adding a format: write `formats/<id>.ts` with its fixture and test, and list it here.
 */
import { amazonSes } from "./formats/amazon-ses";
import { amazonSesNotification } from "./formats/amazon-ses-notification";
import { apacheJames } from "./formats/apache-james";
import { biglobe } from "./formats/biglobe";
import { bulletedRecipients } from "./formats/bulleted-recipients";
import { courier } from "./formats/courier";
import { deliveryErrorsList } from "./formats/delivery-errors-list";
import { diagnosticLine } from "./formats/diagnostic-line";
import { domino } from "./formats/domino";
import { dragonfly } from "./formats/dragonfly";
import { dsnInText } from "./formats/dsn-in-text";
import { exchangeNdr } from "./formats/exchange-ndr";
import { exchange2003 } from "./formats/exchange2003";
import { exim } from "./formats/exim";
import { ezweb } from "./formats/ezweb";
import { failedRecipientProse } from "./formats/failed-recipient-prose";
import { fml } from "./formats/fml";
import { genericText } from "./formats/generic-text";
import { gmailCard } from "./formats/gmail-card";
import { gmailLegacy } from "./formats/gmail-legacy";
import { gmx } from "./formats/gmx";
import { googleGroups } from "./formats/google-groups";
import { imail } from "./formats/imail";
import { interscan } from "./formats/interscan";
import { kddi } from "./formats/kddi";
import { lotusNotes } from "./formats/lotus-notes";
import { mFilter } from "./formats/m-filter";
import { mailMarshal } from "./formats/mailmarshal";
import { messagelabs } from "./formats/messagelabs";
import { messagingServer } from "./formats/messaging-server";
import { microsoft365Ndr } from "./formats/microsoft365-ndr";
import { mimecast } from "./formats/mimecast";
import { opensmtpd } from "./formats/opensmtpd";
import { postfix } from "./formats/postfix";
import { qmail } from "./formats/qmail";
import { qmailStyle } from "./formats/qmail-style";
import { rfc3464 } from "./formats/rfc3464";
import { sendmail } from "./formats/sendmail";
import { sendmailV5 } from "./formats/sendmail-v5";
import { troubleDelivering } from "./formats/trouble-delivering";
import { verizonMms } from "./formats/verizon-mms";
import { yahoo } from "./formats/yahoo";
import { zoho } from "./formats/zoho";
import type { FormatReader } from "./reader";

/** Readers of one mail server's, service's or webmail's own bounce layout. */
const SPECIFIC_READERS: readonly FormatReader[] = [
  // section: webmail and Microsoft / Google layouts
  exchangeNdr,
  microsoft365Ndr,
  exchange2003,
  gmailCard,
  gmailLegacy,
  googleGroups,
  // section: mail servers
  // mail servers: sendmail family
  sendmail,
  sendmailV5,
  // mail servers: postfix, exim, qmail, courier, opensmtpd, dragonfly
  postfix,
  exim,
  qmail,
  courier,
  opensmtpd,
  dragonfly,
  // section: providers and services
  // appliances, gateways and sending services
  amazonSes,
  amazonSesNotification,
  messagingServer,
  domino,
  lotusNotes,
  imail,
  apacheJames,
  verizonMms,
  fml,
  mFilter,
  interscan,
  mimecast,
  mailMarshal,
  deliveryErrorsList,
  qmailStyle,
  bulletedRecipients,
  troubleDelivering,
  // mailbox providers
  yahoo,
  gmx,
  zoho,
  ezweb,
  kddi,
  biglobe,
  messagelabs,
];

/** Readers of no particular sender, tried last. */
const GENERIC_READERS: readonly FormatReader[] = [
  rfc3464,
  dsnInText,
  failedRecipientProse,
  genericText,
  diagnosticLine,
];

export const READERS: readonly FormatReader[] = [...SPECIFIC_READERS, ...GENERIC_READERS];
