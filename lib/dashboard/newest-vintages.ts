import "server-only";
// The dashboard's values: the newest vintage of each key under the public visibility rule of
// lib/public/visible-observations.ts, as of a moment. Released values are read as of the
// visibility epoch; with pre-release access (prerelease-observations.ts, STAFF ONLY) the
// release-time condition is opened ("infinity") and `now` marks the unreleased ones.
// Only the newest vintage: the dashboard never shows what a revision replaced, so it skips the
// public read's passes that find it (issue 21: they were most of the selected area's read).
import type { Queryable } from "@/lib/db/queryable";
import { trimDecimal, visibleVintagesSql, type VisibleKey } from "@/lib/public/visible-observations";
import type { DashObs } from "./observations";

const PARAMS = { asOf: "$4::timestamptz", indicatorIds: "$1", regionCodes: "$2", from: "$5::date", to: "$6::date" };
const newestOf = (v: string) => `
WITH v AS (${v})
SELECT indicator_id, region_code, period, to_char(period_end, 'YYYY-MM-DD') AS period_end, value::text AS value, flag,
       is_demo, batch_id, release_id, release_at, release_at > $3 AS unreleased
FROM v WHERE rn = 1
ORDER BY indicator_id, region_code, period`;
const SQL = newestOf(visibleVintagesSql(PARAMS));
// exact keys ($7–$9: indicator, region, period), read from their own rows (a release's keys)
const KEYS_SQL = newestOf(
  visibleVintagesSql(
    { ...PARAMS, keys: { indicatorIds: "$7", regionCodes: "$8", periods: "$9" } },
    { source: "(SELECT * FROM observation WHERE (indicator_id, region_code, period) IN (SELECT * FROM unnest($7::int[], $8::text[], $9::text[])))" },
  ),
);

type Row = {
  indicator_id: number;
  region_code: string;
  period: string;
  period_end: string;
  value: string | null;
  flag: DashObs["flag"];
  is_demo: boolean;
  batch_id: number;
  release_id: number;
  release_at: Date;
  unreleased: boolean;
};

/** from/to (YYYY-MM-DD) bound the period ends read; `keys`: only these exact keys. */
export type VintageFilter = {
  indicatorIds?: readonly number[];
  regionCodes?: readonly string[];
  from?: string;
  to?: string;
  keys?: readonly VisibleKey[];
};

/**
 * The newest vintage of each key visible at `asOf` ("infinity": every approved one); values
 * released after `now` are marked unreleased. `sources` keeps the batch and release of each
 * (the audit trail of a pre-release view needs them; released values carry none).
 */
export async function findNewestVintages(q: Queryable, f: VintageFilter & { asOf: Date | "infinity"; now: Date; sources: boolean }): Promise<DashObs[]> {
  if (f.keys && f.keys.length === 0) return [];
  const params = [f.indicatorIds?.length ? f.indicatorIds : null, f.regionCodes?.length ? f.regionCodes : null, f.now, f.asOf, f.from ?? null, f.to ?? null];
  const { rows } = await q.query<Row>(
    f.keys ? KEYS_SQL : SQL,
    f.keys ? [...params, f.keys.map((k) => k.indicatorId), f.keys.map((k) => k.regionCode), f.keys.map((k) => k.period)] : params,
  );
  return rows.map((r) => ({
    indicatorId: r.indicator_id,
    regionCode: r.region_code,
    period: r.period,
    periodEnd: r.period_end,
    value: trimDecimal(r.value),
    flag: r.flag,
    isDemo: r.is_demo,
    releasedAt: r.release_at,
    previous: null,
    unreleased: r.unreleased,
    batchId: f.sources ? r.batch_id : null,
    releaseId: f.sources ? r.release_id : null,
  }));
}

/** The SQL, for its plan test ($1 indicator ids, $2 region codes, $3 now, $4 as of, $5–$6 period ends from, to). */
export const NEWEST_VINTAGES_SQL = SQL;
/** The same of exact keys ($7–$9: indicator ids, region codes, periods). */
export const NEWEST_VINTAGES_OF_KEYS_SQL = KEYS_SQL;
