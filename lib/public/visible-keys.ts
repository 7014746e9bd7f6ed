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
import { releasedBy, VISIBLE_FROM, visibleFromOver, visibleQueryParams, visibleWhereSql, type VisibleFilter, type VisibleKey } from "./visible-observations";

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

/**
 * Whose keys an indicator's rows are, when not only its own: `{ id, as }` makes each public key
 * of indicator `id` a key of indicator `as` too (a measure whose rows come from another
 * indicator's as well: y/y growth answers where the published growth rate alone exists, see
 * derive-measure.ts yoyKeySources). Every answer indicator lists itself. Null: each its own.
 */
export type KeySources = readonly { id: number; as: number }[] | null;

// keys at or after their indicator's floor (three parallel arrays from parameter $n: indicator,
// end, rank; $3 the regions, as in WHERE): each floor's indicator read from the floor's end on,
// by a range of observation_indicator_period_end_idx. The lateral subquery (OFFSET 0 keeps the planner from
// merging it into the join) makes that the plan: as a plain join the planner read every row of
// the selection and tested it against the floors (1.2 s for a wide `last=1` at 10× the demo).
function floorJoin(n: number, aliased = false): { from: string; where: string; id: string } {
  // aliased: the floors are per source indicator, with the answer indicator beside it (fl.as_id)
  const cols = aliased ? `unnest($${n}::int[], $${n + 1}::int[], $${n + 2}::date[], $${n + 3}::int[]) fl(id, as_id, e, rank)` : `unnest($${n}::int[], $${n + 1}::date[], $${n + 2}::int[]) fl(id, e, rank)`;
  return {
    from: visibleFromOver(`${cols}
      CROSS JOIN LATERAL (SELECT * FROM observation x WHERE x.indicator_id = fl.id AND x.period_end >= fl.e
        AND ($3::text[] IS NULL OR x.region_code = ANY($3)) OFFSET 0)`),
    where: `(o.period_end > fl.e OR ${FREQ_RANK} >= fl.rank)`,
    id: aliased ? "fl.as_id" : "o.indicator_id",
  };
}
const noFloor = { from: VISIBLE_FROM, where: "true", id: "o.indicator_id" };

function floorParams(floors: PeriodFloors, only?: readonly number[]): unknown[] {
  if (!floors) return [];
  const keep = only ? new Set(only) : null;
  const list = [...floors].filter(([id]) => !keep || keep.has(id)).map(([id, period]) => ({ id, p: mustParsePeriod(period) }));
  return [list.map((x) => x.id), list.map((x) => isoDate(periodEnd(x.p))), list.map((x) => freqRank(x.p))];
}

/**
 * The rows a key query reads and the indicator each key is of: the indicator's own rows
 * (`o.indicator_id`), from each `last` floor on when there are floors; with `sources`, the
 * rows of every source of the answer indicators `only` (all listed, when absent), each as a
 * key of the indicator it stands for. Parameters from $`n` on.
 */
function keyRows(floors: PeriodFloors, sources: KeySources, n: number, only?: readonly number[]): { from: string; where: string; id: string; params: unknown[] } {
  if (!sources) return { ...(floors ? floorJoin(n) : noFloor), params: floorParams(floors, only) };
  const keep = only ? new Set(only) : null;
  const list = sources.filter((s) => (!keep || keep.has(s.as)) && (!floors || floors.has(s.as)));
  if (floors) {
    const p = list.map((s) => mustParsePeriod(floors.get(s.as)!));
    return { ...floorJoin(n, true), params: [list.map((s) => s.id), list.map((s) => s.as), p.map((x) => isoDate(periodEnd(x))), p.map(freqRank)] };
  }
  return {
    from: `${VISIBLE_FROM} JOIN unnest($${n}::int[], $${n + 1}::int[]) src(id, as_id) ON src.id = o.indicator_id`,
    where: "true",
    id: "src.as_id",
    params: [list.map((s) => s.id), list.map((s) => s.as)],
  };
}

/** The source indicators of the answer indicators `ids` (all listed, when absent). */
function sourceIds(sources: readonly { id: number; as: number }[], ids?: readonly number[]): number[] {
  const keep = ids ? new Set(ids) : null;
  return [...new Set(sources.filter((s) => !keep || keep.has(s.as)).map((s) => s.id))];
}

/**
 * For `last` N: each indicator's Nth newest public period under the filter (fewer periods: its
 * oldest). One backward walk of observation_indicator_period_end_idx per indicator that stops
 * after N periods (and the at most two more that can share the Nth's end: a month, a quarter and
 * a year end together), so it reads N periods' rows, not the indicator's history (issue 21).
 */
export async function findLastPeriodFloors(
  q: Queryable,
  f: Omit<VisibleFilter, "indicatorIds" | "keys"> & { indicatorIds: readonly number[] },
  n: number,
  sources: KeySources = null,
): Promise<Map<number, string>> {
  if (f.indicatorIds.length === 0) return new Map();
  // with sources, each source's newest periods: an answer indicator's N newest are among them
  const walked = sources ? sourceIds(sources, f.indicatorIds) : [...f.indicatorIds];
  const { rows } = await q.query<{ indicator_id: number; periods: string[] }>(LAST_FLOORS_SQL, [...visibleQueryParams({ ...f, indicatorIds: undefined }), walked, n + 2]);
  const periodsOf = new Map(rows.map((r) => [r.indicator_id, r.periods]));
  const floors = new Map<number, string>();
  for (const id of f.indicatorIds) {
    const own = sources ? sources.filter((s) => s.as === id).map((s) => s.id) : [id];
    const periods = [...new Set(own.flatMap((s) => periodsOf.get(s) ?? []))];
    if (periods.length === 0) continue;
    const newest = periods.sort((x, y) => comparePeriods(mustParsePeriod(y), mustParsePeriod(x)));
    floors.set(id, newest[Math.min(n, newest.length) - 1]);
  }
  return floors;
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
const after = (id: string) => `(${id} <> $6::int OR o.region_code COLLATE "C" > $7::text
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
export async function countVisibleKeysByIndicator(q: Queryable, f: VisibleFilter, floors: PeriodFloors = null, sources: KeySources = null): Promise<Map<number, number>> {
  const k = keyRows(floors, sources, 6, f.indicatorIds);
  const { rows } = await q.query<{ indicator_id: number; n: number }>(
    `SELECT indicator_id, count(*)::int AS n
     FROM (SELECT DISTINCT ${k.id} AS indicator_id, o.region_code, o.period FROM ${k.from} WHERE ${WHERE} AND ${k.where}) k
     GROUP BY indicator_id`,
    [...visibleQueryParams(sources ? { ...f, indicatorIds: sourceIds(sources, f.indicatorIds) } : f), ...k.params],
  );
  return new Map(rows.map((r) => [r.indicator_id, r.n]));
}

/**
 * Per indicator, how many keys public as of `f.asOf` were not public as of `since` (earlier, in
 * the same staff version): those the release times passing in between made public. Read from
 * the releases of that span (each batch's values by its index, OFFSET 0 keeps that the plan),
 * each key then checked by its own index: what the releases carry, not every key of their
 * indicators (issue 21: at 100× the data recounting a release's 900 indicators in one area read
 * 53,000 rows, most of the open API's first page after it). Own keys only: no floors, no sources.
 */
export async function countKeysPublicSince(q: Queryable, f: VisibleFilter, since: Date): Promise<Map<number, number>> {
  const { rows } = await q.query<{ indicator_id: number; n: number }>(
    `SELECT k.indicator_id, count(*)::int AS n
     FROM (SELECT DISTINCT o.indicator_id, o.region_code, o.period
           FROM release r JOIN batch b ON b.release_id = r.id CROSS JOIN LATERAL (SELECT * FROM observation x WHERE x.batch_id = b.id OFFSET 0) o
           WHERE ${WHERE} AND r.release_at > $6) k
     WHERE NOT EXISTS (
       SELECT 1 FROM ${VISIBLE_FROM}
       WHERE o.indicator_id = k.indicator_id AND o.region_code = k.region_code AND o.period = k.period AND ${releasedBy("$6")})
     GROUP BY k.indicator_id`,
    [...visibleQueryParams(f), since],
  );
  return new Map(rows.map((r) => [r.indicator_id, r.n]));
}

/** How many public keys of the bound's indicator come up to and including the bound. */
export async function countVisibleKeysUpTo(q: Queryable, f: VisibleFilter, upTo: KeyBound, floors: PeriodFloors = null, sources: KeySources = null): Promise<number> {
  const k = keyRows(floors, sources, 10, [upTo.indicatorId]);
  const indicatorIds = sources ? sourceIds(sources, [upTo.indicatorId]) : [upTo.indicatorId];
  const { rows } = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n
     FROM (SELECT DISTINCT o.region_code, o.period FROM ${k.from}
           WHERE ${WHERE} AND ${k.id} = $6::int AND NOT ${after(k.id)} AND ${k.where}) k`,
    [...visibleQueryParams({ ...f, indicatorIds }), ...boundParams(upTo), ...k.params],
  );
  return rows[0].n;
}

/**
 * Up to `limit` public keys of `indicatorIds` (in that order, then the order above), skipping
 * `offset` of them, and those of the first indicator up to `after` when given. Reads the rows of
 * these indicators (and their sources) only: the caller passes as few as the page needs.
 */
export async function findVisibleKeys(
  q: Queryable,
  f: Omit<VisibleFilter, "indicatorIds" | "keys"> & { indicatorIds: readonly number[] },
  page: { after: KeyBound | null; offset: number; limit: number },
  floors: PeriodFloors = null,
  sources: KeySources = null,
): Promise<VisibleKey[]> {
  if (f.indicatorIds.length === 0) return []; // (no list would mean every indicator)
  const k = keyRows(floors, sources, 12, f.indicatorIds);
  // the answer's indicator order: $2 itself, or (read through sources) a list of its own after the rows' parameters
  const order = sources ? `$${12 + k.params.length}` : "$2";
  const { rows } = await q.query<{ indicator_id: number; region_code: string; period: string }>(
    `SELECT indicator_id, region_code, period
     FROM (SELECT DISTINCT ${k.id} AS indicator_id, o.region_code COLLATE "C" AS region_code, o.period_end, ${FREQ_RANK} AS freq_rank, o.period
           FROM ${k.from}
           WHERE ${WHERE} AND ($6::int IS NULL OR ${after(k.id)}) AND ${k.where}) k
     ORDER BY array_position(${order}::int[], indicator_id), region_code, period_end, freq_rank
     OFFSET $10 LIMIT $11`,
    [
      ...visibleQueryParams({ ...f, indicatorIds: sources ? sourceIds(sources, f.indicatorIds) : [...f.indicatorIds] }),
      ...boundParams(page.after),
      page.offset,
      page.limit,
      ...k.params,
      ...(sources ? [[...f.indicatorIds]] : []),
    ],
  );
  return rows.map((r) => ({ indicatorId: r.indicator_id, regionCode: r.region_code, period: r.period }));
}
