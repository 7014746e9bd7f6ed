import "server-only";
// The latest values of indicators, read once per visibility epoch: each page reads its part
// (readLatest with ids: the home page, the regions index, a district page's page of rows; no
// page reads the whole catalogue's, the db tests do to compare). Two steps, both through the
// visibility rule: the newest visible period of each indicator (an index walk per
// indicator), then the values of those periods only, one filtered read per distinct period.
// Reading every vintage of every key to keep the newest period grew with the whole table
// (issue 21: 9 s and 2.4 GB at 100× the demo); this grows with what the pages show.
import { publicPool } from "@/lib/db";
import type { Queryable } from "@/lib/db/queryable";
import { publicCached } from "./cache";
import { latestByIndicator, type LatestValues } from "./latest-values";
import { findLatestVisiblePeriods } from "./latest-visible";
import { findPublicIndicators, type IndicatorSelection, type PublicIndicator } from "./public-indicators";
import { findVisibleObservations } from "./visible-observations";

/**
 * The latest values of `indicatorIds` (every indicator without it) as public at `asOf`: a page
 * that shows a few indicators (the home page's emerging panel) reads only theirs, so its cost
 * follows the page, not the catalogue (issue 21).
 */
export async function readLatest(q: Queryable, asOf: Date, indicatorIds?: readonly number[]): Promise<Map<number, LatestValues>> {
  const periods = await findLatestVisiblePeriods(q, asOf, indicatorIds);
  const byPeriod = new Map<string, number[]>();
  for (const [id, period] of periods) byPeriod.set(period, [...(byPeriod.get(period) ?? []), id]);
  const reads = [...byPeriod].map(([period, ids]) => findVisibleObservations(q, { indicatorIds: ids, from: period, to: period, asOf }));
  return latestByIndicator((await Promise.all(reads)).flat());
}

/**
 * Part of the catalogue (findPublicIndicators' selection) and its latest
 * values, once per epoch under `key`: a page that shows a few indicators (the home page's
 * emerging panel, the regions index) reads theirs, not the whole catalogue's (issue 21).
 */
export function cachedSelectionLatest(key: string, sel: IndicatorSelection): Promise<{ indicators: PublicIndicator[]; latest: Map<number, LatestValues> }> {
  return publicCached(key, async (epoch) => {
    const indicators = await findPublicIndicators(publicPool(), sel);
    return { indicators, latest: await readLatest(publicPool(), epoch.at, indicators.map((i) => i.id)) };
  });
}
