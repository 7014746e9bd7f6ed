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

const SQL = `
SELECT o.batch_id, i.code, i.name_zh, i.name_en, min(i.sort_order) AS sort, count(DISTINCT o.region_code)::int AS regions,
       array_agg(DISTINCT o.period) AS periods
FROM observation o JOIN indicator i ON i.id = o.indicator_id
WHERE o.batch_id = ANY($1::int[])
GROUP BY o.batch_id, i.code, i.name_zh, i.name_en
ORDER BY o.batch_id, sort, i.code`;

export async function findBatchContents(q: Queryable, batchIds: number[]): Promise<Map<number, BatchContents>> {
  const out = new Map<number, BatchContents>();
  if (!batchIds.length) return out;
  const { rows } = await q.query<{ batch_id: number; code: string; name_zh: string; name_en: string; regions: number; periods: string[] }>(SQL, [batchIds]);
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
