import "server-only";
import type { Queryable } from "@/lib/db/queryable";
import { trimDecimal, visibleVintagesSql } from "@/lib/public/visible-observations";

// Each value of a batch against what is public now: new, changed (old → new and the
// difference) or unchanged. Compared in SQL through the public visibility rule, so that a
// million-row batch is classified without loading it into memory.
export type PreviewKind = "new" | "changed" | "unchanged";

export type PreviewRow = {
  indicatorId: number;
  indicatorCode: string;
  indicatorNameZh: string;
  indicatorNameEn: string;
  unit: string;
  regionCode: string;
  regionNameZh: string;
  regionNameEn: string;
  period: string;
  value: string | null;
  flag: string | null;
  oldValue: string | null;
  oldFlag: string | null;
  diff: string | null;
  kind: PreviewKind;
  line: number | null;
};

// Staff compare with the published figures themselves, withheld ones included (reveal): a
// confidential value sent again is unchanged, not "new". `asOf` is "now()" to compare with what is public now, or "'infinity'" to compare with every
// approved value, released or still waiting for its release time.
// `scope` says which vintages the rule starts from:
//  - "keys": only those of the batch's own keys, each found by the (indicator, region, period)
//    index, so that the review diff costs what the batch holds rather than every vintage of its
//    indicators (issue 21: at 10× the catalogue that was the page's largest read);
//  - "indicators": every vintage of the indicators in $2, one pass over them: the upload's
//    dry run and the approval, where a batch of a million rows would otherwise be a million
//    index lookups whatever the planner guesses about a batch it has no statistics for.
type Scope = "keys" | "indicators";
const BATCH_KEYS = `(SELECT * FROM observation WHERE (indicator_id, region_code, period) IN
  (SELECT indicator_id, region_code, period FROM observation WHERE batch_id = $1))`;
// the current vintage of each key of `source` as of `asOf` (of the indicators in $2, if given)
const currentOf = (asOf: string, source: string) => `(SELECT * FROM (${visibleVintagesSql(
  { asOf, indicatorIds: "$2::int[]", regionCodes: "NULL::text[]", from: "NULL::date", to: "NULL::date" },
  { reveal: true, source },
)}) v WHERE rn = 1)`;
// each value of the batch ($1) beside its key's current published vintage (`c`)
const beside = (asOf: string, scope: Scope) => `
WITH cur AS ${currentOf(asOf, scope === "keys" ? BATCH_KEYS : "observation")}`;
const KIND = `CASE WHEN c.period IS NULL THEN 'new'
            WHEN o.value IS NOT DISTINCT FROM c.value AND o.flag IS NOT DISTINCT FROM c.flag THEN 'unchanged'
            ELSE 'changed' END`;
// the batch's values, named, beside their key's current published vintage (`cur`)
const CLASSIFIED = `
SELECT o.indicator_id, i.code AS indicator_code, i.name_zh AS indicator_name_zh, i.name_en AS indicator_name_en, i.unit,
       o.region_code, g.name_zh AS region_name_zh, g.name_en AS region_name_en, o.period, o.value::text AS value, o.flag::text AS flag, o.line,
       c.value::text AS old_value, c.flag::text AS old_flag, (o.value - c.value)::text AS diff,
       ${KIND} AS kind
FROM observation o
-- each value's indicator by its key (OFFSET 0 keeps the lookup): not a hash of the whole catalogue, 5,700 at 100×
CROSS JOIN LATERAL (SELECT code, name_zh, name_en, unit FROM indicator WHERE id = o.indicator_id OFFSET 0) i
JOIN region g ON g.code = o.region_code
LEFT JOIN cur c ON c.indicator_id = o.indicator_id AND c.region_code = o.region_code AND c.period = o.period
WHERE o.batch_id = $1`;
// The counts need no names: without the joins the catalogue (5,700 indicators at 100×) is not
// hashed for each count. Every value's indicator and area exist (schema.prisma, Observation), so
// the counts are those of the rows.
const counted = (asOf: string, scope: Scope) => `${beside(asOf, scope)}
SELECT ${KIND} AS kind, count(*) AS n
FROM observation o
LEFT JOIN cur c ON c.indicator_id = o.indicator_id AND c.region_code = o.region_code AND c.period = o.period
WHERE o.batch_id = $1
GROUP BY 1`;
const asOfOf = (against: "public" | "approved" | undefined) => (against === "approved" ? "'infinity'::timestamptz" : "now()");

async function batchIndicators(q: Queryable, batchId: number): Promise<number[]> {
  const { rows } = await q.query<{ id: number }>("SELECT DISTINCT indicator_id AS id FROM observation WHERE batch_id = $1", [batchId]);
  return rows.map((r) => r.id);
}

/**
 * How many values of the batch are new, changed or unchanged against what is public now, or,
 * with `against: "approved"`, against every approved value including those whose release is
 * still ahead (a batch that changes one of those revises it once both are out). Given the
 * batch's indicators (the upload's dry run), or with `scope: "indicators"` (the approval), it
 * reads their vintages in one pass; else only the batch's keys (the review page).
 */
export async function previewCounts(
  q: Queryable,
  batchId: number,
  o: { against?: "public" | "approved"; /** the batch's indicators when the caller already has them */ indicatorIds?: number[]; scope?: Scope } = {},
): Promise<Record<PreviewKind, number>> {
  const scope: Scope = o.indicatorIds ? "indicators" : (o.scope ?? "keys");
  const ids = scope === "keys" ? null : (o.indicatorIds ?? (await batchIndicators(q, batchId)));
  const { rows } = await q.query<{ kind: PreviewKind; n: string }>(counted(asOfOf(o.against), scope), [batchId, ids]);
  const out = { new: 0, changed: 0, unchanged: 0 };
  for (const r of rows) out[r.kind] = Number(r.n);
  return out;
}

/**
 * The review page's section in one reply: the batch classified once against what is public now
 * (by its own keys), then counted and one page of it ($3 kind or null, $4 limit, $5 offset),
 * changed first; and how many values revise an approved one, released or not (`revisions`, the
 * rule approveBatch applies: a revision needs a reason). The keys' vintages are found once for
 * both. Before, the page classified the same batch three times (issue 21: at 100× the data each
 * was a window over the vintages of 1,400 keys). Exported for its plan test.
 */
export const PREVIEW_PAGE_SQL = `
WITH bk AS MATERIALIZED ${BATCH_KEYS},
cur AS ${currentOf("now()", "bk")},
approved AS ${currentOf("'infinity'::timestamptz", "bk")},
x AS MATERIALIZED (${CLASSIFIED})
SELECT t.counts, t.revisions, p.* FROM
  (SELECT (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM x GROUP BY kind) k) AS counts,
          (SELECT count(*) FROM observation o LEFT JOIN approved c ON c.indicator_id = o.indicator_id AND c.region_code = o.region_code AND c.period = o.period
           WHERE o.batch_id = $1 AND ${KIND} = 'changed')::int AS revisions) t
  LEFT JOIN LATERAL (
    SELECT * FROM x WHERE ($3::text IS NULL OR kind = $3)
    ORDER BY CASE kind WHEN 'changed' THEN 0 WHEN 'new' THEN 1 ELSE 2 END, indicator_code, region_code, period
    LIMIT $4 OFFSET $5) p ON true`;

export type PreviewPage = { counts: Record<PreviewKind, number>; /** values that change an approved one, released or not */ revisions: number; rows: PreviewRow[] };

/** How many values of the batch are new, changed or unchanged against what is public now, and a page of them (`kind` only, if given). */
export async function previewPage(q: Queryable, batchId: number, opts: { kind?: PreviewKind; limit?: number; offset?: number } = {}): Promise<PreviewPage> {
  const { rows } = await q.query(PREVIEW_PAGE_SQL, [batchId, null, opts.kind ?? null, opts.limit ?? 200, opts.offset ?? 0]);
  const counts = { new: 0, changed: 0, unchanged: 0, ...(rows[0]?.counts ?? {}) };
  return {
    counts,
    revisions: rows[0]?.revisions ?? 0,
    // an empty page is one row of counts only
    rows: rows.filter((r) => r.kind !== null).map((r) => ({
      indicatorId: r.indicator_id,
      indicatorCode: r.indicator_code,
      indicatorNameZh: r.indicator_name_zh,
      indicatorNameEn: r.indicator_name_en,
      unit: r.unit,
      regionCode: r.region_code,
      regionNameZh: r.region_name_zh,
      regionNameEn: r.region_name_en,
      period: r.period,
      value: trimDecimal(r.value),
      flag: r.flag,
      oldValue: trimDecimal(r.old_value),
      oldFlag: r.old_flag,
      diff: trimDecimal(r.diff),
      kind: r.kind,
      line: r.line,
    })),
  };
}

/** A page of the batch's values against what is public now (the batch's keys only). */
export async function previewRows(q: Queryable, batchId: number, opts: { kind?: PreviewKind; limit?: number; offset?: number } = {}): Promise<PreviewRow[]> {
  return (await previewPage(q, batchId, opts)).rows;
}
