import "server-only";
// A district page: the district's latest value of every indicator with district data, its
// rank among the 13 county-level units and its share of the city.
import type { RankedBarData } from "@/lib/charts/options/ranked-bar";
import { CITY_CODE } from "@/lib/reference/regions";
import { displayGrowth, labelStyle, localName, periodText } from "./display";
import { cachedLatest } from "./latest-data";
import { cachedIndicators, cachedRegions, type PublicRegion } from "./reference-data";
import { regionProfile, type ProfileRow } from "./region-profile";

export type RegionRow = ProfileRow & { periodLabel: string };
export type RegionModel = { region: PublicRegion; districts: PublicRegion[]; rows: RegionRow[]; chart: RankedBarData | null; isDemo: boolean };

const short = (s: string, n = 12) => (s.length > n ? `${s.slice(0, n)}…` : s);

export async function loadRegion(code: string, locale: string, chartTitle: string): Promise<RegionModel | null> {
  const [regions, indicators, latest] = await Promise.all([cachedRegions(), cachedIndicators(), cachedLatest()]);
  const districts = regions.filter((r) => r.code !== CITY_CODE);
  const region = districts.find((r) => r.code === code);
  if (!region) return null;
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const rows = regionProfile(indicators.filter((i) => !i.retired), latest, districts.map((d) => d.code), code).map((r) => {
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
  return { region, districts, rows, chart, isDemo: rows.some((r) => r.observation?.isDemo) };
}
