import "server-only";
// The home page's model: the latest core-industry figures and structure, the Article 19
// emerging-industry panel, and the latest and next releases — each cached per epoch.
import { publicPool } from "@/lib/db";
import { findReleaseCalendarPage, type PublicRelease } from "@/lib/releases/public-releases";
import { CITY_CODE } from "@/lib/reference/regions";
import { catalogueCached, publicCached } from "./cache";
import { getCoreStructure, type CoreStructure } from "./get-core-structure";
import { emergingCards } from "./emerging-cards";
import { readLatest } from "./latest-data";
import { findPublicIndicators, type PublicIndicator } from "./public-indicators";
import { cachedEmerging, cachedReleaseContents, type Named } from "./reference-data";
import type { PublicObservation } from "./visible-observations";

export type EmergingItem = { indicator: PublicIndicator; period: string | null; city: PublicObservation | null };
/** `more`: how many more of the tag's indicators the catalogue lists (?emerging=code) */
export type EmergingPanel = { tag: Named; items: EmergingItem[]; more: number }[];

export type HomeModel = { core: CoreStructure | null; emerging: EmergingPanel; latestRelease: PublicRelease | null; nextRelease: PublicRelease | null };

async function emergingPanel(): Promise<EmergingPanel> {
  const [tags, tagged] = await Promise.all([
    cachedEmerging(),
    // only the tagged indicators (catalogue data, kept until a staff change)
    catalogueCached("home:emerging-indicators", () => findPublicIndicators(publicPool(), { emerging: true })),
  ]);
  const cards = emergingCards(tags, tagged);
  // and the latest values of the listed ones only
  const ids = [...new Set(cards.flatMap((c) => c.shown.map((i) => i.id)))].sort((a, b) => a - b);
  const latest = await publicCached(`home:emerging-latest:${ids.join(",")}`, (epoch) => readLatest(publicPool(), epoch.at, ids));
  return cards.map(({ tag, shown, more }) => ({
    tag,
    more,
    items: shown.map((indicator) => {
      const l = latest.get(indicator.id);
      return { indicator, period: l?.period ?? null, city: l?.byRegion.get(CITY_CODE) ?? null };
    }),
  }));
}

/** The latest core-industry figures and structure (the home page's and the industries index's). */
export function cachedCore(): Promise<CoreStructure | null> {
  return publicCached("home:core", (epoch) => getCoreStructure(publicPool(), epoch.at));
}

export async function loadHome(): Promise<HomeModel> {
  const [core, emerging, releases] = await Promise.all([
    cachedCore(),
    emergingPanel(),
    // the calendar's first page (upcoming, then the newest past ones), not every release ever made
    publicCached("page:releases:1", (epoch) => findReleaseCalendarPage(publicPool(), epoch.at, 1, cachedReleaseContents)),
  ]);
  return {
    core,
    emerging,
    latestRelease: releases.past[0] ?? null, // newest first
    nextRelease: releases.upcoming[0] ?? null, // nearest first
  };
}
