// Which keys (indicator, region, period) are public, without reading their values: what a page
// of the open API needs to know before it reads its rows through THE visibility rule
// (visible-observations.ts, here reused, not restated). A key is public when any vintage of
// it is released (`releasedBy`); that is exactly when findVisibleObservations returns a row
// for it. Withheld values count as keys: the public sees them as 不公开.
//
// Order within an indicator: region code by code unit (COLLATE "C"), then period as
// comparePeriods orders it: by period end, and at the same end the more frequent period first
// (2025M12, 2025Q4, 2025). The indicator order (by code) is the caller's list.
import type { Queryable } from "@/lib/db/queryable";
import { comparePeriods, isoDate, mustParsePeriod, parsePeriodCode, periodEnd, type Period } from "@/lib/period";
import { VISIBLE_FROM, visibleFromOver, visibleQueryParams, visibleWhereSql, type VisibleFilter, type VisibleKey } from "./visible-observations";

const WHERE = visibleWhereSql({ asOf: "$1", indicatorIds: "$2", regionCodes: "$3", from: "$4", to: "$5" });
// 0 month, 1 quarter, 2 year: comparePeriods puts the more frequent period first at one end
const FREQ_RANK = `(CASE WHEN strpos(o.period, 'M') > 0 THEN 0 WHEN strpos(o.period, 'Q') > 0 THEN 1 ELSE 2 END)`;
const freqRank = (p: Period) => (p.freq === "MONTH" ? 0 : p.freq === "QUARTER" ? 1 : 2);

/**
 * `last` N periods as a floor per indicator: its oldest kept period (the Nth newest public one
 * under the filter). Keys of an indicator before its floor are left out; an indicator without
 * one has no public keys. Null: no `last`.
 */
export type PeriodFloors = ReadonlyMap<number, string> | null;

// keys at or after their indicator's floor (three parallel arrays from parameter $n: indicator,
// end, rank; $3 the regions, as in WHERE): each floor's indicator read from the floor's end on,
// by a range of observation_indicator_period_end_idx. The lateral subquery (OFFSET 0 keeps the planner from
// merging it into the join) makes that the plan: as a plain join the planner read every row of
// the selection and tested it against the floors (1.2 s for a wide `last=1` at 10× the demo).
function floorJoin(n: number): { from: string; where: string } {
  return {
    from: visibleFromOver(`unnest($${n}::int[], $${n + 1}::date[], $${n + 2}::int[]) fl(id, e, rank)
      CROSS JOIN LATERAL (SELECT * FROM observation x WHERE x.indicator_id = fl.id AND x.period_end >= fl.e
        AND ($3::text[] IS NULL OR x.region_code = ANY($3)) OFFSET 0)`),
    where: `(o.period_end > fl.e OR ${FREQ_RANK} >= fl.rank)`,
  };
}
const noFloor = { from: VISIBLE_FROM, where: "true" };

function floorParams(floors: PeriodFloors, only?: readonly number[]): unknown[] {
  if (!floors) return [];
  const keep = only ? new Set(only) : null;
  const list = [...floors].filter(([id]) => !keep || keep.has(id)).map(([id, period]) => ({ id, p: mustParsePeriod(period) }));
  return [list.map((x) => x.id), list.map((x) => isoDate(periodEnd(x.p))), list.map((x) => freqRank(x.p))];
}

/**
 * For `last` N: each indicator's Nth newest public period under the filter (fewer periods: its
 * oldest). One backward walk of observation_indicator_period_end_idx per indicator that stops
 * after N periods (and the at most two more that can share the Nth's end: a month, a quarter and
 * a year end together), so it reads N periods' rows, not the indicator's history (issue 21).
 */
export async function findLastPeriodFloors(q: Queryable, f: Omit<VisibleFilter, "indicatorIds" | "keys"> & { indicatorIds: readonly number[] }, n: number): Promise<Map<number, string>> {
  if (f.indicatorIds.length === 0) return new Map();
  const { rows } = await q.query<{ indicator_id: number; periods: string[] }>(
    LAST_FLOORS_SQL,
    [...visibleQueryParams({ ...f, indicatorIds: undefined }), [...f.indicatorIds], n + 2],
  );
  return new Map(
    rows.map((r) => {
      const newest = [...r.periods].sort((a, b) => comparePeriods(mustParsePeriod(b), mustParsePeriod(a)));
      return [r.indicator_id, newest[Math.min(n, newest.length) - 1]];
    }),
  );
}

// $6 the indicators, $7 how many periods to walk to; $2 is unused (null): $6 drives the walk
export const LAST_FLOORS_SQL = `SELECT i.id AS indicator_id, l.periods
     FROM unnest($6::int[]) AS i(id)
     CROSS JOIN LATERAL (
       SELECT array_agg(p.period) AS periods FROM (
         SELECT DISTINCT o.period_end, o.period FROM ${VISIBLE_FROM}
         WHERE ${WHERE} AND o.indicator_id = i.id
         ORDER BY o.period_end DESC, o.period DESC LIMIT $7
       ) p
     ) l
     WHERE l.periods IS NOT NULL`;

/** A key within one indicator: rows after it (or up to it) in the order above. */
export type KeyBound = { indicatorId: number; regionCode: string; period: string };

// Keys of indicator $6 after ($7, $8, $9) in the order above; the bound is the cursor, so
// it need not exist any more (a cancelled release) nor ever have (a period in no table).
const AFTER = `(o.indicator_id <> $6::int OR o.region_code COLLATE "C" > $7::text
      OR (o.region_code = $7::text AND (o.period_end > $8::date OR (o.period_end = $8::date AND ${FREQ_RANK} > $9::int))))`;

function boundParams(b: KeyBound | null): unknown[] {
  if (!b) return [null, null, null, null];
  const p = mustParsePeriod(b.period);
  return [b.indicatorId, b.regionCode, isoDate(periodEnd(p)), freqRank(p)];
}

/** Whether `period` is a period code these queries can order (a cursor's may be anything). */
export function isOrderablePeriod(period: string): boolean {
  return parsePeriodCode(period) !== null;
}

/** How many public keys each indicator has under the filter (indicators without any are absent). */
export async function countVisibleKeysByIndicator(q: Queryable, f: VisibleFilter, floors: PeriodFloors = null): Promise<Map<number, number>> {
  const fl = floors ? floorJoin(6) : noFloor;
  const { rows } = await q.query<{ indicator_id: number; n: number }>(
    `SELECT indicator_id, count(*)::int AS n
     FROM (SELECT DISTINCT o.indicator_id, o.region_code, o.period FROM ${fl.from} WHERE ${WHERE} AND ${fl.where}) k
     GROUP BY indicator_id`,
    [...visibleQueryParams(f), ...floorParams(floors)],
  );
  return new Map(rows.map((r) => [r.indicator_id, r.n]));
}

/** How many public keys of the bound's indicator come up to and including the bound. */
export async function countVisibleKeysUpTo(q: Queryable, f: VisibleFilter, upTo: KeyBound, floors: PeriodFloors = null): Promise<number> {
  const fl = floors ? floorJoin(10) : noFloor;
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n
     FROM (SELECT DISTINCT o.region_code, o.period FROM ${fl.from}
           WHERE ${WHERE} AND o.indicator_id = $6::int AND NOT ${AFTER} AND ${fl.where}) k`,
    [...visibleQueryParams({ ...f, indicatorIds: [upTo.indicatorId] }), ...boundParams(upTo), ...floorParams(floors, [upTo.indicatorId])],
  );
  return rows[0].n;
}

/**
 * Up to `limit` public keys of `indicatorIds` (in that order, then the order above), skipping
 * `offset` of them, and those of the first indicator up to `after` when given. Reads the rows of
 * these indicators only: the caller passes as few as the page needs.
 */
export async function findVisibleKeys(
  q: Queryable,
  f: Omit<VisibleFilter, "indicatorIds" | "keys"> & { indicatorIds: readonly number[] },
  page: { after: KeyBound | null; offset: number; limit: number },
  floors: PeriodFloors = null,
): Promise<VisibleKey[]> {
  if (f.indicatorIds.length === 0) return []; // (no list would mean every indicator)
  const fl = floors ? floorJoin(12) : noFloor;
  const { rows } = await q.query<{ indicator_id: number; region_code: string; period: string }>(
    `SELECT indicator_id, region_code, period
     FROM (SELECT DISTINCT o.indicator_id, o.region_code COLLATE "C" AS region_code, o.period_end, ${FREQ_RANK} AS freq_rank, o.period
           FROM ${fl.from}
           WHERE ${WHERE} AND ($6::int IS NULL OR ${AFTER}) AND ${fl.where}) k
     ORDER BY array_position($2::int[], indicator_id), region_code, period_end, freq_rank
     OFFSET $10 LIMIT $11`,
    [...visibleQueryParams({ ...f, indicatorIds: [...f.indicatorIds] }), ...boundParams(page.after), page.offset, page.limit, ...floorParams(floors, f.indicatorIds)],
  );
  return rows.map((r) => ({ indicatorId: r.indicator_id, regionCode: r.region_code, period: r.period }));
}
