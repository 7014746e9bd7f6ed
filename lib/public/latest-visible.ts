// Each indicator's newest visible period, and its release time, by one backward index walk
// per indicator through the rule of visible-observations.ts (`releasedBy`): what the home page,
// the catalogue and the sitemap show, at a cost that follows the indicators they list, not the
// periods and vintages stored (issue 21).
import type { Queryable } from "@/lib/db/queryable";
import { releasedBy, VISIBLE_FROM } from "./visible-observations";

/**
 * The newest period each indicator has a visible value for at `asOf` (withheld ones count: the
 * public sees them as 不公开). One backward walk of observation_indicator_period_end_idx per
 * indicator that stops at its first visible row, so the cost follows the catalogue, not the
 * number of periods and vintages stored (db test: latest-periods.db.test.ts). With
 * `indicatorIds`, only theirs: a page that shows a few indicators walks only for those.
 */
export async function findLatestVisiblePeriods(q: Queryable, asOf: Date, indicatorIds?: readonly number[]): Promise<Map<number, string>> {
  if (indicatorIds?.length === 0) return new Map(); // (no list would mean every indicator)
  const { rows } = await q.query<{ indicator_id: number; period: string }>(LATEST_PERIODS_SQL, [asOf, indicatorIds ? [...indicatorIds] : null]);
  return new Map(rows.map((r) => [r.indicator_id, r.period]));
}

// one backward walk per indicator (of $2, or every one) to its newest visible row `l`;
// `also`: more conditions on the indicator `i` and that row
const latestWalk = (cols: string, also = "") => `
SELECT i.id AS indicator_id, ${cols}
FROM indicator i
CROSS JOIN LATERAL (
  SELECT o.period, o.period_end, o.region_code FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
  WHERE o.indicator_id = i.id AND ${releasedBy("$1")}
  ORDER BY o.period_end DESC, o.period DESC LIMIT 1
) l
WHERE ($2::int[] IS NULL OR i.id = ANY($2))${also}`;

export const LATEST_PERIODS_SQL = latestWalk("l.period");

export type LatestRelease = { period: string; releasedAt: Date };

/**
 * The newest visible period of each indicator (as findLatestVisiblePeriods) and the newest
 * release time of its values in that period (the sitemap's lastmod): the same index walk, then
 * one bounded look at that period's rows through the rule, without reading the values (a
 * withheld value's release time is public: its 不公开 mark is shown from then on).
 */
export async function findLatestVisibleReleases(q: Queryable, asOf: Date, indicatorIds?: readonly number[]): Promise<Map<number, LatestRelease>> {
  if (indicatorIds?.length === 0) return new Map();
  const { rows } = await q.query<{ indicator_id: number; period: string; released_at: Date }>(LATEST_RELEASES_SQL, [asOf, indicatorIds ? [...indicatorIds] : null]);
  return new Map(rows.map((r) => [r.indicator_id, { period: r.period, releasedAt: r.released_at }]));
}

export const LATEST_RELEASES_SQL = `
SELECT l.indicator_id, l.period, m.released_at
FROM (${latestWalk("l.period, l.period_end")}) l
CROSS JOIN LATERAL (
  SELECT max(r.release_at) AS released_at FROM ${VISIBLE_FROM}
  WHERE o.indicator_id = l.indicator_id AND o.period_end = l.period_end AND o.period = l.period AND ${releasedBy("$1")}
) m`;

/**
 * The codes of the current (not retired) indicators whose newest visible period has a visible
 * value in one of `regionCodes`, withheld ones included (shown as 不公开), in catalogue order:
 * the rows of a district page, which shows each one's latest period. The same walk per
 * indicator, then one bounded look at that period's rows, without reading any value: the
 * values are read for one page of these only (region-model.ts). As id → code; of `indicatorIds`
 * only, when given (a patch after a release).
 */
export async function findIndicatorsWithLatestIn(q: Queryable, asOf: Date, regionCodes: readonly string[], indicatorIds?: readonly number[]): Promise<Map<number, string>> {
  if (indicatorIds?.length === 0) return new Map();
  const { rows } = await q.query<{ indicator_id: number; code: string }>(LATEST_IN_REGIONS_SQL, [asOf, indicatorIds ? [...indicatorIds] : null, [...regionCodes]]);
  return new Map(rows.map((r) => [r.indicator_id, r.code]));
}

// The row the walk stops at is in one of the regions for most indicators (13 of the 14 rows of
// a period are districts'): the look at the period's other rows is only for the rest.
export const LATEST_IN_REGIONS_SQL = `${latestWalk(
  "i.code",
  `
  AND i.retired_at IS NULL
  AND (l.region_code = ANY($3) OR EXISTS (
    SELECT 1 FROM ${VISIBLE_FROM}
    WHERE o.indicator_id = i.id AND o.period_end = l.period_end AND o.period = l.period
      AND o.region_code = ANY($3) AND ${releasedBy("$1")}))`,
)}
ORDER BY i.sort_order, i.code`;
