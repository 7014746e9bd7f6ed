import "server-only";
import type { Queryable } from "@/lib/db/queryable";
import type { IngestIndicator, IngestRegion, PublishedValue, QualitySummary } from "@/lib/ingest";
import type { PublishedIndex } from "@/lib/ingest/quality-values";
import { gatherPublished, type PublishedFilter } from "@/lib/ingest/quality-history";
import { trimDecimal, visibleQueryParams, visibleVintagesSql } from "@/lib/public/visible-observations";
import { qualityReach } from "@/lib/rules/evaluate";
import type { Rule } from "@/lib/rules/params";

// STAFF ONLY: the published figures themselves, withheld ones included (reveal), as the
// reviewer and the uploader compare with them. Only each key's newest vintage: the checks
// never read what a revision replaced, so the passes of the public read that find it are
// skipped (issue 21: they were most of the review page's largest read at 10× the data).
const SQL = `
WITH v AS (${visibleVintagesSql(
  { asOf: "$1::timestamptz", indicatorIds: "$2::int[]", regionCodes: "$3::text[]", from: "$4::date", to: "$5::date" },
  { reveal: true },
)})
SELECT indicator_id, region_code, period, value::text AS value FROM v WHERE rn = 1 AND value IS NOT NULL`;

/**
 * What is public now that the quality checks compare with: the keys they name, and of the
 * series the magnitude rules read, what decides their findings (lib/ingest/quality-history.ts).
 */
export async function qualityPublished(q: Queryable, summary: QualitySummary, indicators: IngestIndicator[], regions: IngestRegion[], rules: Rule[]): Promise<PublishedIndex> {
  const asOf = new Date(); // one moment for every round
  const read = async (f: PublishedFilter): Promise<PublishedValue[]> => {
    const { rows } = await q.query<{ indicator_id: number; region_code: string; period: string; value: string }>(SQL, visibleQueryParams({ ...f, asOf }));
    return rows.map((v) => ({ indicatorId: v.indicator_id, regionCode: v.region_code, period: v.period, value: trimDecimal(v.value)! }));
  };
  return gatherPublished(summary, indicators, regions, qualityReach(rules), read);
}
