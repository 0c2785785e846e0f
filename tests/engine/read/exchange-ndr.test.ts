import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBounce, toMessage } from "../../../src/engine/index";
import { htmlToText } from "../../../src/engine/message/html-to-text";
import type { Failure } from "../../../src/engine/types";

const corpus = (name: string) => readFileSync(join(__dirname, "../../fixtures/corpus", name));
const webmail = (name: string) => readFileSync(join(__dirname, "../../fixtures/webmail", name), "utf8");
const raw = (name: string) => readFileSync(join(__dirname, "../../fixtures/raw", name));

/** The fields a person sees, to compare a raw message with its text. */
const essentials = (f: Failure) => [f.recipient, f.status, f.replyCode, f.diagnostic, f.permanent];

describe("exchange-ndr reader: raw messages", () => {
  it("reads Exchange 2007's '#550 5.1.1 ... ##' line under the recipient's address", async () => {
    const result = await readBounce(corpus("lhost-exchange2007-01.eml"));
    expect(result.format).toBe("exchange-ndr");
    expect(result.kind).toBe("bounce");
    expect(result.failures).toHaveLength(1);
    const [f] = result.failures;
    expect(f?.recipient).toBe("mikeneko@example.co.jp");
    expect(f?.status).toBe("5.1.1");
    expect(f?.replyCode).toBe("550");
    expect(f?.diagnostic).toBe("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found");
    expect(f?.reportingMta).toBe("mta4.example.org");
    expect(f?.permanent).toBe(true);
  });

  it("explains an expiry by the remote reply, not by Exchange's own QUEUE.Expired line", async () => {
    const [f] = (await readBounce(corpus("lhost-exchange2007-05.eml"))).failures;
    expect(f?.recipient).toBe("gwang1@student.mlcsyd.nsw.edu.au");
    expect(f?.status).toBe("4.4.1");
    expect(f?.replyCode).toBe("441");
    expect(f?.diagnostic).toMatch(/^441 4\.4\.1 Error encountered while communicating with primary target/);
    expect(f?.remoteMta).toBe("student.mlcsyd.nsw.edu.au");
    expect(f?.reportingMta).toBe("mlc-exchange1.mlcsyd.school");
    expect(f?.permanent).toBe(true);
  });

  it("reads the French and Italian reports (subjects 'Non remis :' and 'Non recapitabile:')", async () => {
    const fr = await readBounce(corpus("lhost-exchange2007-06.eml"));
    expect(fr.format).toBe("exchange-ndr");
    expect(fr.failures.map(essentials)).toEqual([
      ["transports@agglo-saumur.fr", "5.1.1", "550", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", true],
    ]);
    expect(fr.failures[0]?.reportingMta).toBe("SRV124.ville-saumur.fr");
    const it = await readBounce(corpus("lhost-exchange2007-07.eml"));
    expect(it.format).toBe("exchange-ndr");
    expect(it.failures.map(essentials)).toEqual([
      ["kijitora@example.jp", "5.1.1", "550", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", true],
    ]);
  });

  it("reads Office 365's 'Remote Server returned' and the host line of an outside refusal", async () => {
    const [classic] = (await readBounce(corpus("lhost-office365-01.eml"))).failures;
    expect(classic?.recipient).toBe("kijitora@example.com");
    expect(classic?.status).toBe("5.1.10");
    expect(classic?.diagnostic).toBe(
      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    );
    expect(classic?.format).toBe("exchange-ndr");

    // The diagnostic part names the address the DSN part has; the user part's link differs.
    const [outside] = (await readBounce(corpus("lhost-office365-04.eml"))).failures;
    expect(outside?.recipient).toBe("otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp");
    expect(outside?.status).toBe("5.1.351");
    expect(outside?.replyCode).toBe("550");
    expect(outside?.remoteMta).toBe("msmx.au.com");
    expect(outside?.diagnostic).toContain("Remote server returned unknown recipient or mailbox unavailable");
  });

  it("takes the newest attempt of a 'Server at X returned' list when it carries the reason", async () => {
    const [f] = (await readBounce(corpus("lhost-office365-06.eml"))).failures;
    expect(f?.recipient).toBe("neko@libsisimai.org");
    expect(f?.status).toBe("5.4.312");
    expect(f?.diagnostic).toBe("550 5.4.312 Message expired, DNS query failed(InfoNoRecords)");
    expect(f?.permanent).toBe(true);
  });

  it("gives the same failures from the raw message and from its text alone", async () => {
    for (const name of [
      "lhost-exchange2007-01.eml",
      "lhost-exchange2007-05.eml",
      "lhost-exchange2007-06.eml",
      "lhost-exchange2007-07.eml",
      "lhost-office365-01.eml",
      "lhost-office365-04.eml",
      "lhost-office365-06.eml",
    ]) {
      const raw = await readBounce(corpus(name));
      const text = await readBounce((await toMessage(corpus(name))).text);
      expect(text.format, name).toBe("exchange-ndr");
      expect(text.failures.map(essentials), name).toEqual(raw.failures.map(essentials));
    }
  });

  it("reads the HTML version as a webmail shows it", async () => {
    const html = corpus("lhost-exchange2007-05.part1.html").toString("utf8");
    const result = await readBounce(htmlToText(html));
    expect(result.format).toBe("exchange-ndr");
    expect(result.failures.map(essentials)).toEqual(
      (await readBounce(corpus("lhost-exchange2007-05.eml"))).failures.map(essentials),
    );
  });
});

describe("exchange-ndr reader: webmail text", () => {
  it("gives each recipient of one report its own failure", async () => {
    const result = await readBounce(webmail("outlook-classic-two-recipients.txt"));
    expect(result.format).toBe("exchange-ndr");
    expect(result.kind).toBe("bounce");
    expect(result.failures.map(essentials)).toEqual([
      [
        "tom.baker@fabrikam.example",
        "5.1.10",
        "550",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        true,
      ],
      [
        "sales@fabrikam.example",
        "5.2.2",
        "552",
        "552 5.2.2 Mailbox full; the recipient's mailbox is over its storage limit",
        true,
      ],
    ]);
    expect(result.failures[0]?.reportingMta).toBe("DB8PR04MB6523.eurprd04.prod.outlook.com");
  });

  it("reads the '#550 5.1.1 ... ##' form of Exchange 2007", async () => {
    const result = await readBounce(webmail("exchange2007-hash-reply.txt"));
    expect(result.failures.map(essentials)).toEqual([
      ["p.weber@example.at", "5.1.1", "550", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", true],
    ]);
  });

  it("reads '<host> rejected your message to the following email addresses:'", async () => {
    const result = await readBounce(webmail("outlook-consumer-rejected.txt"));
    expect(result.format).toBe("exchange-ndr");
    expect(result.failures.map(essentials)).toEqual([
      [
        "lena@mailbox.example.org",
        "5.7.1",
        "554",
        "554 5.7.1 Service unavailable; Client host [40.92.58.101] blocked using zen.spamhaus.org",
        true,
      ],
    ]);
    expect(result.failures[0]?.remoteMta).toBe("mx1.mailbox.example.org");
  });

  it("reads 'Remote Server at host (ip) returned' and skips the QUEUE.Expired line", async () => {
    const [f] = (await readBounce(webmail("exchange-server-at-expired.txt"))).failures;
    expect(f?.recipient).toBe("j.doe@branch.example.co.uk");
    expect(f?.status).toBe("4.4.0");
    expect(f?.replyCode).toBe("451");
    expect(f?.diagnostic).toMatch(/^451 4\.4\.0 Primary target IP address responded with/);
    expect(f?.remoteMta).toBe("mx.branch.example.co.uk");
    // The report says the server stopped trying: final, whatever the 4.x.x code.
    expect(f?.permanent).toBe(true);
  });

  it("reads 'Server at X returned' lines", async () => {
    const [f] = (await readBounce(webmail("outlook-server-at.txt"))).failures;
    expect(f?.recipient).toBe("info@no-dns.example");
    expect(f?.status).toBe("5.4.312");
    expect(f?.diagnostic).toBe("550 5.4.312 Message expired, DNS query failed(ServerFailure)");
  });

  it("reads a delay notice as a delay", async () => {
    const result = await readBounce(webmail("exchange-delayed.txt"));
    expect(result.kind).toBe("delay");
    expect(result.failures.map(essentials)).toEqual([
      ["r.costa@slowmail.example.pt", "4.7.1", "451", "451 4.7.1 Greylisted, please try again later", false],
    ]);
  });

  it.each([
    ["exchange-de.txt", "j.becker@handwerk.example.de", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"],
    [
      "exchange-de-remoteserver.txt",
      "info@praxis.example.de",
      "5.7.1",
      "550 5.7.1 Requested action not taken: message refused",
    ],
    [
      "exchange-fr.txt",
      "camille.laurent@mairie.example.fr",
      "5.1.10",
      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    ],
    ["exchange-es.txt", "lucia.fernandez@clinica.example.es", "5.2.2", "550 5.2.2 STOREDRV.Deliver: mailbox full."],
    [
      "exchange-nl.txt",
      "sanne@bakkerij.example.nl",
      "5.7.606",
      "550 5.7.606 Access denied, banned sending IP [40.107.0.1]",
    ],
    ["exchange-pt.txt", "ana.sousa@escola.example.pt", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"],
    [
      "exchange-ja.txt",
      "taro.yamada@shoji.example.co.jp",
      "5.1.10",
      "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
    ],
  ])("reads the localized report %s", async (name, recipient, status, diagnostic) => {
    const result = await readBounce(webmail(name));
    expect(result.format).toBe("exchange-ndr");
    expect(result.kind).toBe("bounce");
    expect(result.failures.map(essentials)).toEqual([[recipient, status, "550", diagnostic, true]]);
  });

  it("reads the Italian report's two recipients separately", async () => {
    const result = await readBounce(webmail("exchange-it.txt"));
    expect(result.failures.map((f) => [f.recipient, f.status, f.permanent])).toEqual([
      ["marco.rossi@studio.example.it", "5.1.1", true],
      ["giulia.bianchi@studio.example.it", "5.1.1", true],
    ]);
    expect(result.failures[1]?.diagnostic).toContain("<giulia.bianchi@studio.example.it>: Recipient address rejected");
  });

  it("gives the same failure for the German report as a raw message ('Unzustellbar:') and as text", async () => {
    const fromRaw = await readBounce(raw("exchange-de.eml"));
    expect(fromRaw.format).toBe("exchange-ndr");
    expect(fromRaw.failures.map(essentials)).toEqual(
      (await readBounce(webmail("exchange-de.txt"))).failures.map(essentials),
    );
  });

  it("names the generating server in German", async () => {
    const [f] = (await readBounce(webmail("exchange-de-remoteserver.txt"))).failures;
    expect(f?.reportingMta).toBe("EXSRV01.kanzlei.example.de");
    expect(f?.remoteMta).toBe("mx00.mailhost.example.de");
  });
});
