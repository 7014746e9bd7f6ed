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

export type SeriesChoice = {
  indicator_id: number;
  code: string;
  name_zh: string;
  name_en: string;
  unit: string;
  /** the areas it has values for in the batch, in the areas' order */
  regions: { code: string; zh: string; en: string }[];
};

/**
 * The indicators a batch touches, in the catalogue's order, each with its areas: the chart's two
 * lists. One row per indicator, each looked up by its key (OFFSET 0), not a row per series with
 * its names: a batch of 1,400 values at 100× the data read 1,400 named rows to list 100.
 */
export async function batchSeriesKeys(q: Queryable, batchId: number): Promise<SeriesChoice[]> {
  const { rows } = await q.query<SeriesChoice>(
    `SELECT k.indicator_id, i.code, i.name_zh, i.name_en, i.unit, k.regions
     FROM (SELECT s.indicator_id, json_agg(json_build_object('code', g.code, 'zh', g.name_zh, 'en', g.name_en) ORDER BY g.sort_order, g.code) AS regions
           FROM (SELECT DISTINCT indicator_id, region_code FROM observation WHERE batch_id = $1) s JOIN region g ON g.code = s.region_code
           GROUP BY s.indicator_id) k
     CROSS JOIN LATERAL (SELECT code, name_zh, name_en, unit, sort_order FROM indicator WHERE id = k.indicator_id OFFSET 0) i
     ORDER BY i.sort_order, i.code`,
    [batchId],
  );
  return rows;
}

/** The series (indicator code, region) of a batch's value read from a file line, e.g. one a check flagged. */
export async function seriesAtLine(q: Queryable, batchId: number, line: number): Promise<{ indicator: string; region: string } | null> {
  const { rows } = await q.query<{ code: string; region_code: string }>(
    "SELECT i.code, o.region_code FROM observation o JOIN indicator i ON i.id = o.indicator_id WHERE o.batch_id = $1 AND o.line = $2 LIMIT 1",
    [batchId, line],
  );
  return rows[0] ? { indicator: rows[0].code, region: rows[0].region_code } : null;
}
