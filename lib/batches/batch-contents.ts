import "server-only";
import type { Queryable } from "@/lib/db/queryable";
import { comparePeriods, mustParsePeriod } from "@/lib/period";

/** What a batch holds, for lists staff read: its indicators by name, areas and periods. */
export type BatchContents = {
  indicators: { code: string; nameZh: string; nameEn: string }[];
  regions: number;
  /** earliest and latest period (codes) */
  from: string;
  to: string;
};

// grouped by indicator first, then each indicator named by its key: the catalogue (5,700
// indicators at 100×) was read and hashed whole for every batch shown. (OFFSET 0 keeps the
// lookup per indicator: the planner, guessing thousands of groups, would hash it again.)
export const BATCH_CONTENTS_SQL = `
SELECT c.batch_id, i.code, i.name_zh, i.name_en, c.regions, c.periods
FROM (SELECT batch_id, indicator_id, count(DISTINCT region_code)::int AS regions, array_agg(DISTINCT period) AS periods
      FROM observation WHERE batch_id = ANY($1::int[]) GROUP BY batch_id, indicator_id) c
CROSS JOIN LATERAL (SELECT code, name_zh, name_en, sort_order FROM indicator WHERE id = c.indicator_id OFFSET 0) i
ORDER BY c.batch_id, i.sort_order, i.code`;

export async function findBatchContents(q: Queryable, batchIds: number[]): Promise<Map<number, BatchContents>> {
  const out = new Map<number, BatchContents>();
  if (!batchIds.length) return out;
  const { rows } = await q.query<{ batch_id: number; code: string; name_zh: string; name_en: string; regions: number; periods: string[] }>(BATCH_CONTENTS_SQL, [batchIds]);
  const periods = new Map<number, Set<string>>();
  for (const r of rows) {
    const c = out.get(r.batch_id) ?? { indicators: [], regions: 0, from: "", to: "" };
    c.indicators.push({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en });
    c.regions = Math.max(c.regions, r.regions);
    out.set(r.batch_id, c);
    const set = periods.get(r.batch_id) ?? new Set();
    for (const p of r.periods) set.add(p);
    periods.set(r.batch_id, set);
  }
  for (const [id, set] of periods) {
    const sorted = [...set].sort((a, b) => comparePeriods(mustParsePeriod(a), mustParsePeriod(b)));
    const c = out.get(id)!;
    c.from = sorted[0];
    c.to = sorted.at(-1)!;
  }
  return out;
}
