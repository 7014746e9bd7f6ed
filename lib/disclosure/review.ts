import "server-only";
// What the review page shows about disclosure: the batch's withheld values with why, and
// whether approving it now would still be possible (the decision run again, rolled back).
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { trimDecimal } from "@/lib/public/visible-observations";
import { decideDisclosure, type Withheld } from "./decide";

export type WithheldCell = { indicatorCode: string; regionCode: string; regionNameZh: string; regionNameEn: string; period: string; value: string | null; withheld: Withheld };
/** A value of the batch the reviewer may withhold instead (its ref as the form sends it: "code|region|period"). */
export type CandidateCell = { ref: string; indicatorCode: string; regionNameZh: string; regionNameEn: string; period: string; value: string | null };
export type DisclosureReview = { cells: WithheldCell[]; blocked: { zh: string; en: string } | null; candidates: CandidateCell[] };

class Rollback extends Error {}

/** Whether approving the batch now would be refused, and why: the decision run and rolled back. */
async function approvalBlocked(batchId: number): Promise<DisclosureReview["blocked"]> {
  try {
    await db().$transaction(async (tx) => {
      await decideDisclosure(tx, batchId, "approved", { look: true });
      throw new Rollback(); // a look, not a change
    }, { timeout: 60_000 });
  } catch (e) {
    if (isAppError(e)) return { zh: e.zh, en: e.en };
    if (!(e instanceof Rollback)) throw e;
  }
  return null;
}

export async function reviewDisclosure(batchId: number, recheck: boolean): Promise<DisclosureReview> {
  // side by side: the page waits on both
  const [rows, blocked] = await Promise.all([
    db().$queryRaw<{ code: string; region_code: string; name_zh: string; name_en: string; period: string; value: string | null; withheld: Withheld }[]>`
      SELECT i.code, o.region_code, g.name_zh, g.name_en, o.period, o.value::text AS value, o.withheld
      FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN region g ON g.code = o.region_code
      WHERE o.batch_id = ${batchId} AND o.withheld IS NOT NULL
      ORDER BY o.withheld->>'kind' DESC, i.sort_order, i.code, g.sort_order, o.period`,
    recheck ? approvalBlocked(batchId) : null,
  ]);
  // the other values of the tables around the withheld ones (their indicators, totals and sibling parts)
  const candidates = rows.length
    ? await db().$queryRaw<{ code: string; region_code: string; name_zh: string; name_en: string; period: string; value: string | null }[]>`
        SELECT i.code, o.region_code, g.name_zh, g.name_en, o.period, o.value::text AS value
        FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN region g ON g.code = o.region_code
        WHERE o.batch_id = ${batchId} AND o.withheld IS NULL AND o.value IS NOT NULL
          AND coalesce(i.part_of_id, i.id) IN (
            SELECT coalesce(x.part_of_id, x.id) FROM indicator x JOIN observation w ON w.indicator_id = x.id
            WHERE w.batch_id = ${batchId} AND w.withheld->>'kind' IN ('primary', 'secondary'))
        ORDER BY i.sort_order, i.code, g.sort_order, o.period LIMIT 1000`
    : [];
  return {
    candidates: candidates.map((r) => ({ ref: `${r.code}|${r.region_code}|${r.period}`, indicatorCode: r.code, regionNameZh: r.name_zh, regionNameEn: r.name_en, period: r.period, value: trimDecimal(r.value) })),
    cells: rows.map((r) => ({ indicatorCode: r.code, regionCode: r.region_code, regionNameZh: r.name_zh, regionNameEn: r.name_en, period: r.period, value: trimDecimal(r.value), withheld: r.withheld })),
    blocked,
  };
}
