import "server-only";
// The catalogue page's model: the filter from the URL, the matching indicators (grouped by
// chapter when nothing is filtered), the matching retired indicators with released data
// (listed apart, with their retirement date), facet counts, and each indicator's latest period.
import { CHAPTERS } from "@/lib/reference/articles";
import { filterCatalogue, filterRetired, groupByChapter, isFiltered, isListed, parseCatalogueFilter, type CatalogueFilter } from "./catalogue-filter";
import type { RawSearch } from "./indicator-params";
import { cachedLatestPeriods } from "./latest-data";
import type { PublicIndicator } from "./public-indicators";
import { cachedCategories, cachedEmerging, cachedIndicators, type Named, type PublicCategory } from "./reference-data";

export type Facet<T> = { item: T; count: number };
export type CatalogueModel = {
  filter: CatalogueFilter;
  filtered: boolean;
  /** the matching active indicators */
  results: PublicIndicator[];
  /** the matching retired indicators whose data was released (已停用指标), after the active ones */
  retired: PublicIndicator[];
  groups: { chapter: string | null; indicators: PublicIndicator[] }[];
  chapters: Facet<(typeof CHAPTERS)[number]>[];
  categories: Facet<PublicCategory>[];
  emerging: Facet<Named>[];
  latestPeriod: Map<number, string>;
  /** a growth rate's level measure type (a 累计 level's growth is labelled 前三季度 like it) */
  growthOfType: Map<number, string>;
};

function growthOfTypes(indicators: PublicIndicator[]): Map<number, string> {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return new Map(indicators.filter((i) => i.growthOfId !== null && byId.has(i.growthOfId)).map((i) => [i.id, byId.get(i.growthOfId!)!.measureType]));
}

export async function loadCatalogue(search: RawSearch): Promise<CatalogueModel> {
  const [indicators, categories, emerging, latest] = await Promise.all([cachedIndicators(), cachedCategories(), cachedEmerging(), cachedLatestPeriods()]);
  const hasReleasedData = (i: PublicIndicator) => latest.has(i.id); // the periods are read through the visibility rule
  const top = categories.filter((c) => c.level === 1);
  const filter = parseCatalogueFilter(search, { categories: top.map((c) => c.code), emerging: emerging.map((e) => e.code) });
  const listed = indicators.filter((i) => isListed(i, hasReleasedData)); // what the facet counts count
  const results = filterCatalogue(indicators, filter);
  return {
    filter,
    filtered: isFiltered(filter),
    results,
    retired: filterRetired(indicators, filter, hasReleasedData),
    groups: groupByChapter(results),
    chapters: CHAPTERS.map((item) => ({ item, count: listed.filter((i) => i.chapter === item.key).length })),
    categories: top.map((item) => ({ item, count: listed.filter((i) => i.categoryCodes.some((c) => c.startsWith(item.code))).length })),
    emerging: emerging.map((item) => ({ item, count: listed.filter((i) => i.emergingCodes.includes(item.code)).length })),
    latestPeriod: latest,
    growthOfType: growthOfTypes(indicators),
  };
}
