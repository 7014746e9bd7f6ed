import "server-only";
// The values the dashboard shows, read for what is on the screen rather than the whole table
// (issue 21: reading every released value took the page from 5.6 s to 29 s at 10× the data):
//  - the selected area's values (KPI cards, core industries, emerging industries, chapters,
//    alerts and targets are all about that one area), most indicators only for their last two
//    years before the selected quarter (area-window.ts);
//  - the ranked indicator (and its published growth rate and the core total, whose city
//    quarters choose the default period) in every area, for the district ranking;
//  - which quarters and which district indicators exist, from index walks (visible-extent.ts).
// Released values are cached per visibility epoch; the pre-release read (staff only) is not.
import { pool } from "@/lib/db";
import { publicCached } from "@/lib/public/cache";
import { perIndicatorCached } from "@/lib/public/per-indicator-cache";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { findDistrictIndicators, findVisibleQuarters } from "@/lib/public/visible-extent";
import { CITY_CODE } from "@/lib/reference/regions";
import { areaWindow, combineAreaReads, staleIds, wholeSeriesIds } from "./area-window";
import { findNewestVintages, type VintageFilter } from "./newest-vintages";
import type { DashObs } from "./observations";
import { findApprovedObservations } from "./prerelease-observations";
import type { TargetRow } from "./target-view";

/** The quarters on offer: released ones (cached per epoch), or with pre-release access every approved one. */
export function offeredQuarters(prerelease: boolean): Promise<string[]> {
  if (prerelease) return findVisibleQuarters(pool(), "infinity");
  return publicCached("dashboard:quarters", (e) => findVisibleQuarters(pool(), e.at));
}

/** Kept across release times: after a release, only the indicators it covers are probed again (lib/public/per-indicator-cache.ts). */
export function districtIndicators(): Promise<Set<number>> {
  return publicCached("dashboard:district-indicators", async (e) => {
    const probe = async (ids: number[] | null) => new Map([...(await findDistrictIndicators(pool(), e.at, CITY_CODE, ids ?? undefined))].map((id) => [id, true]));
    return new Set((await perIndicatorCached("dashboard:district-indicators", e.at, probe, { q: pool() })).keys());
  });
}

/** Released values as of the epoch: the newest vintage of each key, as the public sees it. */
function released(asOf: Date, f: VintageFilter): Promise<DashObs[]> {
  return findNewestVintages(pool(), { ...f, asOf, now: asOf, sources: false });
}

export type AreaRead = {
  region: string;
  /** YYYY-MM-DD: the selected quarter's end */
  upTo: string;
  indicators: readonly PublicIndicator[];
  targets: readonly TargetRow[];
};

/**
 * The selected area's values up to the selected quarter: whole series for what the page draws,
 * two years for the rest, whole again for those without a value in the last year (area-window.ts).
 * Released ones are cached per epoch; with pre-release access all approved ones as of `now`.
 */
export function areaValues(a: AreaRead, prerelease: boolean, now: Date): Promise<readonly DashObs[]> {
  const whole = wholeSeriesIds(a.indicators, a.targets, a.region);
  if (prerelease) return readArea(a, whole, (f) => findApprovedObservations(pool(), { ...f, regionCodes: [a.region], now }));
  return publicCached(`dashboard:area:${a.region}:${a.upTo}:${whole.join(",")}`, (e) => readArea(a, whole, (f) => released(e.at, { ...f, regionCodes: [a.region] })));
}

async function readArea(a: AreaRead, whole: readonly number[], read: (f: VintageFilter) => Promise<DashObs[]>): Promise<DashObs[]> {
  const w = areaWindow(a.upTo);
  const [wholeRead, windowRead] = await Promise.all([whole.length ? read({ indicatorIds: whole, to: w.to }) : [], read({ from: w.from, to: w.to })]);
  const stale = staleIds(a.indicators, windowRead, whole, w);
  // an empty id list would read every indicator: no stale one, no read
  const staleRead = stale.length ? await read({ indicatorIds: stale, to: w.to }) : [];
  return combineAreaReads({ whole: wholeRead, window: windowRead, stale: staleRead }, whole, stale);
}

/** Every value of a few indicators in every area. */
export function indicatorValues(ids: readonly number[], prerelease: boolean, now: Date): Promise<readonly DashObs[]> {
  const indicatorIds = [...new Set(ids)].sort((a, b) => a - b);
  if (!indicatorIds.length) return Promise.resolve([]);
  if (prerelease) return findApprovedObservations(pool(), { indicatorIds, now });
  return publicCached(`dashboard:indicators:${indicatorIds.join(",")}`, (e) => released(e.at, { indicatorIds }));
}
