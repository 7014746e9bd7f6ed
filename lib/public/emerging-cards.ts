// The home page's emerging-industry cards (Article 19): which of each tag's indicators a card
// lists. Pure, so that the cap is tested without a database.
import type { PublicIndicator } from "./public-indicators";
import type { Named } from "./reference-data";

/**
 * Indicators an emerging industry's card lists, in catalogue order; the rest are counted and
 * linked to the catalogue filtered by the tag. The demo's largest tag has 6; at a province's
 * scale a tag holds hundreds, a card no reader reads and a read of all their values (issue 21).
 */
export const EMERGING_SHOWN = 6;

/** Each tag's card: its first EMERGING_SHOWN indicators in use, in catalogue order, and how many more. */
export function emergingCards(tags: readonly Named[], tagged: readonly PublicIndicator[], size = EMERGING_SHOWN) {
  return tags.map((tag) => {
    const all = tagged.filter((i) => !i.retired && i.emergingCodes.includes(tag.code));
    return { tag, shown: all.slice(0, size), more: Math.max(0, all.length - size) };
  });
}
