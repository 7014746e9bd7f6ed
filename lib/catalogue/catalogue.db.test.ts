import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import { testPool, testPrisma } from "@/lib/test/db";
import { loadIndicator } from "./load-catalogue";
import { releasedCodes } from "./released";
import { setIndicatorRetired, updateIndicator } from "./save-indicator";
import { addBatchValue, newTestIndicator } from "./test-db-helpers";

const publicVersion = async () =>
  Number((await testPool().query(`SELECT value #>> '{}' AS v FROM setting WHERE key = 'public.version'`)).rows[0]?.v ?? 0);

describe("catalogue changes in the database", () => {
  const prisma = testPrisma();
  afterAll(async () => {
    await prisma.$disconnect();
    await testPool().end();
  });

  it("knows which indicators are released exactly as the public visibility rule does", async () => {
    const now = new Date();
    const visible = new Set((await findVisibleObservations(testPool(), { asOf: now })).map((o) => o.indicatorId));
    const ids = await prisma.indicator.findMany({ where: { id: { in: [...visible] } }, select: { code: true } });
    expect(await releasedCodes(prisma, now)).toEqual(new Set(ids.map((i) => i.code)));
    expect(visible.size).toBeGreaterThan(10); // the demo data is there
  });

  it("a definition change after release adds a dated note and an audit event; unit changes are refused", async () => {
    const { id, fields } = await newTestIndicator();
    // before release: no note
    await updateIndicator(fields.code, { ...fields, definition: "按法人单位统计（含分支机构）" }, null, {}, SYSTEM_CONTEXT);
    expect(await prisma.methodologyNote.count({ where: { indicatorId: id } })).toBe(0);

    await addBatchValue(testPool(), id, "2025Q1", "APPROVED", new Date(Date.now() - 86400_000));
    const before = await publicVersion();
    const prev = (await loadIndicator(prisma, fields.code))!;
    const r = await updateIndicator(fields.code, { ...prev.fields, definition: "按产业活动单位统计" }, prev.updatedAt.toISOString(), { zh: "与国家口径一致", en: "Aligned with NBS." }, SYSTEM_CONTEXT);
    expect(r.changed).toBe(1);
    const note = await prisma.methodologyNote.findUniqueOrThrow({ where: { id: r.methodologyNoteId! } });
    expect(note.indicatorId).toBe(id);
    expect(note.textZh).toMatch(/^自\d{4}年\d{1,2}月\d{1,2}日起，本指标口径调整：指标定义由“按法人单位统计（含分支机构）”改为“按产业活动单位统计”。调整说明：与国家口径一致。/);
    expect(note.textEn).toContain("Aligned with NBS.");
    expect(Math.abs(note.effectiveAt.getTime() - Date.now())).toBeLessThan(60_000);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "indicator.updated", entityId: String(id) }, orderBy: { id: "desc" } });
    expect(audit.data).toMatchObject({ before: { definition: "按法人单位统计（含分支机构）" }, after: { definition: "按产业活动单位统计" }, methodologyNoteId: note.id });
    expect(await publicVersion()).toBeGreaterThan(before);

    const now = (await loadIndicator(prisma, fields.code))!;
    await expect(updateIndicator(fields.code, { ...now.fields, unit: "万元" }, null, {}, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "INVALID_STATE" });
    // a stale form (drawn before the last save) is refused rather than undoing that save
    await expect(updateIndicator(fields.code, { ...now.fields, nameEn: "x" }, prev.updatedAt.toISOString(), {}, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await loadIndicator(prisma, fields.code))!.fields.unit).toBe("亿元");
  });

  it("retiring sets retiredAt (read by uploads as `retired`), keeps released values visible, and is audited", async () => {
    const { id, fields } = await newTestIndicator();
    await addBatchValue(testPool(), id, "2025Q2", "APPROVED", new Date(Date.now() - 86400_000));
    await setIndicatorRetired(fields.code, true, SYSTEM_CONTEXT);
    const { rows } = await testPool().query(`SELECT retired_at IS NOT NULL AS retired FROM indicator WHERE id = $1`, [id]);
    expect(rows[0].retired).toBe(true);
    expect(await findVisibleObservations(testPool(), { indicatorIds: [id] })).toHaveLength(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "indicator.retired", entityId: String(id) } });
    expect(audit.data).toMatchObject({ before: { retired: false }, after: { retired: true } });
    await setIndicatorRetired(fields.code, false, SYSTEM_CONTEXT);
    expect((await loadIndicator(prisma, fields.code))!.retiredAt).toBeNull();
  });
});
