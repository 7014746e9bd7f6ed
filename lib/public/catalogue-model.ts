import "server-only";
// The catalogue page's model: the filter from the URL, the matching indicators (grouped by
// chapter when nothing is filtered), the matching retired indicators with released data
// (listed apart, with their retirement date), facet counts, and each indicator's latest period.
// A page at a time (?page=N): a province's catalogue of thousands of indicators is not one
// page, and the latest periods are walked for the page's indicators only (issue 21).
import { CHAPTERS } from "@/lib/reference/articles";
import { filterCatalogue, filterRetired, groupByChapter, isFiltered, isListed, parseCatalogueFilter, type CatalogueFilter } from "./catalogue-filter";
import type { RawSearch } from "./indicator-params";
import { publicPool } from "@/lib/db";
import { publicCached } from "./cache";
import { findLatestVisiblePeriods } from "./latest-visible";
import { pageSlice, requestedPage, type PageSlice } from "./paging";
import type { PublicIndicator } from "./public-indicators";
import { cachedCategories, cachedEmerging, cachedIndicators, type Named, type PublicCategory } from "./reference-data";

export type Facet<T> = { item: T; count: number };
export type CatalogueModel = {
  filter: CatalogueFilter;
  filtered: boolean;
  /** the matching active indicators on this page */
  results: PublicIndicator[];
  /** how many active indicators match, on every page */
  total: number;
  paging: PageSlice;
  /** the matching retired indicators whose data was released (已停用指标), after the active ones: on the last page */
  retired: PublicIndicator[];
  groups: { chapter: string | null; indicators: PublicIndicator[] }[];
  chapters: Facet<(typeof CHAPTERS)[number]>[];
  categories: Facet<PublicCategory>[];
  emerging: Facet<Named>[];
  /** of the indicators this page shows */
  latestPeriod: Map<number, string>;
  /** a growth rate's level measure type (a 累计 level's growth is labelled 前三季度 like it) */
  growthOfType: Map<number, string>;
};

function growthOfTypes(indicators: PublicIndicator[]): Map<number, string> {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return new Map(indicators.filter((i) => i.growthOfId !== null && byId.has(i.growthOfId)).map((i) => [i.id, byId.get(i.growthOfId!)!.measureType]));
}

/** Indicators a page lists (active ones ten times a demo's whole catalogue fit one page). */
export const CATALOGUE_PAGE_SIZE = 100;

/** The newest visible period of these indicators only, once per epoch (an index walk each). */
function latestPeriodsOf(key: string, ids: number[]): Promise<Map<number, string>> {
  return publicCached(`catalogue:latest-periods:${key}`, (epoch) => findLatestVisiblePeriods(publicPool(), epoch.at, ids));
}

export async function loadCatalogue(search: RawSearch): Promise<CatalogueModel> {
  const [indicators, categories, emerging] = await Promise.all([cachedIndicators(), cachedCategories(), cachedEmerging()]);
  // a retired indicator is listed only with released data: the facets count it, so walk for every retired one
  const retiredLatest = await latestPeriodsOf("retired", indicators.filter((i) => i.retired).map((i) => i.id));
  const hasReleasedData = (i: PublicIndicator) => retiredLatest.has(i.id) || !i.retired; // (read through the visibility rule)
  const top = categories.filter((c) => c.level === 1);
  const filter = parseCatalogueFilter(search, { categories: top.map((c) => c.code), emerging: emerging.map((e) => e.code) });
  const listed = indicators.filter((i) => isListed(i, hasReleasedData)); // what the facet counts count
  const filtered = isFiltered(filter);
  const matching = filterCatalogue(indicators, filter);
  // browsing everything, the pages follow the chapters the page groups them by
  const ordered = filtered ? matching : groupByChapter(matching).flatMap((g) => g.indicators);
  const paging = pageSlice(ordered.length, requestedPage(search.page), CATALOGUE_PAGE_SIZE);
  const rows = ordered.slice(paging.offset, paging.offset + paging.size);
  const ids = rows.map((i) => i.id);
  const pageLatest = await latestPeriodsOf(ids.join(","), ids);
  return {
    filter,
    filtered,
    results: rows,
    total: matching.length,
    paging,
    retired: paging.page === paging.pages ? filterRetired(indicators, filter, hasReleasedData) : [],
    groups: groupByChapter(rows),
    chapters: CHAPTERS.map((item) => ({ item, count: listed.filter((i) => i.chapter === item.key).length })),
    categories: top.map((item) => ({ item, count: listed.filter((i) => i.categoryCodes.some((c) => c.startsWith(item.code))).length })),
    emerging: emerging.map((item) => ({ item, count: listed.filter((i) => i.emergingCodes.includes(item.code)).length })),
    latestPeriod: new Map([...pageLatest, ...retiredLatest]),
    growthOfType: growthOfTypes(indicators),
  };
}
