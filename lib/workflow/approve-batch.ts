import "server-only";
import { db } from "@/lib/db";
import { writeAudit, type AuditContext, type Tx } from "@/lib/audit/write-audit";
import { canReviewBatch, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { RevisionReason } from "@/lib/generated/prisma/client";
import { bumpPublicVersion } from "@/lib/public/cache";
import { previewCounts } from "@/lib/batches/preview";
import { prismaQueryable } from "@/lib/db/prisma-queryable";
import { suggestRelease } from "@/lib/releases/suggest-release";
import type { TReleaseNaming } from "@/lib/releases/release-naming";
import { assertRole, assertVisible } from "./batch-access";
import { assertState, lockBatch } from "./lock-batch";
import { decideDisclosure, decisionAudit } from "@/lib/disclosure/decide";

export type ApproveOptions = {
  batchId: number;
  actor: Actor;
  ctx: AuditContext;
  /** a planned release, or… */
  releaseId?: number;
  /** …a release at a chosen time (created for this batch), announced under this title and period */
  releaseAt?: Date;
  /** the new release's title and period; unset parts are suggested from the batch's data */
  naming?: Partial<TReleaseNaming>;
  revisionReason?: RevisionReason;
};

// A release time must not lie in the past: backdating would change what the public saw on
// earlier dates (the API's asOf answers), which a vintage history must never do.
const GRACE_MS = 5_000;

async function resolveRelease(tx: Tx, o: ApproveOptions, indicatorIds: number[]) {
  const suggested = await suggestRelease(prismaQueryable(tx), [o.batchId]);
  if (o.releaseId !== undefined) {
    // shared lock: a cancellation running now finishes first, and this approval then sees it
    await tx.$queryRaw`SELECT id FROM release WHERE id = ${o.releaseId} FOR SHARE`;
    const r = await tx.release.findUnique({ where: { id: o.releaseId } });
    if (!r || r.cancelledAt) throw new AppError("NOT_FOUND", "所选发布不存在或已取消。", "No such release (or it was cancelled).");
    if (r.releaseAt.getTime() < Date.now() - GRACE_MS) {
      throw new AppError("INVALID_INPUT", `发布“${r.titleZh}”的时间已过，不能再加入数据；请选择以后的发布。`, "That release has already happened; choose a later one.");
    }
    await tx.releaseIndicator.createMany({ data: indicatorIds.map((indicatorId) => ({ releaseId: r.id, indicatorId })), skipDuplicates: true });
    // a release planned without its period reports the period of the data it now carries
    if (!r.period && suggested) return tx.release.update({ where: { id: r.id }, data: { period: suggested.period } });
    return r;
  }
  if (!o.releaseAt || Number.isNaN(o.releaseAt.getTime())) throw new AppError("INVALID_INPUT", "请选择发布或发布时间。", "Choose a release or a release time.");
  if (o.releaseAt.getTime() < Date.now() - GRACE_MS) throw new AppError("INVALID_INPUT", "发布时间不能早于现在。", "The release time cannot be in the past.");
  const period = o.naming?.period ?? suggested?.period ?? null;
  // a chosen period gets the title suggested for it, unless the reviewer wrote one
  const forPeriod = suggested?.choices.find((c) => c.period === period) ?? suggested;
  const titleZh = o.naming?.titleZh ?? forPeriod?.titleZh ?? `${o.releaseAt.toISOString().slice(0, 10)} 数据发布`;
  const titleEn = o.naming?.titleEn ?? (o.naming?.titleZh ? null : (forPeriod?.titleEn ?? null));
  const r = await tx.release.create({
    data: {
      titleZh,
      titleEn,
      period,
      releaseAt: o.releaseAt,
      createdById: o.actor.id,
      indicators: { create: indicatorIds.map((indicatorId) => ({ indicatorId })) },
    },
  });
  await writeAudit(tx, o.ctx, {
    action: "release.planned",
    entityType: "release",
    entityId: r.id,
    data: { titleZh, titleEn, period, releaseAt: r.releaseAt.toISOString(), forBatch: o.batchId },
  });
  return r;
}

/** Approves a submitted batch into a release (four eyes; a revision needs a reason). */
export async function approveBatch(o: ApproveOptions): Promise<{ releaseId: number; releaseAt: Date; revised: number }> {
  // a role that may not approve hears so, not the four-eyes rule (which is about whose batch it is)
  assertRole(o.actor, ["batch:review"], { zh: "当前角色不能批准批次。", en: "your role cannot approve batches." });
  return db().$transaction(
    async (tx) => {
      const b = await lockBatch(tx, o.batchId);
      assertVisible(o.actor, b);
      if (!canReviewBatch(o.actor, { uploaderId: b.uploader_id })) {
        throw new AppError("FORBIDDEN", "审核人不能批准自己上传的批次（双人复核）。", "A reviewer cannot approve a batch they uploaded (four eyes).");
      }
      assertState(b, ["SUBMITTED"], { zh: "批准", en: "approved" });
      // values that change an approved value (public now or at its release) are revisions:
      // they become new vintages, and the public sees the change once both are out
      const revised = (await previewCounts(prismaQueryable(tx), o.batchId, { against: "approved", scope: "indicators" })).changed;
      if (revised > 0 && !o.revisionReason) {
        throw new AppError("INVALID_INPUT", `本批次修改了 ${revised} 个已发布数值，批准时须选择修订原因。`, `This batch revises ${revised} published values; choose a revision reason.`);
      }
      // decided again now: other releases or the rules may have changed since submission
      const disclosure = await decideDisclosure(tx, o.batchId, "approved");
      const ids = (await tx.$queryRaw<{ id: number }[]>`SELECT DISTINCT indicator_id AS id FROM observation WHERE batch_id = ${o.batchId}`).map((r) => r.id);
      const release = await resolveRelease(tx, o, ids);
      await tx.batch.update({
        where: { id: o.batchId },
        data: { status: "APPROVED", reviewerId: o.actor.id, reviewedAt: new Date(), releaseId: release.id, revisionReason: revised > 0 ? o.revisionReason : null },
      });
      await writeAudit(tx, o.ctx, {
        action: "batch.approved",
        entityType: "batch",
        entityId: o.batchId,
        data: { releaseId: release.id, releaseAt: release.releaseAt.toISOString(), revised, revisionReason: revised > 0 ? o.revisionReason : null, disclosure: decisionAudit(disclosure, "approved") },
      });
      if (revised > 0) {
        await writeAudit(tx, o.ctx, { action: "observation.revised", entityType: "batch", entityId: o.batchId, data: { values: revised, reason: o.revisionReason, releaseAt: release.releaseAt.toISOString() } });
      }
      await bumpPublicVersion(tx); // the release calendar is public, and a past release time shows the data now
      return { releaseId: release.id, releaseAt: release.releaseAt, revised };
    },
    { timeout: 60_000 },
  );
}
