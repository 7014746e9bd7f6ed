import "server-only";
import type { Queryable } from "@/lib/db/queryable";
import { findPublishedForStaff } from "@/lib/public/visible-observations";

/** One indicator and region: the published series (withheld figures included: the reviewer sees them) and this batch's values, by period. */
export async function batchVsPublished(q: Queryable, batchId: number, indicatorId: number, regionCode: string) {
  const [published, mine] = await Promise.all([
    findPublishedForStaff(q, { indicatorIds: [indicatorId], regionCodes: [regionCode] }),
    q.query<{ period: string; value: string | null }>(
      "SELECT period, value::text AS value FROM observation WHERE batch_id = $1 AND indicator_id = $2 AND region_code = $3",
      [batchId, indicatorId, regionCode],
    ),
  ]);
  const periods = [...new Set([...published.map((p) => p.period), ...mine.rows.map((r) => r.period)])].sort();
  const pub = new Map(published.map((p) => [p.period, p.value]));
  const own = new Map(mine.rows.map((r) => [r.period, r.value]));
  return periods.map((period) => ({ period, published: pub.get(period) ?? null, batch: own.get(period) ?? null }));
}

/** The (indicator, region) pairs a batch touches, to choose the chart from. */
export async function batchSeriesKeys(q: Queryable, batchId: number) {
  const { rows } = await q.query<{ indicator_id: number; code: string; name_zh: string; name_en: string; unit: string; region_code: string }>(
    `SELECT DISTINCT o.indicator_id, i.code, i.name_zh, i.name_en, i.unit, o.region_code
     FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.batch_id = $1 ORDER BY i.code, o.region_code`,
    [batchId],
  );
  return rows;
}
