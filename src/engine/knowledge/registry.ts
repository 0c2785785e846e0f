/**
 * Every knowledge table, listed once. Adding a provider, a blocklist or a server's wording means
 * adding its table file (with examples) and one line here; the classifier needs no change.
 * Order matters within a list only where two tables could claim the same text: earlier wins.
 */
import { barracudaBrbl } from "./blocklists/barracuda";
import { cloudmark } from "./blocklists/cloudmark";
import { proofpointPdr } from "./blocklists/proofpoint";
import { spamcop } from "./blocklists/spamcop";
import { spamhaus } from "./blocklists/spamhaus";
import { trendMicroRbl } from "./blocklists/trend-micro-rbl";
import { uceprotect } from "./blocklists/uceprotect";
import { appleIcloud } from "./providers/apple-icloud";
import { att } from "./providers/att";
import { barracuda } from "./providers/barracuda";
import { broadcomSymantec } from "./providers/broadcom-symantec";
import { cisco } from "./providers/cisco";
import { comcast } from "./providers/comcast";
import { cox } from "./providers/cox";
import { fireeyeTrellix } from "./providers/fireeye-trellix";
import { free } from "./providers/free";
import { gmxWebde } from "./providers/gmx-webde";
import { godaddy } from "./providers/godaddy";
import { google } from "./providers/google";
import { hey } from "./providers/hey";
import { hostpoint } from "./providers/hostpoint";
import { improvmx } from "./providers/improvmx";
import { infomaniak } from "./providers/infomaniak";
import { laposte } from "./providers/laposte";
import { mailru } from "./providers/mailru";
import { microsoft365 } from "./providers/microsoft-365";
import { mimecast } from "./providers/mimecast";
import { orange } from "./providers/orange";
import { outlookCom } from "./providers/outlook-com";
import { proofpoint } from "./providers/proofpoint";
import { protonmail } from "./providers/protonmail";
import { qq } from "./providers/qq";
import { rackspace } from "./providers/rackspace";
import { spectrum } from "./providers/spectrum";
import { tOnline } from "./providers/t-online";
import { titan } from "./providers/titan";
import { trendMicro } from "./providers/trend-micro";
import { yahoo } from "./providers/yahoo";
import { yandex } from "./providers/yandex";
import { zoho } from "./providers/zoho";
import { auKddi } from "./servers/au-kddi";
import { authentication } from "./servers/authentication";
import { exchange } from "./servers/exchange";
import { exim } from "./servers/exim";
import { otherServers } from "./servers/other-servers";
import { phrases } from "./servers/phrases";
import { postfix } from "./servers/postfix";
import { qmail } from "./servers/qmail";
import { sendmail } from "./servers/sendmail";
import type { BlocklistTable, ProviderTable, ServerTable } from "./types";

export interface Registry {
  readonly providers: readonly ProviderTable[];
  readonly blocklists: readonly BlocklistTable[];
  readonly authentication: ServerTable;
  /** Generic servers' wording, then the phrases per reason. */
  readonly servers: readonly ServerTable[];
}

export const REGISTRY: Registry = {
  providers: [
    google,
    outlookCom,
    microsoft365,
    yahoo,
    att,
    appleIcloud,
    comcast,
    mailru,
    yandex,
    gmxWebde,
    orange,
    laposte,
    free,
    qq,
    zoho,
    protonmail,
    hey,
    hostpoint,
    improvmx,
    infomaniak,
    rackspace,
    titan,
    tOnline,
    godaddy,
    cox,
    spectrum,
    proofpoint,
    mimecast,
    barracuda,
    broadcomSymantec,
    trendMicro,
    fireeyeTrellix,
    cisco,
  ],
  blocklists: [spamhaus, spamcop, barracudaBrbl, uceprotect, cloudmark, trendMicroRbl, proofpointPdr],
  authentication,
  servers: [postfix, exim, sendmail, qmail, exchange, otherServers, auKddi, phrases],
};
