/**
 * Issue 8, in the page: resilience, in real Chromium and Firefox ESR with the built extension
 * (a private copy of each build, which the update test rewrites).
 *
 * 1. Gmail's and Outlook's markup changed (class names, roles and labels, structure): the
 *    fallback finds the bounce where the unit tests say it should (tests/webmail/resilience.test.ts,
 *    expected-pages.ts) and stays out quietly where nothing is left to go by; the page's own
 *    markup, clicks, keys and navigation are untouched; no error reaches the page.
 * 2. The extension disabled, reloaded and updated under an open mailbox with a badge. What each
 *    browser does (found with these tests):
 *    - Chromium leaves the old content script running, orphaned, and its style sheet in the page;
 *      the script notices that its extension is gone (a liveness check every 500 ms) and takes
 *      its badges away. Chromium puts no new copy into open tabs: the badge comes back, once, when
 *      the page is loaded again (the next real navigation), not on an in-app navigation.
 *    - Firefox ends the content script without running any of its code, so its badges stay in the
 *      page; but it takes the content-script style sheet out, and without it our hosts hide
 *      themselves (src/annotate/visibility.css). Enabled, reloaded or updated, Firefox starts the
 *      new copy in the open tab, which removes the old hosts and badges the bounce once, by itself.
 * Every page: no dialog, no uncaught error, no console error, no Trusted Types violation; the
 * extension makes no network request.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { WebmailSite } from "../../src/webmail/adapter";
import { type ExpectedPage, GMAIL_PAGES, OUTLOOK_PAGES } from "../webmail/expected-pages";
import { inBothBrowsers } from "./webmail/in-both-browsers";
import type { ExtensionControls, MailTab } from "./webmail/mail-browsers";
import type { HostsLeft, PageStillWorks, ProbedBadge } from "./webmail/page-probe";

const BADGE_TIMEOUT_MS = 5_000;
/** Long enough for a badge that should not come to have come: several looks and a reading. */
const QUIET_MS = 300;

const EVERYTHING_WORKS: PageStillWorks = {
  domAsLoaded: true,
  clickReached: true,
  hashchange: true,
  popstate: true,
  hashBack: true,
  addressBack: true,
};

interface ChangedPage {
  site: WebmailSite;
  name: string;
  /** Where the badge must be, read by the probe; only for pages with a bounce. */
  place?: (badge: ProbedBadge, neighbours: { nextId: string | null; parentId: string | null }) => void;
}

const CHANGED_PAGES: ChangedPage[] = [
  {
    site: "gmail",
    name: "changed-classes",
    // Found by its ids: the badge is in the bounce's own message.
    place: (badge) => expect(badge.messageId).toBe("#msg-f:1793300000000000002"),
  },
  { site: "gmail", name: "changed-structure" },
  { site: "outlook", name: "changed-classes", place: (badge) => expect(badge.beforeDocument).toBe(true) },
  {
    site: "outlook",
    name: "changed-roles",
    // Found by its wording: just above the body, which has no role left.
    place: (_badge, neighbours) => expect(neighbours.nextId).toBe("UniqueMessageBody_11"),
  },
  { site: "outlook", name: "changed-structure" },
];

function expectedPage(site: WebmailSite, name: string): ExpectedPage {
  const page = (site === "gmail" ? GMAIL_PAGES : OUTLOOK_PAGES)[name];
  if (page === undefined) throw new Error(`no expectations for ${site}/${name}`);
  return page;
}

/** The failed recipients of each badge the unit tests expect on this page, in order. */
function expectedBadges(site: WebmailSite, name: string): string[][] {
  return expectedPage(site, name)
    .messages.filter((message) => message.looksLikeBounce && message.recipients.length > 0)
    .map((message) => [...message.recipients].sort());
}

inBothBrowsers(
  "Resilience",
  (suiteEnv, browserName) => {
    const isFirefox = browserName === "Firefox ESR";
    const env = () => {
      const { browser } = suiteEnv();
      return { browser, extension: browser.extension as ExtensionControls };
    };
    const open = (url: string): Promise<MailTab> => suiteEnv().open(url);
    /** Notes the tab's Trusted Types violations and closes it; its incidents are checked at the end. */
    const done = (tab: MailTab): Promise<void> => suiteEnv().done(tab);

    /** The page did what it does without us, and no error reached it. */
    const expectPageUnharmed = async (tab: MailTab) => {
      expect(await tab.probe<PageStillWorks>("pageStillWorks()")).toEqual(EVERYTHING_WORKS);
      await tab.bringToFront();
      await tab.probe("recordPageKeys()");
      await tab.press("j");
      expect(await tab.probe<string[]>("pageKeys()")).toEqual(["j"]);
      expect(tab.incidents).toEqual({ dialogs: [], errors: [] });
    };

    describe("pages whose markup changed", () => {
      it.each(CHANGED_PAGES)("$site/$name: as the unit tests say, and the page unharmed", async (page) => {
        const { browser } = env();
        const tab = await open(browser.url(page.site, page.name));
        const expected = expectedBadges(page.site, page.name);
        if (expected.length === 0) {
          // Nothing left to go by: quietly nothing, not even a host.
          expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(0);
          expect(await tab.probe<HostsLeft>("hostsLeft()")).toEqual({ badges: 0, chips: 0, shown: 0, marked: 0 });
        } else {
          await tab.probe(`waitForBadges(${expected.length}, ${BADGE_TIMEOUT_MS})`);
          expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(expected.length);
          const badges = await tab.probe<ProbedBadge[]>("badges()");
          const neighbours = await tab.probe<{ nextId: string | null; parentId: string | null }[]>("badgeNeighbours()");
          expect(badges.map((badge) => badge.cards.map((card) => card.recipient).sort())).toEqual(expected);
          for (const [index, badge] of badges.entries()) {
            expect(badge.ready).toBe(true);
            page.place?.(badge, neighbours[index] ?? { nextId: null, parentId: null });
          }
          expect((await tab.probe<HostsLeft>("hostsLeft()")).shown).toBe(expected.length);
        }
        await expectPageUnharmed(tab);
        // After the page's own navigation, still the same badges, none added.
        expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(expected.length);
        await done(tab);
      });

      it("Gmail moving between changed pages in the app: the badge comes and goes with the bounce, once", async () => {
        const { browser } = env();
        const tab = await open(
          browser.url("gmail", "changed-classes", { with: ["changed-structure", "changed-classes"] }),
        );
        await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
        await tab.probe(`hashTo("#inbox/FMfcgzQZTMchanged")`);
        await tab.probe(`showTemplate("changed-structure")`);
        await tab.probe(`waitForBadges(0, ${BADGE_TIMEOUT_MS})`);
        expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(0);
        await tab.probe(`hashTo("#inbox/FMfcgzQZTMbounce")`);
        await tab.probe(`showTemplate("changed-classes")`);
        await tab.probe(`waitForBadges(1, ${BADGE_TIMEOUT_MS})`);
        expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(1);
        expect(tab.incidents).toEqual({ dialogs: [], errors: [] });
        await done(tab);
      });
    });

    describe("the extension disabled, reloaded and updated under an open mailbox", () => {
      /** A mailbox tab with its badges shown, marked so that a new copy's hosts can be told apart. */
      const mailboxWithBadge = async (url: string, badges: number) => {
        const tab = await open(url);
        await tab.probe(`waitForBadges(${badges}, ${BADGE_TIMEOUT_MS})`);
        await tab.probe("markHosts()");
        return tab;
      };

      // A failed test must not leave the extension off for the next ones.
      afterEach(async () => {
        await env().extension.enable();
      });

      /** Right after the extension went away: no badge seen, and (Chromium) none left in the page. */
      const expectBadgesGone = async (tab: MailTab) => {
        if (isFirefox) {
          // The old script never runs again; its hosts stay, hidden with the style sheet.
          await tab.probe(`waitForNoneShown(${BADGE_TIMEOUT_MS})`);
          expect((await tab.probe<HostsLeft>("hostsLeft()")).shown).toBe(0);
        } else {
          // The orphaned script noticed by itself, without the page changing, and took them all away.
          await tab.probe(`waitForBadges(0, ${BADGE_TIMEOUT_MS})`);
          expect(await tab.probe<HostsLeft>("hostsLeft()")).toEqual({ badges: 0, chips: 0, shown: 0, marked: 0 });
        }
      };

      /**
       * The extension is back: Firefox's new copy takes over in the open tab by itself; Chromium
       * puts none into open tabs, so the page stays without badges until it is loaded again.
       */
      const expectBadgesBack = async (tab: MailTab, badges: number, chips: number) => {
        if (!isFirefox) {
          expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(0);
          await tab.reload();
        }
        await tab.probe(`waitForRenewed(${badges}, ${chips}, ${BADGE_TIMEOUT_MS})`);
        expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(badges);
        expect(await tab.probe<HostsLeft>("hostsLeft()")).toEqual({
          badges,
          chips,
          shown: badges + chips,
          marked: 0,
        });
      };

      it("disabled: the badge goes, the app keeps working without it; enabled: it comes back once", async () => {
        const { browser, extension } = env();
        const url = browser.url("gmail", "single-address-not-found", {
          with: ["conversation-bounce-second", "single-address-not-found"],
        });
        const tab = await mailboxWithBadge(url, 1);

        await extension.disable();
        await expectBadgesGone(tab);
        // While disabled, the app shows another bounce: nothing badges it, nothing breaks.
        await tab.probe(`hashTo("#inbox/FMfcgzQZTMsecond")`);
        await tab.probe(`showTemplate("conversation-bounce-second")`);
        expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(0);
        expect((await tab.probe<HostsLeft>("hostsLeft()")).shown).toBe(0);
        await tab.probe(`hashTo("#inbox/FMfcgzQZTMfirst")`);
        await tab.probe(`showTemplate("single-address-not-found")`);
        expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(0);
        expect(tab.incidents).toEqual({ dialogs: [], errors: [] });

        await extension.enable();
        await expectBadgesBack(tab, 1, 0);
        const [badge] = await tab.probe<ProbedBadge[]>("badges()");
        expect(badge?.cards.map((card) => card.recipient)).toEqual(["maria.lopez@example.org"]);
        expect(tab.incidents).toEqual({ dialogs: [], errors: [] });
        await done(tab);
      });

      it("disabled while Outlook reuses its reading pane for an ordinary message: enabled again, no badge on the wrong message", async () => {
        const { browser, extension } = env();
        const url = browser.url("outlook", "reading-pane-classic-ndr", { with: ["ordinary-550"] });
        const tab = await mailboxWithBadge(url, 1);
        await extension.disable();
        await expectBadgesGone(tab);
        await tab.probe(`reuseOutlookReadingPane("ordinary-550", "/mail/inbox/id/AAQkADExAmPlE0003%3D")`);
        expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(isFirefox ? 1 : 0);
        await extension.enable();
        if (isFirefox) {
          // The new copy removes the hidden host the old one left above the reused body, and adds none.
          await tab.probe(`waitForBadges(0, ${BADGE_TIMEOUT_MS})`);
          expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(0);
          expect(await tab.probe<HostsLeft>("hostsLeft()")).toEqual({ badges: 0, chips: 0, shown: 0, marked: 0 });
        } else {
          expect(await tab.probe(`settle(${QUIET_MS})`)).toBe(0);
        }
        expect(await tab.probe<PageStillWorks>("pageStillWorks()")).toMatchObject({
          clickReached: true,
          addressBack: true,
        });
        expect(tab.incidents).toEqual({ dialogs: [], errors: [] });
        await done(tab);
      });

      it("reloaded (Outlook, badge above the body): the badge goes and comes back once", async () => {
        const { browser, extension } = env();
        const url = browser.url("outlook", "reading-pane-classic-ndr");
        const tab = await mailboxWithBadge(url, 1);

        await extension.reload();
        if (isFirefox) {
          // Reloaded at once: gone and back in one step, so only the outcome can be seen.
          await expectBadgesBack(tab, 1, 0);
        } else {
          await expectBadgesGone(tab);
          await expectBadgesBack(tab, 1, 0);
        }
        const [badge] = await tab.probe<ProbedBadge[]>("badges()");
        expect(badge?.beforeDocument).toBe(true);
        expect(badge?.cards.map((card) => card.recipient)).toEqual(["kim.lee@example.net"]);
        expect(tab.incidents).toEqual({ dialogs: [], errors: [] });
        await done(tab);
      });

      it("updated to a newer version (Gmail with list chips): badge and chips go, the new version's come back once", async () => {
        const { browser, extension } = env();
        const url = browser.url("gmail", "preview-pane");
        const tab = await mailboxWithBadge(url, 1);
        // The chips come with the first look, before the badge's reading.
        expect(await tab.probe<HostsLeft>("hostsLeft()")).toEqual({ badges: 1, chips: 3, shown: 4, marked: 4 });

        const version = `${await extension.version()}.1`;
        await extension.update(version);
        expect(await extension.version()).toBe(version);
        if (!isFirefox) await expectBadgesGone(tab);
        await expectBadgesBack(tab, 1, 3);
        expect(tab.incidents).toEqual({ dialogs: [], errors: [] });
        await done(tab);
      });
    });
  },
  { privateExtensionCopy: true },
);
