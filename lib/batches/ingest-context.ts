import "server-only";
import type { Queryable } from "@/lib/db/queryable";
import type { IngestContext, Locale } from "@/lib/ingest";

/**
 * The catalogue and regions the upload core validates against, read fresh per upload. With
 * `ofBatch`, only the indicators that batch holds: enough for a check that looks at each value's
 * own indicator alone (the review page's magnitude check), where the whole catalogue was 5,700
 * rows read and indexed per view at 100× the data.
 */
export async function loadIngestContext(q: Queryable, locale: Locale, { ofBatch }: { ofBatch?: number } = {}): Promise<IngestContext> {
  const [ind, reg] = await Promise.all([
    q.query(
      `SELECT id, code, name_zh, name_en, unit, frequency, measure_type, decimals, min_value::text AS min, max_value::text AS max,
              retired_at IS NOT NULL AS retired, growth_of_id, part_of_id, jump_threshold::text AS jump
       FROM indicator WHERE $1::int IS NULL OR id IN (SELECT DISTINCT indicator_id FROM observation WHERE batch_id = $1)
       ORDER BY sort_order, code`,
      [ofBatch ?? null],
    ),
    q.query(`SELECT code, name_zh, name_en FROM region ORDER BY sort_order`),
  ]);
  return {
    locale,
    indicators: ind.rows.map((r) => ({
      id: r.id,
      code: r.code,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      unit: r.unit,
      frequency: r.frequency,
      measureType: r.measure_type,
      decimals: r.decimals,
      minValue: r.min,
      maxValue: r.max,
      retired: r.retired,
      growthOfId: r.growth_of_id,
      partOfId: r.part_of_id,
      jumpThreshold: r.jump,
    })),
    regions: reg.rows.map((r) => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en })),
  };
}
