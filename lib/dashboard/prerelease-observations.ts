import "server-only";
// STAFF ONLY: never import this from public code. It applies the visibility rule of
// lib/public/visible-observations.ts (approved batch, release not cancelled, newest vintage
// per key) WITHOUT the release-time condition, so approved-but-unreleased values are
// included and marked. The dashboard calls it only when the admin setting
// `prerelease.leaders` is on, and logs every view that shows such a value.
import type { Queryable } from "@/lib/db/queryable";
import { trimDecimal, visibleVintagesSql } from "@/lib/public/visible-observations";
import type { DashObs } from "./observations";

// The public rule with the release-time condition opened ("infinity"): approved, not
// cancelled, newest vintage per key; $3 only decides which values are marked unreleased.
const SQL = `
WITH v AS (${visibleVintagesSql({ asOf: "'infinity'::timestamptz", indicatorIds: "$1", regionCodes: "$2", from: "NULL::date", to: "NULL::date" })})
SELECT indicator_id, region_code, period, to_char(period_end, 'YYYY-MM-DD') AS period_end, value::text AS value, flag,
       is_demo, batch_id, release_id, release_at, release_at > $3 AS unreleased,
       prev_value::text AS prev_value, prev_flag, prev_release_at
FROM v WHERE rn = 1
ORDER BY indicator_id, region_code, period`;

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
  prev_value: string | null;
  prev_flag: DashObs["flag"];
  prev_release_at: Date | null;
};

/** Approved values whatever their release time; `now` decides which are marked unreleased. */
export async function findApprovedObservations(
  q: Queryable,
  f: { indicatorIds?: number[]; regionCodes?: string[]; now?: Date } = {},
): Promise<DashObs[]> {
  const { rows } = await q.query<Row>(SQL, [
    f.indicatorIds?.length ? f.indicatorIds : null,
    f.regionCodes?.length ? f.regionCodes : null,
    f.now ?? new Date(),
  ]);
  return rows.map((r) => ({
    indicatorId: r.indicator_id,
    regionCode: r.region_code,
    period: r.period,
    periodEnd: r.period_end,
    value: trimDecimal(r.value),
    flag: r.flag,
    isDemo: r.is_demo,
    releasedAt: r.release_at,
    previous: r.prev_release_at ? { value: trimDecimal(r.prev_value), flag: r.prev_flag, releasedAt: r.prev_release_at, revisedAt: r.release_at } : null,
    unreleased: r.unreleased,
    batchId: r.batch_id,
    releaseId: r.release_id,
  }));
}
