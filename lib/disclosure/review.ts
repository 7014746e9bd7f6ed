import "server-only";
// What the review page shows about disclosure: the batch's withheld values with why, and
// whether approving it now would still be possible (the decision run again, rolled back).
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { trimDecimal } from "@/lib/public/visible-observations";
import { decideDisclosure, type Withheld } from "./decide";

export type WithheldCell = { indicatorCode: string; regionCode: string; regionNameZh: string; regionNameEn: string; period: string; value: string | null; withheld: Withheld };
export type DisclosureReview = { cells: WithheldCell[]; blocked: { zh: string; en: string } | null };

class Rollback extends Error {}

export async function reviewDisclosure(batchId: number, recheck: boolean): Promise<DisclosureReview> {
  const rows = await db().$queryRaw<{ code: string; region_code: string; name_zh: string; name_en: string; period: string; value: string | null; withheld: Withheld }[]>`
    SELECT i.code, o.region_code, g.name_zh, g.name_en, o.period, o.value::text AS value, o.withheld
    FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN region g ON g.code = o.region_code
    WHERE o.batch_id = ${batchId} AND o.withheld IS NOT NULL
    ORDER BY o.withheld->>'kind' DESC, i.sort_order, i.code, g.sort_order, o.period`;
  let blocked: DisclosureReview["blocked"] = null;
  if (recheck) {
    try {
      await db().$transaction(async (tx) => {
        await decideDisclosure(tx, batchId, "approved");
        throw new Rollback(); // a look, not a change
      }, { timeout: 60_000 });
    } catch (e) {
      if (isAppError(e)) blocked = { zh: e.zh, en: e.en };
      else if (!(e instanceof Rollback)) throw e;
    }
  }
  return {
    cells: rows.map((r) => ({ indicatorCode: r.code, regionCode: r.region_code, regionNameZh: r.name_zh, regionNameEn: r.name_en, period: r.period, value: trimDecimal(r.value), withheld: r.withheld })),
    blocked,
  };
}
