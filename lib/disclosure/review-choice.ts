import "server-only";
// The reviewer picks other complementary cells: proposed cells are released and other values of
// the batch withheld instead. The set is checked as it stands by the same check as the
// decision (suppress.ts, adding nothing), refused with the cells it would leave unprotected, and
// stored as the reviewer's choice (`chosen`), which the approval keeps as long as it protects.
// One transaction with its audit record; nothing changes when the check refuses.
import { db } from "@/lib/db";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { canReviewBatch, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { decideDisclosure, decisionAudit, type Withheld } from "./decide";

/** A cell of the batch as the form names it: "indicator code|region code|period". */
export type CellRef = { indicatorCode: string; regionCode: string; period: string };

export function parseCellRef(s: string): CellRef | null {
  const [indicatorCode, regionCode, period] = s.split("|");
  return indicatorCode && regionCode && period ? { indicatorCode, regionCode, period } : null;
}

export async function replaceComplementary(batchId: number, drop: CellRef[], add: CellRef[], actor: Actor, ctx: AuditContext): Promise<void> {
  if (!drop.length && !add.length) throw new AppError("INVALID_INPUT", "请选择要公开或改为不公开的数值。", "Choose the values to release or to withhold instead.");
  await db().$transaction(
    async (tx) => {
      // locked: an approval running at the same time waits for the choice, or the choice for it
      const [batch] = await tx.$queryRaw<{ status: string; uploader_id: number | null }[]>`SELECT status::text AS status, uploader_id FROM batch WHERE id = ${batchId} FOR UPDATE`;
      if (!batch) throw new AppError("NOT_FOUND", "该批次不存在。", "No such batch.");
      if (!canReviewBatch(actor, { uploaderId: batch.uploader_id })) throw new AppError("FORBIDDEN", "只有审核人可以调整辅助保密数值，且不能审核自己上传的批次。", "Only a reviewer may change the complementary values, and never of a batch they uploaded.");
      if (batch.status !== "SUBMITTED") throw new AppError("INVALID_STATE", "只有待审核的批次可以调整辅助保密数值。", "Only a batch awaiting review can have its complementary values changed.");
      const find = async (c: CellRef) =>
        (
          await tx.$queryRaw<{ id: number; withheld: Withheld | null }[]>`
            SELECT o.id, o.withheld FROM observation o JOIN indicator i ON i.id = o.indicator_id
            WHERE o.batch_id = ${batchId} AND i.code = ${c.indicatorCode} AND o.region_code = ${c.regionCode} AND o.period = ${c.period}`
        )[0];
      const name = (c: CellRef) => `${c.indicatorCode} ${c.regionCode} ${c.period}`;
      const out: number[] = [];
      for (const c of drop) {
        const o = await find(c);
        if (o?.withheld?.kind !== "secondary") throw new AppError("INVALID_INPUT", `${name(c)} 不是本批次的辅助保密数值。`, `${name(c)} is not a complementary value of this batch.`);
        out.push(o.id);
      }
      const into: number[] = [];
      for (const c of add) {
        const o = await find(c);
        if (!o) throw new AppError("INVALID_INPUT", `本批次没有数值 ${name(c)}。`, `The batch has no value ${name(c)}.`);
        if (o.withheld) throw new AppError("INVALID_INPUT", `${name(c)} 已经不公开。`, `${name(c)} is withheld already.`);
        into.push(o.id);
      }
      // the reviewer's set: every complementary cell now, less the ones released, plus the ones chosen
      await tx.$executeRaw`
        UPDATE observation SET withheld = withheld || '{"chosen": true}'::jsonb
        WHERE batch_id = ${batchId} AND withheld->>'kind' = 'secondary'`;
      await tx.$executeRaw`UPDATE observation SET withheld = NULL WHERE id = ANY(${out}::int[])`;
      await tx.$executeRaw`UPDATE observation SET withheld = '{"kind": "secondary", "chosen": true, "protects": []}'::jsonb WHERE id = ANY(${into}::int[])`;
      const decision = await decideDisclosure(tx, batchId, "submitted", { onlyChosen: true });
      await writeAudit(tx, ctx, {
        action: "disclosure.secondary_chosen",
        entityType: "batch",
        entityId: batchId,
        data: { released: drop.map(name), withheld: add.map(name), disclosure: decisionAudit(decision, "submitted") },
      });
    },
    { timeout: 60_000 },
  );
}
