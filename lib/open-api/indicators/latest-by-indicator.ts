// For each indicator: its latest period with a released value and when its values last
// changed, read through the visibility rule like every public figure. Two short index walks per
// indicator, so the list answer costs what it lists (the catalogue), not the table: summing up
// every visible value took 1.3 s at 10× the data, and shipping them to the server held
// gigabytes at 100× (issue 21).
import type { Queryable } from "@/lib/db/queryable";
import { releasedBy, WITHHELD_SQL } from "@/lib/public/visible-observations";

export type IndicatorLatest = { latestPeriod: string | null; lastReleasedAt: Date | null };

// Newest period first (observation_indicator_period_end_idx), the first row that is the newest
// visible vintage of its key and shows a value: not withheld (不公开 is no value) and not missing.
// Releases newest first (release_release_at_idx), the first that released a value of it: the
// newest visible vintage of any key is the one released last, so this is when its values last
// changed, a withheld one too (its 不公开 mark is news).
const LATEST_BY_INDICATOR_SQL = `
SELECT i.id AS indicator_id, p.period AS latest_period, t.release_at AS last_released_at
FROM indicator i
LEFT JOIN LATERAL (
  SELECT o.period FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
  WHERE o.indicator_id = i.id AND ${releasedBy("$1")} AND o.value IS NOT NULL AND ${WITHHELD_SQL} IS NOT TRUE
    AND NOT EXISTS (
      SELECT 1 FROM observation n JOIN batch nb ON nb.id = n.batch_id JOIN release nr ON nr.id = nb.release_id
      WHERE n.indicator_id = o.indicator_id AND n.region_code = o.region_code AND n.period = o.period
        AND nb.status = 'APPROVED' AND nr.cancelled_at IS NULL AND nr.release_at <= $1
        AND (nr.release_at, nb.id) > (r.release_at, b.id))
  ORDER BY o.period_end DESC, o.period DESC LIMIT 1
) p ON true
LEFT JOIN LATERAL (
  SELECT r.release_at FROM release r
  WHERE r.cancelled_at IS NULL AND r.release_at <= $1
    AND EXISTS (SELECT 1 FROM batch b JOIN observation o ON o.batch_id = b.id WHERE b.release_id = r.id AND b.status = 'APPROVED' AND o.indicator_id = i.id)
  ORDER BY r.release_at DESC LIMIT 1
) t ON true
WHERE ($2::int[] IS NULL OR i.id = ANY($2)) AND t.release_at IS NOT NULL`;

export async function findLatestByIndicator(q: Queryable, at: Date, indicatorIds?: number[]): Promise<Map<number, IndicatorLatest>> {
  if (indicatorIds?.length === 0) return new Map();
  const { rows } = await q.query<{ indicator_id: number; latest_period: string | null; last_released_at: Date }>(LATEST_BY_INDICATOR_SQL, [at, indicatorIds ?? null]);
  return new Map(rows.map((r) => [r.indicator_id, { latestPeriod: r.latest_period, lastReleasedAt: r.last_released_at }]));
}
