// Taking approved values out again (a withdrawal, a cancelled release) must not expose a
// confidential value: a share or growth rate in another batch, hidden because a value of the
// batch taken out is withheld (lib/public/visible-observations.ts), would show again and give
// that value away; and where a withheld value taken out leaves an older public vintage in its
// place, the other approved batches with confidential values in the same periods must still be
// protected without the batch (checked as they stand, adding no cell: decide.ts).
// Called inside the transaction after the status changed; refuses with the cells named. A
// value already public is never withdrawn to make up for it.
import type { Tx } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { decideDisclosure, labeller } from "./decide";
import { derivedOf, loadDerivedLinks, sourcesOf, withheldElsewhere } from "./derived";
import { cellKey, splitKey } from "./tables";

export async function assertStillProtected(tx: Tx, removed: number[], verb: { zh: string; en: string }): Promise<void> {
  if (!removed.length) return;
  const links = await loadDerivedLinks(tx);
  const hidden = await tx.$queryRaw<{ indicator_id: number; region_code: string; period: string }[]>`
    SELECT indicator_id, region_code, period FROM observation
    WHERE batch_id = ANY(${removed}::int[]) AND (flag = 'CONFIDENTIAL' OR withheld IS NOT NULL)`;
  const derived = [...new Set(hidden.flatMap((o) => derivedOf(cellKey(o.indicator_id, o.region_code, o.period), links)))];
  if (derived.length) {
    const k = derived.map(splitKey);
    const shown = await tx.$queryRaw<{ indicator_id: number; region_code: string; period: string }[]>`
      SELECT DISTINCT o.indicator_id, o.region_code, o.period
      FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
      JOIN unnest(${k.map((x) => x.indicatorId)}::int[], ${k.map((x) => x.regionCode)}::text[], ${k.map((x) => x.period)}::text[]) AS t(i, g, p)
        ON o.indicator_id = t.i AND o.region_code = t.g AND o.period = t.p
      WHERE b.status = 'APPROVED' AND r.cancelled_at IS NULL AND o.value IS NOT NULL AND o.flag IS DISTINCT FROM 'CONFIDENTIAL' AND o.withheld IS NULL`;
    const keys = shown.map((o) => cellKey(o.indicator_id, o.region_code, o.period));
    // still hidden through another withheld source (the batches taken out are no longer approved)
    const others = await withheldElsewhere(tx, -1, [...new Set(keys.flatMap((d) => sourcesOf(d, links).map((s) => s.key)))]);
    const exposed = keys.filter((d) => !sourcesOf(d, links).some((s) => others.has(s.key)));
    if (exposed.length) {
      const label = await labeller(tx);
      const list = (l: "zh" | "en") => exposed.slice(0, 6).map((d) => label(d, l)).join(l === "en" ? ", " : "、");
      throw new AppError(
        "INVALID_STATE",
        `不能${verb.zh}：本批次的保密数值使以下比重或增速不公开，${verb.zh}后它们将公开并泄露保密数值：${list("zh")}。请先与发布管理员商定处理办法。`,
        `Cannot ${verb.en}: the confidential values of this batch keep these shares or growth rates withheld, and afterwards they would show and give those values away: ${list("en")}. Agree with the release manager how to proceed.`,
      );
    }
  }
  // taking values out only removes what the public knows, except where a withheld one leaves an
  // older public vintage of its key in its place: only then can other protection fail
  const revived = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM observation w
    JOIN observation o ON o.indicator_id = w.indicator_id AND o.region_code = w.region_code AND o.period = w.period AND o.batch_id <> w.batch_id
    JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
    WHERE w.batch_id = ANY(${removed}::int[]) AND (w.flag = 'CONFIDENTIAL' OR w.withheld IS NOT NULL)
      AND b.status = 'APPROVED' AND r.cancelled_at IS NULL AND o.value IS NOT NULL AND o.flag IS DISTINCT FROM 'CONFIDENTIAL' AND o.withheld IS NULL`;
  if (!revived[0]?.n) return;
  const affected = await tx.$queryRaw<{ batch_id: number }[]>`
    SELECT DISTINCT o.batch_id FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
    WHERE b.status = 'APPROVED' AND r.cancelled_at IS NULL
      AND (o.flag = 'CONFIDENTIAL' OR o.withheld->>'kind' = 'primary')
      AND o.period IN (SELECT period FROM observation WHERE batch_id = ANY(${removed}::int[]))
    ORDER BY o.batch_id`;
  for (const a of affected) await decideDisclosure(tx, a.batch_id, "approved", { recheck: verb });
}
