import "server-only";
import type { Queryable } from "@/lib/db/queryable";
import { qualityIndicatorsNeeded, qualityKeysNeeded, type IngestIndicator, type IngestRegion, type PublishedValue, type QualitySummary } from "@/lib/ingest";
import { findPublishedForStaff } from "@/lib/public/visible-observations";

/**
 * What is public now that the quality checks compare with: the keys they name, and every
 * value of the indicators whose series the magnitude check reads.
 */
export async function qualityPublished(q: Queryable, summary: QualitySummary, indicators: IngestIndicator[], regions: IngestRegion[]): Promise<PublishedValue[]> {
  const keys = qualityKeysNeeded(summary, indicators, regions);
  const whole = new Set(qualityIndicatorsNeeded(summary, indicators));
  if (!keys.length && !whole.size) return [];
  const want = new Set(keys.map((k) => `${k.indicatorId}|${k.regionCode}|${k.period}`));
  const visible = await findPublishedForStaff(q, { indicatorIds: [...new Set([...keys.map((k) => k.indicatorId), ...whole])] });
  return visible
    .filter((v) => v.value !== null && (whole.has(v.indicatorId) || want.has(`${v.indicatorId}|${v.regionCode}|${v.period}`)))
    .map((v) => ({ indicatorId: v.indicatorId, regionCode: v.regionCode, period: v.period, value: v.value! }));
}
