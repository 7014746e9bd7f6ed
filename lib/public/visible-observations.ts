// THE visibility rule. A value is public if and only if its batch is approved and its
// release time is at or before the moment asked about. Every public read (pages, API,
// downloads, feeds, embeds, sitemap) goes through this file or builds on its `releasedBy`
// (latest-visible.ts: each indicator's newest visible period; visible-keys.ts: a page's keys). Visibility is a predicate on time, not a flag a job flips,
// so there is no gap between a release time and the data being there.
import type { Queryable } from "@/lib/db/queryable";
import { isoDate, mustParsePeriod, periodEnd, periodStart } from "@/lib/period";

export type Flag = "PRELIMINARY" | "ESTIMATED" | "CONFIDENTIAL" | "MISSING";

export type PublicObservation = {
  indicatorId: number;
  regionCode: string;
  period: string;
  periodEnd: string; // YYYY-MM-DD
  /** exact decimal; null when missing or withheld (flag CONFIDENTIAL) */
  value: string | null;
  flag: Flag | null;
  note: string | null;
  isDemo: boolean;
  releasedAt: Date;
  /**
   * The last different value this one replaced, when it is a revision, and when it was revised.
   * Its value is null when it was withheld when it was public, and when the current one is.
   */
  previous: { value: string | null; flag: Flag | null; releasedAt: Date; revisedAt: Date } | null;
};

export type VisibleFilter = {
  indicatorIds?: number[];
  regionCodes?: string[];
  /** inclusive canonical period codes; compared by period end, so frequencies may mix */
  from?: string;
  to?: string;
  /** what was public at this moment (default: now) */
  asOf?: Date;
  /** only these exact keys (a page of the open API), on top of the filters above */
  keys?: readonly VisibleKey[];
};

export type VisibleKey = { indicatorId: number; regionCode: string; period: string };

// THE withholding rule (不公开): a vintage flagged confidential at upload is never shown to the
// public, not as a value, not as the value a revision replaced, not through anything computed
// from it. The value leaves this query as NULL, so no page, share, growth rate, ranking or
// sentence downstream can use it, whatever it forgets to check. `o` is the observation row.
// The same holds for a value the disclosure control withheld (`o.withheld`, lib/disclosure):
// under a unit or dominance rule, or as a complementary cell that keeps another from being
// worked out from the totals.
export const withheldHere = (o: string) => `(${o}.flag = 'CONFIDENTIAL' OR ${o}.withheld IS NOT NULL)`;

// A published figure from which a withheld one follows is withheld with it, by the relations
// the catalogue declares: a ratio (ratio_relation: DE003 = DE001 / GDP) whose numerator or
// denominator is withheld in the same area and period (ratio × GDP is DE001), and a growth rate
// (indicator.growth_of_id: DE002 of DE001) whose level is withheld in the same period or a year
// before (level × (1 + rate) is the other year's level). A withheld source counts when any
// approved vintage of it is withheld, from its approval on, whatever its release time: a share
// released before its withheld numerator would otherwise give the numerator away in between.
const DERIVED_FROM = `
  SELECT ratio_id AS derived_id, numerator_id AS source_id, 0 AS years_back FROM ratio_relation
  UNION ALL SELECT ratio_id, denominator_id, 0 FROM ratio_relation
  UNION ALL SELECT id, growth_of_id, 0 FROM indicator WHERE growth_of_id IS NOT NULL
  UNION ALL SELECT id, growth_of_id, 1 FROM indicator WHERE growth_of_id IS NOT NULL`;
/** The withholding rule on an observation aliased `o` (its own flag, the disclosure control, or a withheld source). */
export const WITHHELD_SQL = `(${withheldHere("o")} OR (
    o.indicator_id IN (SELECT derived_id FROM (${DERIVED_FROM}) d0)
    AND EXISTS (
      SELECT 1 FROM (${DERIVED_FROM}) d
      JOIN observation n ON n.indicator_id = d.source_id AND n.region_code = o.region_code
       AND n.period = CASE WHEN d.years_back = 0 THEN o.period ELSE (left(o.period, 4)::int - d.years_back)::text || substr(o.period, 5) END
      JOIN batch nb ON nb.id = n.batch_id
      JOIN release nr ON nr.id = nb.release_id
      WHERE d.derived_id = o.indicator_id AND nb.status = 'APPROVED' AND nr.cancelled_at IS NULL
        AND ${withheldHere("n")})))`;

// Vintages of one key are ordered by release time; the newest visible one wins and the one
// before it is kept as `previous` so that pages can mark 修订 with the old value.
// Placeholders name the query parameters, so that staff queries (the upload preview, the
// review diff) can compare with "what is public" through this same rule. Only staff code that
// may see withheld figures passes `reveal` (the reviewer compares a batch with them).
// `keys` (optional) names three parallel arrays of exact keys (indicator id, region, period):
// a page of the open API reads only the keys it shows (lib/public/visible-keys.ts).
export type VisibleParams = {
  asOf: string;
  indicatorIds: string;
  regionCodes: string;
  from: string;
  to: string;
  keys?: { indicatorIds: string; regionCodes: string; periods: string };
};

/** The rule itself, on an observation `o` of batch `b` in release `r`: approved, not cancelled, released by `asOf`. */
export const releasedBy = (asOf: string) => `b.status = 'APPROVED' AND r.cancelled_at IS NULL AND r.release_at <= ${asOf}`;

/**
 * Observations from `source` (the table, or a subquery of its rows) joined as `releasedBy` names
 * them: `o`, its batch `b`, its release `r`.
 */
export const visibleFromOver = (source: string) => `${source} o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id`;

/** The observations a public read starts from, joined as `releasedBy` names them. */
export const VISIBLE_FROM = visibleFromOver("observation");

/** The rule and the filters of a read (VisibleFilter), on `VISIBLE_FROM`. */
export function visibleWhereSql(p: VisibleParams): string {
  const keys = p.keys
    ? `
      AND (${p.keys.indicatorIds}::int[] IS NULL OR (o.indicator_id, o.region_code, o.period) IN
           (SELECT * FROM unnest(${p.keys.indicatorIds}::int[], ${p.keys.regionCodes}::text[], ${p.keys.periods}::text[])))`
    : "";
  return `${releasedBy(p.asOf)}
      AND (${p.indicatorIds}::int[] IS NULL OR o.indicator_id = ANY(${p.indicatorIds}))
      AND (${p.regionCodes}::text[] IS NULL OR o.region_code = ANY(${p.regionCodes}))
      AND (${p.from}::date IS NULL OR o.period_end >= ${p.from})
      AND (${p.to}::date IS NULL OR o.period_end <= ${p.to})${keys}`;
}

/**
 * `source` (default: the whole table) narrows the observations the rule starts from to a
 * subquery of its rows, e.g. the keys of one batch (the review diff, lib/batches/preview.ts),
 * so that a read costs what it names rather than what the table holds.
 */
export function visibleVintagesSql(p: VisibleParams, { reveal = false, source = "observation" }: { reveal?: boolean; source?: string } = {}): string {
  // `o.withheld_now` is the rule above, evaluated once per row
  const value = reveal ? "o.value" : `CASE WHEN o.withheld_now THEN NULL ELSE o.value END`;
  // to the public a withheld value reads as one flagged confidential (x, 不公开), whichever rule withheld it
  const flag = reveal ? "o.flag" : `CASE WHEN o.withheld_now THEN 'CONFIDENTIAL'::observation_flag ELSE o.flag END`;
  return `
  SELECT o.indicator_id, o.region_code, o.period, o.period_end, ${value} AS value, ${flag} AS flag, o.note,
         o.withheld_now AS withheld,
         o.is_demo, o.batch_id, o.release_id, o.release_at,
         row_number() OVER w AS rn,
         CASE WHEN ${reveal ? "false" : "o.withheld_now"} THEN NULL ELSE lead(${value}) OVER w END AS prev_value,
         lead(${flag}) OVER w AS prev_flag,
         lead(o.release_at) OVER w AS prev_release_at,
         lag(o.release_at) OVER w AS newer_release_at
  FROM (
    SELECT o.indicator_id, o.region_code, o.period, o.period_end, o.value, o.flag, o.note,
           ${WITHHELD_SQL} AS withheld_now,
           b.is_demo, b.id AS batch_id, r.id AS release_id, r.release_at
    FROM ${visibleFromOver(source)}
    WHERE ${visibleWhereSql(p)}
  ) o
  WINDOW w AS (PARTITION BY o.indicator_id, o.region_code, o.period ORDER BY o.release_at DESC, o.batch_id DESC)`;
}

// The newest visible vintage of each key, and the newest older vintage that differs from it
// in value or flag: a table sent again with the same figures revises nothing. `revised_at` is
// when the current value first replaced the old one (the vintage right after it). Window
// functions only, no self-joins: one pass whatever the planner knows about the tables.
// Values are already masked in `v`, so the old value of a vintage that was withheld is NULL,
// and the old value is dropped too when the current one is withheld (a revision would
// otherwise date and bound the withheld figure).
const LATEST_PARAMS: VisibleParams = {
  asOf: "$1",
  indicatorIds: "$2",
  regionCodes: "$3",
  from: "$4",
  to: "$5",
  keys: { indicatorIds: "$6", regionCodes: "$7", periods: "$8" },
};
const latestSql = (reveal: boolean) => `
WITH v AS (${visibleVintagesSql(LATEST_PARAMS, { reveal })}),
d AS (
  SELECT v.*, first_value(v.value) OVER k AS cur_value, first_value(v.flag) OVER k AS cur_flag
  FROM v WINDOW k AS (PARTITION BY v.indicator_id, v.region_code, v.period ORDER BY v.rn)
),
e AS (
  SELECT d.*, min(d.rn) FILTER (WHERE d.value IS DISTINCT FROM d.cur_value OR d.flag IS DISTINCT FROM d.cur_flag) OVER p AS changed_rn
  FROM d WINDOW p AS (PARTITION BY d.indicator_id, d.region_code, d.period)
),
f AS (
  SELECT e.*,
         max(e.value) FILTER (WHERE e.rn = e.changed_rn) OVER p AS old_value,
         max(e.flag) FILTER (WHERE e.rn = e.changed_rn) OVER p AS old_flag,
         max(e.release_at) FILTER (WHERE e.rn = e.changed_rn) OVER p AS old_release_at,
         max(e.newer_release_at) FILTER (WHERE e.rn = e.changed_rn) OVER p AS revised_at
  FROM e WINDOW p AS (PARTITION BY e.indicator_id, e.region_code, e.period)
)
SELECT indicator_id, region_code, period, to_char(period_end, 'YYYY-MM-DD') AS period_end,
       value::text AS value, flag, note, is_demo, release_at,
       CASE WHEN withheld AND NOT ${reveal} THEN NULL ELSE old_value::text END AS prev_value,
       old_flag AS prev_flag, old_release_at AS prev_release_at, revised_at
FROM f WHERE rn = 1
ORDER BY indicator_id, region_code, period`;
const PUBLIC_SQL = latestSql(false);
const STAFF_SQL = latestSql(true);

type Row = {
  indicator_id: number;
  region_code: string;
  period: string;
  period_end: string;
  value: string | null;
  flag: Flag | null;
  note: string | null;
  is_demo: boolean;
  release_at: Date;
  prev_value: string | null;
  prev_flag: Flag | null;
  prev_release_at: Date | null;
  revised_at: Date | null;
};

/** Trailing zeros of numeric(24,6) are storage, not data: "12.300000" → "12.3". */
export function trimDecimal(v: string | null): string | null {
  if (v === null) return null;
  return v.includes(".") ? v.replace(/0+$/, "").replace(/\.$/, "") : v;
}

/** The values of $1–$5 of `VisibleParams` for a filter. */
export function visibleQueryParams(f: VisibleFilter): unknown[] {
  return [
    f.asOf ?? new Date(),
    f.indicatorIds?.length ? f.indicatorIds : null,
    f.regionCodes?.length ? f.regionCodes : null,
    f.from ? isoDate(periodStart(mustParsePeriod(f.from))) : null,
    f.to ? isoDate(periodEnd(mustParsePeriod(f.to))) : null,
  ];
}

// $6–$8: the exact keys, or none (an empty list reads nothing, not everything)
function latestParams(f: VisibleFilter): unknown[] {
  const k = f.keys;
  return [...visibleQueryParams(f), k ? k.map((x) => x.indicatorId) : null, k ? k.map((x) => x.regionCode) : null, k ? k.map((x) => x.period) : null];
}

/** One row as the public reads it (a vintage: no previous value). */
function toVintage(r: Row): VisibleVintage {
  return {
    indicatorId: r.indicator_id,
    regionCode: r.region_code,
    period: r.period,
    periodEnd: r.period_end,
    value: trimDecimal(r.value),
    flag: r.flag,
    note: r.note,
    isDemo: r.is_demo,
    releasedAt: r.release_at,
  };
}

async function findLatest(sql: string, q: Queryable, f: VisibleFilter): Promise<PublicObservation[]> {
  const { rows } = await q.query<Row>(sql, latestParams(f));
  return rows.map((r) => ({
    ...toVintage(r),
    previous: r.prev_release_at
      ? { value: trimDecimal(r.prev_value), flag: r.prev_flag, releasedAt: r.prev_release_at, revisedAt: r.revised_at ?? r.release_at }
      : null,
  }));
}

/** What the public sees: released values, withheld ones (不公开) without their figure. */
export function findVisibleObservations(q: Queryable, f: VisibleFilter = {}): Promise<PublicObservation[]> {
  return findLatest(PUBLIC_SQL, q, f);
}

/**
 * STAFF ONLY (the upload's quality checks and the reviewer's comparison): the same released
 * values with the withheld figures revealed. Never call it from public code.
 */
export function findPublishedForStaff(q: Queryable, f: VisibleFilter = {}): Promise<PublicObservation[]> {
  return findLatest(STAFF_SQL, q, f);
}

export type VisibleVintage = Omit<PublicObservation, "previous">;

/**
 * Every vintage of the matching keys that was public at `asOf` (not only the newest), oldest
 * release first: what SDMX's includeHistory and updatedAfter answer from. Same rule as above:
 * a withheld (CONFIDENTIAL) vintage comes without its value.
 */
export async function findVisibleVintages(q: Queryable, f: VisibleFilter = {}): Promise<VisibleVintage[]> {
  const { rows } = await q.query<Row>(
    `SELECT indicator_id, region_code, period, to_char(period_end, 'YYYY-MM-DD') AS period_end, value::text AS value, flag, note, is_demo, release_at
     FROM (${visibleVintagesSql({ asOf: "$1", indicatorIds: "$2", regionCodes: "$3", from: "$4", to: "$5" })}) v
     ORDER BY release_at, batch_id, indicator_id, region_code, period`,
    visibleQueryParams(f),
  );
  return rows.map(toVintage);
}
