import "server-only";
import type { Queryable } from "@/lib/db/queryable";
import { qualityIndicatorsNeeded, qualityKeysNeeded, type IngestIndicator, type IngestRegion, type PublishedValue, type QualitySummary } from "@/lib/ingest";
import { trimDecimal, visibleVintagesSql } from "@/lib/public/visible-observations";

// STAFF ONLY: the published figures themselves, withheld ones included (reveal), as the
// reviewer and the uploader compare with them. Only each key's newest vintage: the checks
// never read what a revision replaced, so the passes of the public read that find it are
// skipped (issue 21: they were most of the review page's largest read at 10× the data).
const SQL = `
WITH v AS (${visibleVintagesSql({ asOf: "$2::timestamptz", indicatorIds: "$1::int[]", regionCodes: "NULL::text[]", from: "NULL::date", to: "NULL::date" }, { reveal: true })})
SELECT indicator_id, region_code, period, value::text AS value FROM v WHERE rn = 1 AND value IS NOT NULL
ORDER BY indicator_id, region_code, period`;

/**
 * What is public now that the quality checks compare with: the keys they name, and every
 * value of the indicators whose series the magnitude check reads.
 */
export async function qualityPublished(q: Queryable, summary: QualitySummary, indicators: IngestIndicator[], regions: IngestRegion[]): Promise<PublishedValue[]> {
  const keys = qualityKeysNeeded(summary, indicators, regions);
  const whole = new Set(qualityIndicatorsNeeded(summary, indicators));
  if (!keys.length && !whole.size) return [];
  const want = new Set(keys.map((k) => `${k.indicatorId}|${k.regionCode}|${k.period}`));
  const ids = [...new Set([...keys.map((k) => k.indicatorId), ...whole])];
  const { rows } = await q.query<{ indicator_id: number; region_code: string; period: string; value: string }>(SQL, [ids, new Date()]);
  return rows
    .filter((v) => whole.has(v.indicator_id) || want.has(`${v.indicator_id}|${v.region_code}|${v.period}`))
    .map((v) => ({ indicatorId: v.indicator_id, regionCode: v.region_code, period: v.period, value: trimDecimal(v.value)! }));
}
