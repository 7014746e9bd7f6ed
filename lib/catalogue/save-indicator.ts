import "server-only";
// Catalogue operations behind the admin forms: create, edit, retire / bring back, and a
// methodology note written by hand. One transaction each, with its audit event.
import { writeAudit, type AuditContext, type Tx } from "@/lib/audit/write-audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { bumpPublicVersion } from "@/lib/public/cache";
import { diffFields } from "./compare";
import type { IndicatorFields } from "./fields";
import { loadIndicator, loadRefs, type StoredIndicator } from "./load-catalogue";
import type { NoteReason } from "./methodology";
import { checkReferences } from "./references";
import { writeIndicatorChanges, writeNewIndicator } from "./write-indicator";

async function assertReferences(tx: Tx, f: IndicatorFields): Promise<void> {
  const problems = checkReferences(f, await loadRefs(tx));
  if (problems.length) throw new AppError("INVALID_INPUT", problems.map((p) => p.zh).join("；"), problems.map((p) => p.en).join("; "));
}

/** The indicator, locked for the rest of the transaction so that two edits cannot interleave. */
async function lockIndicator(tx: Tx, code: string): Promise<StoredIndicator> {
  await tx.$queryRaw`SELECT id FROM indicator WHERE code = ${code} FOR UPDATE`;
  const found = await loadIndicator(tx, code);
  if (!found) throw new AppError("NOT_FOUND", `指标 ${code} 不存在。`, `No indicator ${code}.`);
  return found;
}

export async function createIndicator(f: IndicatorFields, ctx: AuditContext): Promise<number> {
  return db().$transaction(async (tx) => {
    await assertReferences(tx, f);
    return writeNewIndicator(tx, ctx, { ...f, retired: false }, { now: new Date(), source: "form" });
  });
}

/**
 * Saves the form's fields. `seenUpdatedAt` is the version the form was drawn from: a save on
 * top of someone else's newer edit is refused instead of silently undoing it.
 */
export async function updateIndicator(
  code: string,
  f: IndicatorFields,
  seenUpdatedAt: string | null,
  reason: NoteReason,
  ctx: AuditContext,
): Promise<{ changed: number; methodologyNoteId: number | null }> {
  return db().$transaction(async (tx) => {
    const prev = await lockIndicator(tx, code);
    if (seenUpdatedAt && prev.updatedAt.toISOString() !== seenUpdatedAt) {
      throw new AppError("CONFLICT", "该指标已被他人修改，请刷新页面后重新编辑。", "Someone else changed this indicator; reload the page and edit again.");
    }
    const next = { ...f, code: prev.fields.code, retired: prev.fields.retired };
    await assertReferences(tx, next);
    const changes = diffFields(prev.fields, next);
    const r = await writeIndicatorChanges(tx, ctx, prev, changes, { now: new Date(), source: "form", reason });
    return { changed: changes.length, ...r };
  });
}

/** Retire (uploads refused from now on; released values stay public) or bring back. */
export async function setIndicatorRetired(code: string, retired: boolean, ctx: AuditContext): Promise<void> {
  await db().$transaction(async (tx) => {
    const prev = await lockIndicator(tx, code);
    if (prev.fields.retired === retired) return;
    await writeIndicatorChanges(tx, ctx, prev, [{ field: "retired", before: !retired, after: retired }], { now: new Date(), source: "form" });
  });
}

/** A dated public note written by hand (e.g. announcing a change of survey scope). */
export async function addMethodologyNote(code: string, textZh: string, textEn: string | null, ctx: AuditContext): Promise<number> {
  return db().$transaction(async (tx) => {
    const prev = await lockIndicator(tx, code);
    const note = await tx.methodologyNote.create({ data: { indicatorId: prev.id, effectiveAt: new Date(), textZh, textEn, createdById: ctx.actorId } });
    await writeAudit(tx, ctx, {
      action: "indicator.updated",
      entityType: "indicator",
      entityId: prev.id,
      data: { code, methodologyNoteId: note.id, before: { methodologyNote: null }, after: { methodologyNote: { textZh, textEn } } },
    });
    await bumpPublicVersion(tx);
    return note.id;
  });
}
