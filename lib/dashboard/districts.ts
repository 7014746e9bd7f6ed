// Districts: the 13 county-level units ranked by an indicator's value at the selected period,
// with growth (published preferred) and share of the city total; the tile map shows the same.
import { shareOfTotal } from "@/lib/derive/shares";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { CITY_CODE } from "@/lib/reference/regions";
import { dec } from "@/lib/derive/decimal";
import { growthIndicatorIn, growthIndicatorOf, seriesOf, type DashContext } from "./context";
import { growthAt, latestAtOrBefore, type Growth } from "./measures";
import type { RegionRow } from "./find-regions";

export type DistrictRow = { region: RegionRow; value: string | null; growth: Growth | null; share: string | null; rank: number | null; unreleased: boolean };
export type DistrictSection = { indicator: PublicIndicator; period: string; cityValue: string | null; rows: DistrictRow[] };

/**
 * Indicators that can be ranked: reported by district, and levels or rates (not growth rates).
 * `inDistricts` says which have a value in a district (read from an index, not the values).
 */
export function rankableIndicators(indicators: readonly PublicIndicator[], inDistricts: (id: number) => boolean): PublicIndicator[] {
  return indicators.filter((i) => !i.retired && i.measureType !== "GROWTH" && inDistricts(i.id));
}

/** Indicators with a value in a district, by the values at hand. */
export function districtsInIndex(ctx: Pick<DashContext, "index">): (id: number) => boolean {
  return (id) => [...ctx.index.regionsOf(id)].some((r) => r !== CITY_CODE);
}

/** The ranked indicator: the one asked for when it can be ranked, else the core total, else the first. */
export function chooseRankIndicator(options: readonly PublicIndicator[], wanted: string | null | undefined, coreTotal: string): PublicIndicator | undefined {
  return options.find((i) => i.code === wanted) ?? options.find((i) => i.code === coreTotal) ?? options[0];
}

/** What the district ranking reads in every area: the ranked indicator, its published growth rate, and the core total (whose city quarters choose the default period). */
export function rankingIndicatorIds(indicators: readonly PublicIndicator[], rankBy: PublicIndicator | undefined, coreTotal: PublicIndicator | undefined): number[] {
  const growth = rankBy ? growthIndicatorIn(indicators, rankBy.id) : undefined;
  return [rankBy?.id, growth?.id, coreTotal?.id].filter((id): id is number => id !== undefined);
}

/** Rank by value, highest first (1 = best for a lower-is-better indicator read the other way round). */
function rankRows(rows: DistrictRow[], higherIsBetter: boolean): DistrictRow[] {
  const valued = rows.filter((r) => r.value !== null);
  valued.sort((a, b) => {
    const d = dec(b.value!).comparedTo(dec(a.value!));
    return (higherIsBetter ? d : -d) || a.region.code.localeCompare(b.region.code);
  });
  valued.forEach((r, i) => (r.rank = i + 1));
  return [...valued, ...rows.filter((r) => r.value === null)];
}

export function buildDistrictSection(ctx: DashContext, regions: readonly RegionRow[], ind: PublicIndicator): DistrictSection | null {
  const districts = regions.filter((r) => r.code !== CITY_CODE);
  const city = latestAtOrBefore(seriesOf(ctx, ind.id, CITY_CODE));
  const anyLatest = districts.map((r) => latestAtOrBefore(seriesOf(ctx, ind.id, r.code))).filter((p) => p !== null);
  const period = city?.period ?? anyLatest.map((p) => p.period).sort().at(-1);
  if (!period) return null;
  const growthInd = growthIndicatorOf(ctx, ind.id);
  const rows = districts.map((region): DistrictRow => {
    const levels = seriesOf(ctx, ind.id, region.code);
    const at = levels.find((p) => p.period === period);
    const official = growthInd ? seriesOf(ctx, growthInd.id, region.code) : [];
    const additive = ind.measureType !== "RATE";
    return {
      region,
      value: at?.value ?? null,
      growth: at ? growthAt(ind, levels, official, period) : null,
      share: additive && city?.period === period ? shareOfTotal(at?.value ?? null, city.value).value : null,
      rank: null,
      unreleased: at?.obs.unreleased ?? false,
    };
  });
  return { indicator: ind, period, cityValue: city?.period === period ? city.value : null, rows: rankRows(rows, ind.higherIsBetter) };
}
