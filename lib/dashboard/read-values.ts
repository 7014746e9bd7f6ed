import "server-only";
// The values the dashboard shows, read for what is on the screen rather than the whole table
// (issue 21: reading every released value took the page from 5.6 s to 29 s at 10× the data):
//  - the selected area's values (KPI cards, core industries, emerging industries, chapters,
//    alerts and targets are all about that one area);
//  - the ranked indicator (and its published growth rate and the core total, whose city
//    quarters choose the default period) in every area, for the district ranking;
//  - which quarters and which district indicators exist, from index walks (visible-extent.ts).
// Released values are cached per visibility epoch; the pre-release read (staff only) is not.
import { pool } from "@/lib/db";
import { publicCached } from "@/lib/public/cache";
import { findDistrictIndicators, findVisibleQuarters } from "@/lib/public/visible-extent";
import { CITY_CODE } from "@/lib/reference/regions";
import { findNewestVintages } from "./newest-vintages";
import type { DashObs } from "./observations";
import { findApprovedObservations } from "./prerelease-observations";

export function releasedQuarters(): Promise<string[]> {
  return publicCached("dashboard:quarters", (e) => findVisibleQuarters(pool(), e.at));
}

export function districtIndicators(): Promise<Set<number>> {
  return publicCached("dashboard:district-indicators", (e) => findDistrictIndicators(pool(), e.at, CITY_CODE));
}

/** Released values as of the epoch: the newest vintage of each key, as the public sees it. */
function released(asOf: Date, f: { indicatorIds?: number[]; regionCodes?: string[] }): Promise<DashObs[]> {
  return findNewestVintages(pool(), { ...f, asOf, now: asOf, sources: false });
}

/** Every value of one area: released ones (cached per epoch), or with pre-release access all approved ones as of `now`. */
export function areaValues(region: string, prerelease: boolean, now: Date): Promise<readonly DashObs[]> {
  if (prerelease) return findApprovedObservations(pool(), { regionCodes: [region], now });
  return publicCached(`dashboard:area:${region}`, (e) => released(e.at, { regionCodes: [region] }));
}

/** Every value of a few indicators in every area. */
export function indicatorValues(ids: readonly number[], prerelease: boolean, now: Date): Promise<readonly DashObs[]> {
  const indicatorIds = [...new Set(ids)].sort((a, b) => a - b);
  if (!indicatorIds.length) return Promise.resolve([]);
  if (prerelease) return findApprovedObservations(pool(), { indicatorIds, now });
  return publicCached(`dashboard:indicators:${indicatorIds.join(",")}`, (e) => released(e.at, { indicatorIds }));
}
