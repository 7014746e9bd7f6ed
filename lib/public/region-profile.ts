// A district's profile: for every indicator with district values, the district's value in the
// latest period, its rank among the 13 county-level units and, for additive indicators, its
// share of the city total. Pure.
import { CITY_CODE } from "@/lib/reference/regions";
import { rankUnits } from "./district-ranking";
import type { LatestValues } from "./latest-values";
import type { PublicIndicator } from "./public-indicators";
import type { PublicObservation } from "./visible-observations";

export type ProfileRow = {
  indicator: PublicIndicator;
  period: string;
  observation: PublicObservation | null;
  rank: number | null;
  /** how many units have a value (the "of N" of the rank) */
  ranked: number;
  share: string | null;
};

const ADDITIVE = ["CUMULATIVE", "PERIOD", "STOCK"];

export function regionProfile(
  indicators: readonly PublicIndicator[],
  latest: ReadonlyMap<number, LatestValues>,
  districtCodes: readonly string[],
  region: string,
): ProfileRow[] {
  return indicators.flatMap((indicator) => {
    const l = latest.get(indicator.id);
    if (!l || !districtCodes.some((c) => l.byRegion.has(c))) return [];
    const total = ADDITIVE.includes(indicator.measureType) ? (l.byRegion.get(CITY_CODE)?.value ?? null) : null;
    const ranked = rankUnits(districtCodes.map((code) => ({ code, value: l.byRegion.get(code)?.value ?? null })), total);
    const mine = ranked.find((r) => r.code === region);
    return [{ indicator, period: l.period, observation: l.byRegion.get(region) ?? null, rank: mine?.rank ?? null, ranked: ranked.filter((r) => r.rank !== null).length, share: mine?.share ?? null }];
  });
}
