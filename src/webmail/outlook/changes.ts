/**
 * Which of Outlook's changes can alter what the adapter reads (see ../changes.ts). Messages are
 * read only inside the reading regions, and there everything but the places that are never a
 * message (the message list, the folder pane, a reply being written) is read: the bodies, the
 * headings, every text that may hold a sender's address or a bounce's wording.
 */
import type { ChangeImpact, PageMutations } from "../adapter";
import { type ChangeMemory, type ChangeRules, changeImpactOf, rememberedVerdict } from "../changes";
import { closestOf, holdsAny } from "../select";
import { OUTLOOK_SELECTORS as S } from "./selectors";

/** The message list's rows: the texts in them (times, previews) are remembered as mattering to nothing. */
const LIST_ROW: readonly string[] = ['[role="option"]'];

/** Parts a place that is never a message must not be in: a body or heading reads all text inside it. */
const READ_WHOLE: readonly string[] = [...S.body, ...S.subject];

function rules(memory: ChangeMemory | undefined): ChangeRules {
  /** Per place that is never a message: whether changes inside it may still matter (remembered across looks in `memory`). */
  const placeMatters = new Map<Element, boolean>();
  return {
    // Any text in a region may be read; one outside every region is not.
    textMatters: S.readingRegion,
    touchesMessages(element) {
      if (closestOf(element, S.readingRegion) === null) return false;
      const place = closestOf(element, S.notAMessage);
      if (place === null) return true;
      let matters = placeMatters.get(place);
      if (matters === undefined) {
        // Such a place is left out of a region's reading, unless a region lies inside it, or it
        // lies inside a body or heading, whose whole text is read.
        const of = place;
        matters = rememberedVerdict(
          memory,
          of,
          () => holdsAny(of, S.readingRegion) || closestOf(of, READ_WHOLE) !== null,
        );
        placeMatters.set(place, matters);
      }
      return matters;
    },
    carriesMessages: (element) => holdsAny(element, S.readingRegion),
    rows: null,
    stableUnder: LIST_ROW,
  };
}

/**
 * The attributes the adapter reads: roles, ids and data attributes of the selectors, and the
 * `title` and `href` that carry a subject or an address.
 */
export const OUTLOOK_READ_ATTRIBUTES: readonly string[] = [
  "role",
  "id",
  "data-app-section",
  "contenteditable",
  "title",
  "href",
];

export function outlookChangeImpact(
  changes: PageMutations,
  isOwn: (node: Node) => boolean,
  memory?: ChangeMemory,
): ChangeImpact {
  return changeImpactOf(changes, isOwn, rules(memory), memory);
}
