// For each indicator: its latest period with a released value and when its values last
// changed. Read through the visibility rule like every public figure, and summed up in the
// database: the list answer covers the whole catalogue, and shipping every visible value to
// the server to keep two figures per indicator held gigabytes at 100× the data (issue 21).
import type { Queryable } from "@/lib/db/queryable";
import { visibleQueryParams, visibleVintagesSql, type VisibleParams } from "@/lib/public/visible-observations";

export type IndicatorLatest = { latestPeriod: string | null; lastReleasedAt: Date | null };

const PARAMS: VisibleParams = { asOf: "$1", indicatorIds: "$2", regionCodes: "$3", from: "$4", to: "$5" };

// the newest visible vintage of each key (rn = 1); a withheld one counts for "last changed" (its
// 不公开 mark is news) but not as a period with a value. One frequency per indicator, so the
// period end orders its periods.
const LATEST_BY_INDICATOR_SQL = `
WITH v AS (${visibleVintagesSql(PARAMS)})
SELECT indicator_id,
       (array_agg(period ORDER BY period_end DESC, period DESC) FILTER (WHERE value IS NOT NULL AND flag IS DISTINCT FROM 'CONFIDENTIAL'))[1] AS latest_period,
       max(release_at) AS last_released_at
FROM v WHERE rn = 1
GROUP BY indicator_id`;

export async function findLatestByIndicator(q: Queryable, at: Date, indicatorIds?: number[]): Promise<Map<number, IndicatorLatest>> {
  const { rows } = await q.query<{ indicator_id: number; latest_period: string | null; last_released_at: Date }>(LATEST_BY_INDICATOR_SQL, visibleQueryParams({ asOf: at, indicatorIds }));
  return new Map(rows.map((r) => [r.indicator_id, { latestPeriod: r.latest_period, lastReleasedAt: r.last_released_at }]));
}
