import "server-only";
// The districts index (/regions): the city and its 13 county-level units with their latest
// headline figures (core value added, its growth, its share of GDP). Values come from the
// epoch's latest values, read through the visibility rule: a withheld one has no figure.
import { CITY_CODE } from "@/lib/reference/regions";
import { CORE_TOTAL_CODE } from "./get-core-structure";
import { publicPool } from "@/lib/db";
import { publicCached } from "./cache";
import { readLatest } from "./latest-data";
import type { LatestValues } from "./latest-values";
import { findPublicIndicators, type PublicIndicator } from "./public-indicators";
import { cachedRegions, type PublicRegion } from "./reference-data";
import type { PublicObservation } from "./visible-observations";

export type RegionsColumn = { indicator: PublicIndicator; period: string };
export type RegionsRow = { region: PublicRegion; cells: (PublicObservation | null)[] };
export type RegionsIndex = { columns: RegionsColumn[]; city: RegionsRow | null; districts: RegionsRow[]; isDemo: boolean };

const SHARE_OF_GDP = "DE003";

// the three columns' indicators and their latest values only, not the whole catalogue's (issue 21)
function headlineLatest(): Promise<{ indicators: PublicIndicator[]; latest: Map<number, LatestValues> }> {
  return publicCached("regions:latest", async (epoch) => {
    const indicators = await findPublicIndicators(publicPool(), { codes: [CORE_TOTAL_CODE, SHARE_OF_GDP], withParts: true });
    return { indicators, latest: await readLatest(publicPool(), epoch.at, indicators.map((i) => i.id)) };
  });
}

export async function loadRegionsIndex(): Promise<RegionsIndex> {
  const [regions, { indicators, latest }] = await Promise.all([cachedRegions(), headlineLatest()]);
  const total = indicators.find((i) => i.code === CORE_TOTAL_CODE);
  const growth = total ? indicators.find((i) => i.growthOfId === total.id) : undefined;
  const share = indicators.find((i) => i.code === SHARE_OF_GDP);
  const columns = [total, growth, share]
    .filter((i): i is PublicIndicator => !!i && latest.has(i.id))
    .map((indicator) => ({ indicator, period: latest.get(indicator.id)!.period }));
  const row = (region: PublicRegion): RegionsRow => ({ region, cells: columns.map((c) => latest.get(c.indicator.id)?.byRegion.get(region.code) ?? null) });
  const rows = regions.map(row);
  return {
    columns,
    city: rows.find((r) => r.region.code === CITY_CODE) ?? null,
    districts: rows.filter((r) => r.region.code !== CITY_CODE),
    isDemo: rows.some((r) => r.cells.some((c) => c?.isDemo)),
  };
}
