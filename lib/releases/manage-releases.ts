import "server-only";
import { requiredReason } from "@/lib/forms/reason";
import { z } from "zod";
import { db } from "@/lib/db";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { bumpPublicVersion } from "@/lib/public/cache";
import { ZReleasePeriod } from "./release-naming";
import { periodBeforeRelease } from "./release-title";

export const ZPlanRelease = z.object({
  titleZh: z.string().trim().min(2, "请填写发布标题 / Title required").max(200),
  titleEn: z.string().trim().max(200).optional().transform((v) => v || null),
  period: z.union([z.literal("").transform(() => null), ZReleasePeriod]).optional().transform((v) => v ?? null),
  releaseAt: z.date(),
  indicatorCodes: z.array(z.string().trim().min(1)).max(500).default([]),
});
export type TPlanRelease = z.infer<typeof ZPlanRelease>;

const inFuture = (d: Date) => d.getTime() > Date.now();

export async function planRelease(input: TPlanRelease, actorId: number, ctx: AuditContext): Promise<number> {
  if (!inFuture(input.releaseAt)) throw new AppError("INVALID_INPUT", "发布时间须在将来。", "The release time must be in the future.");
  return db().$transaction(async (tx) => {
    const indicators = await tx.indicator.findMany({
      where: { code: { in: input.indicatorCodes } },
      select: { id: true, code: true, frequency: true, measureType: true, dueDays: true },
    });
    const missing = input.indicatorCodes.filter((c) => !indicators.some((i) => i.code === c));
    if (missing.length) throw new AppError("INVALID_INPUT", `未知指标：${missing.join("、")}`, `Unknown indicators: ${missing.join(", ")}`);
    // the calendar always says which period a release reports: left empty, it is the latest
    // period of these indicators whose returns are due before the release day
    const period = input.period ?? periodBeforeRelease(indicators, input.releaseAt);
    if (!period) throw new AppError("INVALID_INPUT", "请填写数据时期（如 2025Q4），或填写涉及指标以便推算。", "Give the data period (e.g. 2025Q4), or the indicators to derive it from.");
    const r = await tx.release.create({
      data: {
        titleZh: input.titleZh,
        titleEn: input.titleEn,
        period,
        releaseAt: input.releaseAt,
        createdById: actorId,
        indicators: { create: indicators.map((i) => ({ indicatorId: i.id })) },
      },
    });
    await writeAudit(tx, ctx, { action: "release.planned", entityType: "release", entityId: r.id, data: { ...input, period, releaseAt: input.releaseAt.toISOString() } });
    await bumpPublicVersion(tx); // the calendar is public
    return r.id;
  });
}

/**
 * Moves a release that has not happened yet. The old and new times and the reason stay on
 * the calendar as a visible note; a release in the past cannot be moved, since its values
 * are already public.
 */
export async function moveRelease(releaseId: number, toAt: Date, reason: string, actorId: number, ctx: AuditContext): Promise<void> {
  const why = requiredReason(reason, 500, { zh: "调整发布时间须说明原因。", en: "Moving a release needs a reason." });
  if (!inFuture(toAt)) throw new AppError("INVALID_INPUT", "新的发布时间须在将来。", "The new time must be in the future.");
  await db().$transaction(async (tx) => {
    const [r] = await tx.$queryRaw<{ id: number; release_at: Date; cancelled_at: Date | null }[]>`
      SELECT id, release_at, cancelled_at FROM release WHERE id = ${releaseId} FOR UPDATE`;
    if (!r || r.cancelled_at) throw new AppError("NOT_FOUND", "发布不存在。", "No such release.");
    if (!inFuture(r.release_at)) throw new AppError("INVALID_STATE", "该发布已经发生，不能调整时间。", "This release has already happened; it cannot be moved.");
    await tx.release.update({ where: { id: releaseId }, data: { releaseAt: toAt } });
    await tx.releaseMove.create({ data: { releaseId, fromAt: r.release_at, toAt, reason: why, movedById: actorId } });
    await writeAudit(tx, ctx, { action: "release.moved", entityType: "release", entityId: releaseId, data: { from: r.release_at.toISOString(), to: toAt.toISOString(), reason: why } });
    await bumpPublicVersion(tx);
  });
}

/** "2025-10-28T10:00" typed in Asia/Shanghai (the bureau's clock) → a Date. */
export function parseShanghaiDateTime(local: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const d = new Date(`${local.length === 16 ? `${local}:00` : local}+08:00`);
  return Number.isNaN(d.getTime()) ? null : d;
}
