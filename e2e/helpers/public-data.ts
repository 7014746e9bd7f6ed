// What the public may see, read straight from the tables (not through the app's query code),
// so that e2e tests compare pages with an independent computation.
import { testDb } from "./db";

export type VisibleRow = { region: string; period: string; value: string | null; flag: string | null; previous: string | null; previousAt: Date | null };

// `previous`: the newest older vintage whose value or flag differs (a resent equal value is no revision)
const SQL = `
WITH v AS (
  SELECT o.region_code AS region, o.period, o.period_end, o.value AS num, o.value::text AS value, o.flag::text AS flag,
         r.release_at, row_number() OVER w AS rn
  FROM observation o
  JOIN batch b ON b.id = o.batch_id AND b.status = 'APPROVED'
  JOIN release r ON r.id = b.release_id AND r.cancelled_at IS NULL AND r.release_at <= now()
  JOIN indicator i ON i.id = o.indicator_id AND i.code = $1
  WHERE ($2::text IS NULL OR o.region_code = $2) AND ($3::text IS NULL OR o.period = $3)
  WINDOW w AS (PARTITION BY o.region_code, o.period ORDER BY r.release_at DESC, b.id DESC)),
older AS (
  SELECT c.region, c.period, p.value, p.release_at, row_number() OVER (PARTITION BY c.region, c.period ORDER BY p.rn) AS k
  FROM v c JOIN v p ON p.region = c.region AND p.period = c.period AND p.rn > 1
  WHERE c.rn = 1 AND (p.num IS DISTINCT FROM c.num OR p.flag IS DISTINCT FROM c.flag))
SELECT c.region, c.period, c.value, c.flag, d.value AS previous, d.release_at AS "previousAt"
FROM v c LEFT JOIN older d ON d.region = c.region AND d.period = c.period AND d.k = 1
WHERE c.rn = 1 ORDER BY c.region, c.period_end`;

/** The released values of an indicator (newest vintage), optionally for one region or period. */
export async function visibleRows(code: string, opts: { region?: string; period?: string } = {}): Promise<VisibleRow[]> {
  return (await testDb().query<VisibleRow>(SQL, [code, opts.region ?? null, opts.period ?? null])).rows;
}

export const DISTRICTS = ["210102", "210103", "210104", "210105", "210106", "210111", "210112", "210113", "210114", "210115", "210123", "210124", "210181"];
