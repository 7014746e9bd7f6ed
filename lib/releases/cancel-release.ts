import "server-only";
import { requiredReason } from "@/lib/forms/reason";
import { db } from "@/lib/db";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { assertStillProtected } from "@/lib/disclosure/recheck";
import { bumpPublicVersion } from "@/lib/public/cache";

// Cancellation closes a minute before the release, as a withdrawal does: no reader may catch a
// value that is public for an instant and then gone.
const CUTOFF_MS = 60_000;

/**
 * Calls off a planned release. Only one still ahead can be cancelled, so nothing already public
 * changes; its approved batches go back to review (submitted), to be approved into another
 * release. The release, the reason and each returned batch are in the audit trail.
 */
export async function cancelRelease(releaseId: number, reason: string, actorId: number, ctx: AuditContext): Promise<{ returnedBatches: number[] }> {
  const why = requiredReason(reason, 500, { zh: "取消发布须说明原因。", en: "Cancelling a release needs a reason." });
  return db().$transaction(async (tx) => {
    const [r] = await tx.$queryRaw<{ id: number; title_zh: string; release_at: Date; cancelled_at: Date | null }[]>`
      SELECT id, title_zh, release_at, cancelled_at FROM release WHERE id = ${releaseId} FOR UPDATE`;
    if (!r) throw new AppError("NOT_FOUND", "发布不存在。", "No such release.");
    if (r.cancelled_at) throw new AppError("INVALID_STATE", `发布“${r.title_zh}”已经取消。`, "This release is already cancelled.");
    if (r.release_at.getTime() - Date.now() < CUTOFF_MS) {
      throw new AppError("INVALID_STATE", `发布“${r.title_zh}”已发布或即将发布（1 分钟内），不能取消；如需更正请上传修订数据。`, "This release has happened or is due within a minute; it cannot be cancelled. Upload a revision instead.");
    }
    // the batches are locked too, so that no approval or withdrawal races the cancellation
    const batches = await tx.$queryRaw<{ id: number }[]>`
      SELECT id FROM batch WHERE release_id = ${releaseId} AND status = 'APPROVED' ORDER BY id FOR UPDATE`;
    const ids = batches.map((b) => b.id);
    await tx.release.update({ where: { id: releaseId }, data: { cancelledAt: new Date(), cancelReason: why, cancelledById: actorId } });
    if (ids.length) {
      await tx.batch.updateMany({
        where: { id: { in: ids } },
        data: { status: "SUBMITTED", releaseId: null, reviewerId: null, reviewedAt: null, revisionReason: null },
      });
    }
    // the batches taken out must not leave a confidential value exposed (lib/disclosure/recheck.ts)
    await assertStillProtected(tx, ids, { zh: "取消发布", en: "cancel the release" });
    await writeAudit(tx, ctx, {
      action: "release.cancelled",
      entityType: "release",
      entityId: releaseId,
      data: { titleZh: r.title_zh, releaseAt: r.release_at.toISOString(), reason: why, batches: ids },
    });
    for (const id of ids) {
      await writeAudit(tx, ctx, { action: "batch.returned_to_review", entityType: "batch", entityId: id, data: { releaseId, reason: why } });
    }
    await bumpPublicVersion(tx); // the calendar is public
    return { returnedBatches: ids };
  });
}
