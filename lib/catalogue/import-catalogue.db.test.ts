import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { testPool, testPrisma } from "@/lib/test/db";
import { applyCatalogueImport, previewCatalogueImport } from "./import-catalogue";
import { addBatchValue, newTestIndicator } from "./test-db-helpers";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("catalogue import in the database", () => {
  const prisma = testPrisma();
  afterAll(async () => {
    await prisma.$disconnect();
    await testPool().end();
  });

  it("applies the previewed diff in one transaction with audit events and notes", async () => {
    const a = await newTestIndicator();
    const b = await newTestIndicator();
    await addBatchValue(testPool(), a.id, "2025Q1", "APPROVED", new Date(Date.now() - 86400_000));
    const fresh = `${a.fields.code}NEW`; // differs from a and b whatever their random tails
    const csv = [
      "code,name_zh,name_en,unit,frequency,measure_type,definition,retired,department,due_days",
      `${a.fields.code},测试指标,Test indicator,亿元,季,累计,按产业活动单位统计,,stats,20`,
      `${b.fields.code},测试指标,Test indicator,亿元,季,累计,按法人单位统计,2026-01-01,stats,20`,
      `${fresh},新增测试指标,New test indicator,家,季,期末,,,data,30`,
    ].join("\n");
    const preview = await previewCatalogueImport(bytes(csv), "catalogue.csv");
    expect(preview.plan.errors).toEqual([]);
    expect(preview.counts).toEqual({ added: 1, changed: 1, retired: 1, restored: 0 });

    await expect(applyCatalogueImport(bytes(csv), "catalogue.csv", "0".repeat(32), SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await prisma.indicator.count({ where: { code: fresh } })).toBe(0);

    const r = await applyCatalogueImport(bytes(csv), "catalogue.csv", preview.plan.fingerprint, SYSTEM_CONTEXT);
    expect(r).toEqual({ counts: preview.counts, methodologyNotes: 1 });
    const added = await prisma.indicator.findUniqueOrThrow({ where: { code: fresh }, include: { department: true } });
    expect([added.measureType, added.decimals, added.dueDays, added.department?.code]).toEqual(["STOCK", 0, 30, "data"]);
    expect((await prisma.indicator.findUniqueOrThrow({ where: { id: b.id } })).retiredAt).not.toBeNull();
    expect(await prisma.methodologyNote.count({ where: { indicatorId: a.id } })).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "catalogue.imported" }, orderBy: { id: "desc" } });
    expect(audit.data).toMatchObject({ fileName: "catalogue.csv", added: [fresh], changed: [a.fields.code], retired: [b.fields.code] });
    expect(await prisma.auditEvent.count({ where: { action: "indicator.created", entityId: String(added.id) } })).toBe(1);

    // the same file again is a no-op and says so
    const again = await previewCatalogueImport(bytes(csv), "catalogue.csv");
    expect(again.plan.items).toEqual([]);
  });

  it("a file with a bad row changes nothing", async () => {
    const a = await newTestIndicator();
    const csv = `code,name_en,decimals\n${a.fields.code},Renamed,2\n${a.fields.code}X,Only English,9\n`;
    const preview = await previewCatalogueImport(bytes(csv), "bad.csv");
    expect(preview.plan.errors.map((e) => [e.line, e.column])).toEqual([
      [3, "name_zh"],
      [3, "unit"],
      [3, "frequency"],
      [3, "measure_type"],
      [3, "decimals"],
    ]);
    await expect(applyCatalogueImport(bytes(csv), "bad.csv", preview.plan.fingerprint, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await prisma.indicator.findUniqueOrThrow({ where: { id: a.id } })).nameEn).toBe("Test indicator");
  });
});
