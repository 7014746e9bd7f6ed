// Which of a batch's tables need the suppression model at all. A table is an indicator's sum
// closure (tables.ts) in one period; only a table that holds a value to protect (primary in
// this batch or in an approved one, or a cell the reviewer chose or a recheck keeps) can give
// anything away through its totals. A batch of a million plain values, none confidential, has
// no such table, and its decision must not build a model of a million cells (a submission
// that did so ran past its transaction's time limit and answered 500).
import type { Tx } from "@/lib/audit/write-audit";
import type { Withheld } from "./decide";
import { cellKey, indicatorClosure, type SumRelationRow } from "./tables";

export type BatchRow = { indicator_id: number; region_code: string; period: string; value: string | null; flag: string | null; units: number | null; top1: string | null; top2: string | null; withheld: Withheld | null };

/** The batch's rows that could be primary, chosen or kept: flagged, with units or contributions, or withheld already. */
export function candidateRows(tx: Tx, batchId: number): Promise<BatchRow[]> {
  return tx.$queryRaw<BatchRow[]>`
    SELECT indicator_id, region_code, period, value::text AS value, flag::text AS flag, units, top1::text AS top1, top2::text AS top2, withheld
    FROM observation WHERE batch_id = ${batchId}
      AND (flag = 'CONFIDENTIAL' OR units IS NOT NULL OR top1 IS NOT NULL OR top2 IS NOT NULL OR withheld IS NOT NULL)`;
}

/**
 * The indicators and periods of the tables that hold a cell to protect: `seeds` (this batch's
 * keys that are primary, chosen or kept) and the primary cells of approved batches in the
 * tables this batch touches. A superset is safe (the model is only larger); an empty answer
 * means there is nothing to protect.
 */
export async function hotTables(tx: Tx, batchId: number, seeds: { indicatorId: number; period: string }[], sums: SumRelationRow[]): Promise<{ indicators: number[]; periods: string[] }> {
  const touched = await tx.$queryRaw<{ indicator_id: number; periods: string[] }[]>`
    SELECT indicator_id, array_agg(DISTINCT period) AS periods FROM observation WHERE batch_id = ${batchId} GROUP BY indicator_id`;
  const closure = indicatorClosure(touched.map((t) => t.indicator_id), sums);
  const periods = [...new Set(touched.flatMap((t) => t.periods))];
  const elsewhere = closure.length
    ? await tx.$queryRaw<{ indicator_id: number; period: string }[]>`
        SELECT DISTINCT o.indicator_id, o.period
        FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
        WHERE b.status = 'APPROVED' AND r.cancelled_at IS NULL AND o.batch_id <> ${batchId}
          AND o.indicator_id = ANY(${closure}::int[]) AND o.period = ANY(${periods}::text[])
          AND (o.flag = 'CONFIDENTIAL' OR o.withheld->>'kind' = 'primary')`
    : [];
  const all = [...seeds, ...elsewhere.map((e) => ({ indicatorId: e.indicator_id, period: e.period }))];
  return { indicators: indicatorClosure([...new Set(all.map((s) => s.indicatorId))], sums), periods: [...new Set(all.map((s) => s.period))] };
}

/** Keys of the batch's rows of the given indicators (the derived ones: ratios, growth rates). */
export async function batchKeysOf(tx: Tx, batchId: number, indicatorIds: number[]): Promise<string[]> {
  if (!indicatorIds.length) return [];
  const rows = await tx.$queryRaw<{ indicator_id: number; region_code: string; period: string }[]>`
    SELECT indicator_id, region_code, period FROM observation WHERE batch_id = ${batchId} AND indicator_id = ANY(${indicatorIds}::int[])`;
  return rows.map((r) => cellKey(r.indicator_id, r.region_code, r.period));
}
