import "server-only";
import { DEFAULT_LIMITS, type IngestWarning, type Locale, type QualityRow } from "@/lib/ingest";
import type { Queryable } from "@/lib/db/queryable";
import { trimDecimal } from "@/lib/public/visible-observations";
import { loadIngestContext } from "./ingest-context";
import { qualityPublished } from "./quality-published";
import { asWarnings, evaluateRules } from "@/lib/rules/evaluate";
import { loadRules } from "@/lib/rules/load-rules";

/**
 * The bureau's magnitude rules (one engine, lib/rules/evaluate.ts) run again on a staged batch
 * against what is public now, for the reviewer: what was published since the upload counts,
 * and batches staged before a check existed get it too. Only those: the other rules' findings
 * were recorded at staging with the reporter's explanations (lib/rules/findings.ts), and at
 * 100× the data checking them again was most of the review page's time (issue 21).
 */
export async function checkBatchOutliers(q: Queryable, batchId: number, locale: Locale): Promise<IngestWarning[]> {
  const limit = DEFAULT_LIMITS.maxQualityRows;
  // side by side: the batch's values, its catalogue and the rules (the page waits on this check)
  const [ctx, all, { rows }] = await Promise.all([
    loadIngestContext(q, locale, { ofBatch: batchId }),
    loadRules(q),
    q.query<{ indicator_id: number; region_code: string; period: string; value: string; line: number | null }>(
      `SELECT indicator_id, region_code, period, value::text AS value, line FROM observation
       WHERE batch_id = $1 AND value IS NOT NULL ORDER BY line NULLS LAST, id LIMIT $2`,
      [batchId, limit + 1],
    ),
  ]);
  const rules = all.filter((r) => r.params.check === "magnitude");
  if (!rules.some((r) => r.active)) return [];
  const summary = {
    truncated: rows.length > limit,
    rows: rows.slice(0, limit).map((r): QualityRow => ({ indicatorId: r.indicator_id, regionCode: r.region_code, period: r.period, value: trimDecimal(r.value)!, line: r.line ?? 0 })),
  };
  const published = await qualityPublished(q, summary, ctx.indicators, ctx.regions, rules);
  return asWarnings(evaluateRules({ summary, published, indicators: ctx.indicators, regions: ctx.regions, rules, locale }));
}
