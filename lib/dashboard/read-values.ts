import "server-only";
// The values the dashboard shows, read for what is on the screen rather than the whole table
// (issue 21: reading every released value took the page from 5.6 s to 29 s at 10× the data):
//  - the selected area's values (KPI cards, core industries, emerging industries, chapters,
//    alerts and targets are all about that one area), most indicators only for their last two
//    years before the selected quarter (area-window.ts);
//  - the ranked indicator (and its published growth rate and the core total, whose city
//    quarters choose the default period) in every area, for the district ranking;
//  - which quarters and which district indicators exist, from index walks (visible-extent.ts).
// Released values are cached per visibility epoch, the area's kept across release times too;
// the pre-release read (staff only) is not.
import { pool } from "@/lib/db";
import { publicCached } from "@/lib/public/cache";
import type { Queryable } from "@/lib/db/queryable";
import { keysReleasedBetween, perIndicatorCached } from "@/lib/public/per-indicator-cache";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { findDistrictIndicators, findVisibleQuarters } from "@/lib/public/visible-extent";
import { CITY_CODE } from "@/lib/reference/regions";
import { areaWindow, combineAreaReads, staleIds, wholeSeriesIds } from "./area-window";
import { growthIndicatorIn, indicatorById } from "./context";
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
function released(asOf: Date, f: VintageFilter, q: Queryable = pool()): Promise<DashObs[]> {
  return findNewestVintages(q, { ...f, asOf, now: asOf, sources: false });
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
 * Released ones are kept per indicator across release times and patched with what a release
 * carries (lib/public/per-indicator-cache.ts: at 100× reading the area again after every release
 * took 0.6 s); with pre-release access all approved ones as of `now`, read each time.
 */
export function areaValues(a: AreaRead, prerelease: boolean, now: Date): Promise<ReadonlyMap<number, readonly DashObs[]>> {
  const whole = wholeSeriesIds(a.indicators, a.targets, a.region);
  if (prerelease) return readAreaByIndicator(a, whole, null, (f) => findApprovedObservations(pool(), { ...f, regionCodes: [a.region], now }));
  const key = `dashboard:area:${a.region}:${a.upTo}:${whole.join(",")}`;
  // by indicator, as kept: an unchanged indicator's list is the same array after a release, and
  // what is derived from it is reused (observations.ts)
  return publicCached(key, (e) => keptArea(key, a, whole, e.at, pool()));
}

/** The released area as of `at`, kept under `key` across release times and patched with the keys each release carries. */
export function keptArea(key: string, a: AreaRead, whole: readonly number[], at: Date, q: Queryable): Promise<ReadonlyMap<number, readonly DashObs[]>> {
  const read = (f: VintageFilter) => released(at, { ...f, regionCodes: [a.region] }, q);
  return perIndicatorCached(key, at, (ids) => readAreaByIndicator(a, whole, ids, read), {
    affected: (changed) => readTogether(a.indicators, changed),
    readChanged: (changed, kept, since) => patchArea(a, whole, { changed, kept, since, at, q }, read),
    q,
  });
}

/**
 * The changed indicators' lists from the kept ones: only the keys the releases since carried
 * are read again (through the visibility rule, from their own rows) and put in place of their
 * old vintages; each list then keeps what readAreaByIndicator would read (its window, or its
 * whole series: area-window.ts), and one that now needs its whole series but held its window
 * only is read whole. At 100× the data re-reading the window of a release's 900 indicators
 * took 0.1 s of the dashboard's first view after it; their released keys in the area, 900.
 */
async function patchArea(
  a: AreaRead,
  whole: readonly number[],
  p: { changed: readonly number[]; kept: ReadonlyMap<number, readonly DashObs[]>; since: Date; at: Date; q: Queryable },
  read: (f: VintageFilter) => Promise<DashObs[]>,
): Promise<Map<number, DashObs[]>> {
  const w = areaWindow(a.upTo);
  const keys = await keysReleasedBetween(p.q, p.since, p.at, { indicatorIds: p.changed, regionCode: a.region, upTo: a.upTo });
  const fresh = byIndicatorOf(await read({ keys }));
  const merged = new Map<number, readonly DashObs[]>();
  for (const id of p.changed) {
    const old = p.kept.get(id) ?? [];
    const news = fresh.get(id);
    if (!news) merged.set(id, old);
    else {
      const replaced = new Set(news.map((o) => o.period)); // one area: a period names the key
      merged.set(id, [...old.filter((o) => !replaced.has(o.period)), ...news]);
    }
  }
  // which of them the split read takes whole (area-window.ts's rule, on the merged lists: the
  // changed ones hold each level with its growth rate, so the rule needs no other list)
  const asked = new Set(p.changed);
  const stale = new Set(staleIds(a.indicators.filter((i) => asked.has(i.id)), [...merged.values()].flat(), whole, w));
  const out = new Map<number, DashObs[]>();
  const readWhole: number[] = [];
  for (const id of p.changed) {
    const list = merged.get(id)!;
    if (whole.includes(id) || stale.has(id)) {
      // a whole series read before holds something older than the window (or nothing is older)
      if (p.kept.get(id)?.some((o) => o.periodEnd < w.from)) out.set(id, list === p.kept.get(id) ? (list as DashObs[]) : [...list]);
      else readWhole.push(id);
    } else {
      const inWindow = list.filter((o) => o.periodEnd >= w.from);
      if (inWindow.length) out.set(id, inWindow.length === list.length && list === p.kept.get(id) ? (list as DashObs[]) : inWindow);
    }
  }
  if (readWhole.length) {
    const again = await readAreaByIndicator(a, whole, readTogether(a.indicators, readWhole), read);
    for (const id of readWhole) {
      const list = again.get(id);
      if (list) out.set(id, list);
      else out.delete(id);
    }
  }
  return out;
}

/**
 * The area's values by indicator, of every indicator (`only` null) or of those in `only`, which
 * must hold each level with its published growth rate (readTogether): whether a growth rate is
 * read whole depends on its level's values.
 */
export async function readAreaByIndicator(a: AreaRead, whole: readonly number[], only: readonly number[] | null, read: (f: VintageFilter) => Promise<DashObs[]>): Promise<Map<number, DashObs[]>> {
  const w = areaWindow(a.upTo);
  const asked = only && new Set(only);
  const wholeIds = asked ? whole.filter((id) => asked.has(id)) : whole;
  const indicators = asked ? a.indicators.filter((i) => asked.has(i.id)) : a.indicators;
  const [wholeRead, windowRead] = await Promise.all([
    wholeIds.length ? read({ indicatorIds: wholeIds, to: w.to }) : [],
    // an empty id list would read every indicator
    asked && !asked.size ? [] : read({ from: w.from, to: w.to, ...(only ? { indicatorIds: only } : {}) }),
  ]);
  const stale = staleIds(indicators, windowRead, whole, w);
  const staleRead = stale.length ? await read({ indicatorIds: stale, to: w.to }) : [];
  return byIndicatorOf(combineAreaReads({ whole: wholeRead, window: windowRead, stale: staleRead }, whole, stale));
}

function byIndicatorOf(values: readonly DashObs[]): Map<number, DashObs[]> {
  const out = new Map<number, DashObs[]>();
  for (const o of values) {
    const list = out.get(o.indicatorId);
    if (list) list.push(o);
    else out.set(o.indicatorId, [o]);
  }
  return out;
}

/** The indicators to read again with those a release changed: each level with its published growth rate (staleIds reads one by the other). */
export function readTogether(indicators: readonly PublicIndicator[], changed: readonly number[]): number[] {
  const ids = new Set(changed);
  for (const id of changed) {
    const g = growthIndicatorIn(indicators, id);
    if (g) ids.add(g.id);
    const level = indicatorById(indicators, id)?.growthOfId;
    if (level != null && growthIndicatorIn(indicators, level)?.id === id) ids.add(level);
  }
  return [...ids].sort((x, y) => x - y);
}

/** Every value of a few indicators in every area. */
export function indicatorValues(ids: readonly number[], prerelease: boolean, now: Date): Promise<readonly DashObs[]> {
  const indicatorIds = [...new Set(ids)].sort((a, b) => a - b);
  if (!indicatorIds.length) return Promise.resolve([]);
  if (prerelease) return findApprovedObservations(pool(), { indicatorIds, now });
  return publicCached(`dashboard:indicators:${indicatorIds.join(",")}`, (e) => released(e.at, { indicatorIds }));
}
