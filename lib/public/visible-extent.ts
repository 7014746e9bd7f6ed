// Where visible values exist, without reading them: which quarters have a value, and which
// indicators have one in a district. The leadership dashboard offers these as its period
// and ranking choices. Both walk indexes and stop at the first visible row of each period or
// indicator, so their cost follows the number of periods and of indicators, not of values
// stored (issue 21; plans asserted in dashboard-reads.db.test.ts). Same rule as every public
// read: releasedBy and withheldHere from visible-observations.ts.
import type { Queryable } from "@/lib/db/queryable";
import { parsePeriodCode } from "@/lib/period";
import { releasedBy, withheldHere } from "./visible-observations";

// (withheldHere is NULL, not false, for a value without a flag: hence IS NOT TRUE)
// every distinct period code, newest first, one probe of observation_period_idx each
// (a "loose index scan": PostgreSQL has no skip scan of its own)
export const VISIBLE_QUARTERS_SQL = `
WITH RECURSIVE p(period) AS (
  (SELECT period FROM observation ORDER BY period DESC LIMIT 1)
  UNION ALL
  SELECT (SELECT o.period FROM observation o WHERE o.period < p.period ORDER BY o.period DESC LIMIT 1)
  FROM p WHERE p.period IS NOT NULL
)
SELECT p.period FROM p
WHERE p.period IS NOT NULL AND p.period LIKE '%Q_' AND EXISTS (
  SELECT 1 FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
  WHERE o.period = p.period AND o.value IS NOT NULL AND ${withheldHere("o")} IS NOT TRUE AND ${releasedBy("$1")})
ORDER BY p.period DESC`;

/** Quarters with a visible value (not withheld) at `asOf` ("infinity": approved, released or not), newest first. */
export async function findVisibleQuarters(q: Queryable, asOf: Date | "infinity"): Promise<string[]> {
  const { rows } = await q.query<{ period: string }>(VISIBLE_QUARTERS_SQL, [asOf]);
  return rows.map((r) => r.period).filter((p) => parsePeriodCode(p)?.freq === "QUARTER");
}

// one probe of observation_indicator_id_region_code_period_idx per indicator
export const DISTRICT_INDICATORS_SQL = `
SELECT i.id FROM indicator i
WHERE EXISTS (
  SELECT 1 FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
  WHERE o.indicator_id = i.id AND o.region_code <> $2 AND ${releasedBy("$1")})
  AND ($3::int[] IS NULL OR i.id = ANY($3))`;

/** Indicators (of `indicatorIds`, or all) with a visible value (withheld ones count) outside `cityCode` at `asOf`. */
export async function findDistrictIndicators(q: Queryable, asOf: Date, cityCode: string, indicatorIds?: readonly number[]): Promise<Set<number>> {
  const { rows } = await q.query<{ id: number }>(DISTRICT_INDICATORS_SQL, [asOf, cityCode, indicatorIds ?? null]);
  return new Set(rows.map((r) => r.id));
}
