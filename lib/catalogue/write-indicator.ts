// The one write path for indicators, used by the form and by the import: row, relations,
// methodology note, audit event (before/after) and the public-cache bump, all inside the
// caller's transaction.
import { writeAudit, type AuditContext, type Tx } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { bumpPublicVersion } from "@/lib/public/cache";
import { chapterOf, expandArticleRef } from "@/lib/reference/articles";
import { beijingDate } from "@/lib/schedule/clock";
import { auditChanges, type FieldChange } from "./compare";
import type { IndicatorFields } from "./fields";
import { lockedChangeError } from "./import-plan";
import type { StoredIndicator } from "./load-catalogue";
import { methodologyNoteText, type NoteReason } from "./methodology";
import { hasReleasedData } from "./released";

export type WriteOptions = { now: Date; source: "form" | "import"; reason?: NoteReason; released?: boolean };

async function departmentId(tx: Tx, code: string | null): Promise<number | null> {
  if (!code) return null;
  const d = await tx.department.findUnique({ where: { code }, select: { id: true } });
  if (!d) throw new AppError("INVALID_INPUT", `报送部门 ${code} 不存在。`, `No department ${code}.`);
  return d.id;
}

function articleFields(ref: string) {
  const articles = expandArticleRef(ref);
  return { articleRef: ref, articles, chapter: chapterOf(articles) };
}

export async function writeNewIndicator(tx: Tx, ctx: AuditContext, f: IndicatorFields, o: WriteOptions): Promise<number> {
  if (await tx.indicator.findUnique({ where: { code: f.code }, select: { id: true } })) {
    throw new AppError("CONFLICT", `指标代码 ${f.code} 已存在。`, `Indicator code ${f.code} is taken.`);
  }
  const last = await tx.indicator.aggregate({ _max: { sortOrder: true } });
  const created = await tx.indicator.create({
    data: {
      code: f.code,
      nameZh: f.nameZh,
      nameEn: f.nameEn,
      unit: f.unit,
      frequency: f.frequency,
      frequencyNote: f.frequencyNote,
      measureType: f.measureType,
      decimals: f.decimals,
      ...articleFields(f.articleRef),
      definition: f.definition,
      definitionEn: f.definitionEn,
      methodNotes: f.methodNotes,
      methodNotesEn: f.methodNotesEn,
      sourceNote: f.sourceNote,
      sourceNoteEn: f.sourceNoteEn,
      internalNotes: f.internalNotes,
      departmentId: await departmentId(tx, f.departmentCode),
      higherIsBetter: f.higherIsBetter,
      minValue: f.minValue,
      maxValue: f.maxValue,
      dueDays: f.dueDays,
      retiredAt: f.retired ? o.now : null,
      sortOrder: (last._max.sortOrder ?? 0) + 1,
      categories: { create: f.categoryCodes.map((categoryCode) => ({ categoryCode })) },
      emerging: { create: f.emerging.map((emergingCode) => ({ emergingCode })) },
      coverage: { create: f.regionCodes.map((regionCode) => ({ regionCode })) },
    },
  });
  await writeAudit(tx, ctx, { action: "indicator.created", entityType: "indicator", entityId: created.id, data: { code: f.code, source: o.source, after: f } });
  await bumpPublicVersion(tx);
  return created.id;
}

async function updateData(tx: Tx, id: number, changes: FieldChange[], now: Date): Promise<Prisma.IndicatorUpdateInput> {
  const data: Prisma.IndicatorUpdateInput = {};
  const set = data as Record<string, unknown>;
  for (const { field, after } of changes) {
    switch (field) {
      case "categoryCodes":
        await tx.indicatorCategory.deleteMany({ where: { indicatorId: id } });
        await tx.indicatorCategory.createMany({ data: (after as string[]).map((categoryCode) => ({ indicatorId: id, categoryCode })) });
        break;
      case "emerging":
        await tx.indicatorEmerging.deleteMany({ where: { indicatorId: id } });
        await tx.indicatorEmerging.createMany({ data: (after as string[]).map((emergingCode) => ({ indicatorId: id, emergingCode })) });
        break;
      case "regionCodes":
        await tx.indicatorRegion.deleteMany({ where: { indicatorId: id } });
        await tx.indicatorRegion.createMany({ data: (after as string[]).map((regionCode) => ({ indicatorId: id, regionCode })) });
        break;
      case "departmentCode": {
        const dep = await departmentId(tx, after as string | null);
        data.department = dep === null ? { disconnect: true } : { connect: { id: dep } };
        break;
      }
      case "articleRef":
        Object.assign(data, articleFields(after as string));
        break;
      case "retired":
        data.retiredAt = after ? now : null;
        break;
      default:
        set[field] = after;
    }
  }
  return data;
}

/**
 * Applies field changes to an indicator. Once its data is public, unit, frequency and measure
 * type are refused, and a definition or method change adds a dated methodology note.
 */
export async function writeIndicatorChanges(
  tx: Tx,
  ctx: AuditContext,
  prev: StoredIndicator,
  changes: FieldChange[],
  o: WriteOptions,
): Promise<{ methodologyNoteId: number | null }> {
  if (!changes.length) return { methodologyNoteId: null };
  const released = o.released ?? (await hasReleasedData(tx, prev.id, o.now));
  const locked = released ? lockedChangeError(prev.fields.code, 0, changes) : null;
  if (locked) throw new AppError("INVALID_STATE", locked.zh, locked.en);

  await tx.indicator.update({ where: { id: prev.id }, data: await updateData(tx, prev.id, changes, o.now) });
  const text = released ? methodologyNoteText(changes, beijingDate(o.now), o.reason) : null;
  const note = text
    ? await tx.methodologyNote.create({ data: { indicatorId: prev.id, effectiveAt: o.now, textZh: text.textZh, textEn: text.textEn, createdById: ctx.actorId } })
    : null;
  const onlyRetire = changes.length === 1 && changes[0].field === "retired" && changes[0].after === true;
  await writeAudit(tx, ctx, {
    action: onlyRetire ? "indicator.retired" : "indicator.updated",
    entityType: "indicator",
    entityId: prev.id,
    data: { code: prev.fields.code, source: o.source, ...auditChanges(changes), methodologyNoteId: note?.id ?? null } as Prisma.InputJsonValue,
  });
  await bumpPublicVersion(tx);
  return { methodologyNoteId: note?.id ?? null };
}
