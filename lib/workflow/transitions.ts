import "server-only";
import { requiredReason } from "@/lib/forms/reason";
import { db } from "@/lib/db";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { canReviewBatch, canSubmitBatch, canWithdrawBatch, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { assertRole, assertVisible, notPermitted } from "./batch-access";
import { assertState, lockBatch } from "./lock-batch";
import { decideDisclosure, decisionAudit } from "@/lib/disclosure/decide";
import { prismaQueryable } from "@/lib/db/prisma-queryable";
import { unexplained, unexplainedError } from "@/lib/rules/findings";
import { assertStillProtected } from "@/lib/disclosure/recheck";

// The batch lifecycle: staged → submitted → approved (attached to a release) → released,
// or rejected / withdrawn. Each transition locks the batch, checks who and what state,
// changes it and writes its audit event, all in one transaction. Approval is in approve-batch.ts.

export type TransitionOptions = { batchId: number; actor: Actor; ctx: AuditContext };

const WITHDRAW_CUTOFF_MS = 60_000;

export async function submitBatch({ batchId, actor, ctx }: TransitionOptions): Promise<void> {
  assertRole(actor, ["batch:upload"], { zh: "当前角色不能提交批次。", en: "your role cannot submit batches." });
  await db().$transaction(async (tx) => {
    const b = await lockBatch(tx, batchId);
    assertVisible(actor, b);
    if (!canSubmitBatch(actor, { uploaderId: b.uploader_id })) throw notPermitted({ zh: "只有上传人可以提交自己的批次。", en: "only the uploader can submit their batch." });
    assertState(b, ["STAGED"], { zh: "提交审核", en: "submitted" });
    // every 核实性 (soft) rule finding needs the reporter's explanation first
    const missing = await unexplained(prismaQueryable(tx), batchId);
    if (missing.length) throw unexplainedError(missing);
    // primary and complementary cells, proposed for the reviewer (refused here if they cannot be protected)
    const disclosure = await decideDisclosure(tx, batchId, "submitted");
    await tx.batch.update({ where: { id: batchId }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    await writeAudit(tx, ctx, { action: "batch.submitted", entityType: "batch", entityId: batchId, data: { disclosure: decisionAudit(disclosure, "submitted") } });
  }, { timeout: 60_000 }); // the suppression solves a few small MIPs: more than the default 5 s on a busy machine
}

export async function rejectBatch({ batchId, actor, ctx, reason }: TransitionOptions & { reason: string }): Promise<void> {
  assertRole(actor, ["batch:review"], { zh: "当前角色不能审核批次。", en: "your role cannot review batches." });
  const why = requiredReason(reason, 2000, { zh: "退回时须填写原因。", en: "A rejection needs a reason." });
  await db().$transaction(async (tx) => {
    const b = await lockBatch(tx, batchId);
    assertVisible(actor, b);
    if (!canReviewBatch(actor, { uploaderId: b.uploader_id })) {
      throw new AppError("FORBIDDEN", "审核人不能审核自己上传的批次。", "A reviewer cannot review a batch they uploaded.");
    }
    assertState(b, ["SUBMITTED"], { zh: "退回", en: "rejected" });
    await tx.batch.update({ where: { id: batchId }, data: { status: "REJECTED", rejectReason: why, reviewerId: actor.id, reviewedAt: new Date() } });
    await writeAudit(tx, ctx, { action: "batch.rejected", entityType: "batch", entityId: batchId, data: { reason: why } });
  });
}

export async function withdrawBatch({ batchId, actor, ctx }: TransitionOptions): Promise<void> {
  assertRole(actor, ["batch:upload", "release:manage"], { zh: "当前角色不能撤回批次。", en: "your role cannot withdraw batches." });
  await db().$transaction(async (tx) => {
    const b = await lockBatch(tx, batchId);
    assertVisible(actor, b);
    if (!canWithdrawBatch(actor, { uploaderId: b.uploader_id })) {
      throw notPermitted({ zh: "只有上传人或发布管理员可以撤回批次。", en: "only the uploader or a release manager can withdraw a batch." });
    }
    assertState(b, ["STAGED", "SUBMITTED", "APPROVED"], { zh: "撤回", en: "withdrawn" });
    // withdrawals close a minute before the release, so that no reader can catch a value
    // that is public for an instant and then gone
    if (b.status === "APPROVED" && b.release_at && b.release_at.getTime() - Date.now() < WITHDRAW_CUTOFF_MS) {
      throw new AppError("INVALID_STATE", `批次 ${batchId} 已发布或即将发布（1 分钟内），不能撤回；如需更正请上传修订数据。`, `Batch ${batchId} is released or due within a minute; upload a revision instead.`);
    }
    await tx.batch.update({ where: { id: batchId }, data: { status: "WITHDRAWN" } });
    // an approved batch taken out must not leave a confidential value exposed (lib/disclosure/recheck.ts)
    if (b.status === "APPROVED") await assertStillProtected(tx, [batchId], { zh: "撤回", en: "withdraw" });
    await writeAudit(tx, ctx, { action: "batch.withdrawn", entityType: "batch", entityId: batchId, data: { from: b.status } });
  });
}
