import "server-only";
// A district page: the district's latest value of each indicator with district data, its
// rank among the 13 county-level units and its share of the city, a page of rows at a time.
// Which indicators have district data is one short walk per indicator, without values; the
// values (every unit's, for the rank and share) are read for the page's indicators only, so
// the page's cost follows what it shows, not the catalogue (issue 21).
import type { RankedBarData } from "@/lib/charts/options/ranked-bar";
import { publicPool } from "@/lib/db";
import { CITY_CODE } from "@/lib/reference/regions";
import { publicCached } from "./cache";
import { displayGrowth, labelStyle, localName, periodText } from "./display";
import { readLatest } from "./latest-data";
import { findIndicatorsWithLatestIn } from "./latest-visible";
import { perIndicatorCached } from "./per-indicator-cache";
import { pageSlice, type PageSlice } from "./paging";
import { findPublicIndicators, type PublicIndicator } from "./public-indicators";
import { cachedIndicators, cachedRegions, type PublicRegion } from "./reference-data";
import { regionProfile, type ProfileRow } from "./region-profile";

/** Rows a page: the demo catalogue's district page (56 rows) stays one page. */
export const REGION_PAGE_SIZE = 60;

export type RegionRow = ProfileRow & { periodLabel: string };
export type RegionModel = { region: PublicRegion; districts: PublicRegion[]; rows: RegionRow[]; chart: RankedBarData | null; isDemo: boolean; paging: PageSlice };

const short = (s: string, n = 12) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * The codes of the indicators a district page lists, in catalogue order; the same for all 13.
 * Kept across release times: after a release only the indicators it covers are walked again
 * (per-indicator-cache.ts; walking all 5,700 took 0.3 s of the first request at 100×).
 */
function cachedDistrictRows(districtCodes: readonly string[]): Promise<string[]> {
  return publicCached("public:district-rows", async (epoch) => {
    const [listed, catalogue] = await Promise.all([
      perIndicatorCached(`public:district-rows:${districtCodes.join(",")}`, epoch.at, (ids) => findIndicatorsWithLatestIn(publicPool(), epoch.at, districtCodes, ids ?? undefined)),
      cachedIndicators(),
    ]);
    return catalogue.flatMap((i) => (listed.has(i.id) ? [i.code] : []));
  });
}

/** One page of those indicators, the levels their growth rates refer to, and their latest values (all regions). */
function cachedDistrictPage(codes: readonly string[]) {
  // keyed by the codes themselves: a page number means other codes once the list changes
  return publicCached(`public:district-page:${codes.join(",")}`, async (epoch) => {
    const indicators = await findPublicIndicators(publicPool(), { codes });
    const missing = indicators.flatMap((i) => (i.growthOfId !== null && !indicators.some((x) => x.id === i.growthOfId) ? [i.growthOfId] : []));
    const [levels, latest] = await Promise.all([
      missing.length ? findPublicIndicators(publicPool(), { ids: missing }) : Promise.resolve([] as PublicIndicator[]),
      readLatest(publicPool(), epoch.at, indicators.map((i) => i.id)),
    ]);
    return { indicators, levels, latest };
  });
}

export async function loadRegion(code: string, locale: string, chartTitle: string, page = 1, size = REGION_PAGE_SIZE): Promise<RegionModel | null> {
  const regions = await cachedRegions();
  const districts = regions.filter((r) => r.code !== CITY_CODE);
  const region = districts.find((r) => r.code === code);
  if (!region) return null;
  const districtCodes = districts.map((d) => d.code);
  const listed = await cachedDistrictRows(districtCodes);
  const paging = pageSlice(listed.length, page, size);
  const { indicators, levels, latest } = await cachedDistrictPage(listed.slice(paging.offset, paging.offset + size));
  const byId = new Map([...indicators, ...levels].map((i) => [i.id, i]));
  const rows = regionProfile(indicators, latest, districtCodes, code).map((r) => {
    const growthOf = r.indicator.growthOfId === null ? undefined : byId.get(r.indicator.growthOfId)?.measureType;
    return { ...r, periodLabel: periodText(r.period, locale, labelStyle(r.indicator.measureType, "level", growthOf)) };
  });
  const shares = rows.filter((r) => r.share !== null).sort((a, b) => Number(b.share) - Number(a.share)); // order of bars only
  const chart = shares.length
    ? {
        title: chartTitle,
        unit: "%",
        bars: shares.map((r) => ({ label: short(localName(r.indicator, locale)), value: Number(r.share), display: displayGrowth(r.share, "percent", r.indicator, locale) })),
      }
    : null;
  return { region, districts, rows, chart, isDemo: rows.some((r) => r.observation?.isDemo), paging };
}
