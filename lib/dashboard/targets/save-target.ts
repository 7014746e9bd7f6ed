import "server-only";
// Create, edit and delete targets. Each change is one transaction with its audit row, which
// carries the target before and after, so the trail shows what a goal used to be.
import { db } from "@/lib/db";
import { writeAudit, type AuditContext, type Tx } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import type { TargetInput } from "./schema";

type Snapshot = { indicatorCode: string; regionCode: string; year: number; value: string; baseYear: number | null; baseValue: string | null; deadline: string; source: string };

async function snapshot(tx: Tx, id: number): Promise<Snapshot | null> {
  const t = await tx.target.findUnique({ where: { id }, include: { indicator: { select: { code: true } } } });
  if (!t) return null;
  return {
    indicatorCode: t.indicator.code,
    regionCode: t.regionCode,
    year: t.year,
    value: t.value.toFixed(),
    baseYear: t.baseYear,
    baseValue: t.baseValue?.toFixed() ?? null,
    deadline: t.deadline.toISOString().slice(0, 10),
    source: t.source,
  };
}

async function resolve(tx: Tx, input: TargetInput) {
  const indicator = await tx.indicator.findUnique({ where: { code: input.indicatorCode }, select: { id: true } });
  if (!indicator) throw new AppError("INVALID_INPUT", `未知指标：${input.indicatorCode}`, `Unknown indicator: ${input.indicatorCode}`);
  const region = await tx.region.findUnique({ where: { code: input.regionCode }, select: { code: true } });
  if (!region) throw new AppError("INVALID_INPUT", `未知地区：${input.regionCode}`, `Unknown region: ${input.regionCode}`);
  return {
    indicatorId: indicator.id,
    regionCode: region.code,
    year: input.year,
    value: input.value,
    baseYear: input.baseYear ?? null,
    baseValue: input.baseValue ?? null,
    deadline: new Date(`${input.deadline}T00:00:00Z`),
    source: input.source,
  };
}

async function assertFree(tx: Tx, data: { indicatorId: number; regionCode: string; year: number }, exceptId: number | null) {
  const clash = await tx.target.findFirst({ where: { indicatorId: data.indicatorId, regionCode: data.regionCode, year: data.year, NOT: exceptId ? { id: exceptId } : undefined } });
  if (clash) throw new AppError("CONFLICT", "该指标、地区和年份已有目标，请编辑原目标。", "A target for this indicator, region and year exists; edit it instead.");
}

/** Creates a target (id null) or replaces an existing one; returns its id. */
export async function saveTarget(input: TargetInput, id: number | null, actorId: number, ctx: AuditContext): Promise<number> {
  return db().$transaction(async (tx) => {
    const data = await resolve(tx, input);
    await assertFree(tx, data, id);
    const before = id === null ? null : await snapshot(tx, id);
    if (id !== null && !before) throw new AppError("NOT_FOUND", "目标不存在。", "No such target.");
    const saved = id === null ? await tx.target.create({ data: { ...data, createdById: actorId } }) : await tx.target.update({ where: { id }, data });
    await writeAudit(tx, ctx, { action: "target.saved", entityType: "target", entityId: saved.id, data: { before, after: await snapshot(tx, saved.id) } });
    return saved.id;
  });
}

export async function deleteTarget(id: number, ctx: AuditContext): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await snapshot(tx, id);
    if (!before) throw new AppError("NOT_FOUND", "目标不存在。", "No such target.");
    await tx.target.delete({ where: { id } });
    await writeAudit(tx, ctx, { action: "target.deleted", entityType: "target", entityId: id, data: { before, after: null } });
  });
}
