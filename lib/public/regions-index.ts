import "server-only";
// The districts index (/regions): the city and its 13 county-level units with their latest
// headline figures (core value added, its growth, its share of GDP). Values come from the
// epoch's latest values, read through the visibility rule: a withheld one has no figure.
import { CITY_CODE } from "@/lib/reference/regions";
import { CORE_TOTAL_CODE, GDP_SHARE_CODE } from "./get-core-structure";
import { cachedSelectionLatest } from "./latest-data";
import type { PublicIndicator } from "./public-indicators";
import { cachedRegions, type PublicRegion } from "./reference-data";
import type { PublicObservation } from "./visible-observations";

export type RegionsColumn = { indicator: PublicIndicator; period: string };
export type RegionsRow = { region: PublicRegion; cells: (PublicObservation | null)[] };
export type RegionsIndex = { columns: RegionsColumn[]; city: RegionsRow | null; districts: RegionsRow[]; isDemo: boolean };

export async function loadRegionsIndex(): Promise<RegionsIndex> {
  const [regions, { indicators, latest }] = await Promise.all([
    cachedRegions(),
    // the three columns' indicators and their latest values only, not the whole catalogue's (issue 21)
    cachedSelectionLatest("regions:latest", { codes: [CORE_TOTAL_CODE, GDP_SHARE_CODE], withParts: true }),
  ]);
  const total = indicators.find((i) => i.code === CORE_TOTAL_CODE);
  const growth = total ? indicators.find((i) => i.growthOfId === total.id) : undefined;
  const share = indicators.find((i) => i.code === GDP_SHARE_CODE);
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
