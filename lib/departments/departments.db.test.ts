import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { saveDepartment } from "./save-department";
import { uploadDepartmentWarnings } from "./upload-warnings";
import { findUploaderDepartmentIds } from "./uploader-departments";

describe("departments", () => {
  const prisma = testPrisma();
  afterAll(async () => {
    await prisma.$disconnect();
    await testPool().end();
  });

  it("keeps a contact person and uploaders, audited with before and after", async () => {
    // an uploader of this test's own, so that other tests' uploads draw no department warning
    const uploader = await prisma.user.create({ data: { username: unique("depup"), displayName: "部门上传员", passwordHash: "x", roles: ["uploader"] } });
    const code = unique("dep").toLowerCase().slice(0, 20);
    const base = { code, nameZh: "测试局", nameEn: "Test bureau", contactName: "张三", contactPhone: "024-12345678", contactEmail: null, memberIds: [] };
    const id = await saveDepartment(null, base, SYSTEM_CONTEXT);
    await saveDepartment(id, { ...base, contactName: "李四", memberIds: [uploader.id] }, SYSTEM_CONTEXT);
    expect(await findUploaderDepartmentIds(testPool(), uploader.id)).toContain(id);
    // the uploader now belongs to this department only: DE024 (通信管理局) draws a warning
    const de024 = await prisma.indicator.findUniqueOrThrow({ where: { code: "DE024" } });
    const warnings = await uploadDepartmentWarnings(testPool(), uploader.id, [de024.id]);
    expect(warnings.map((w) => w.zh)).toEqual(["指标“DE024 5G基站数”由辽宁省通信管理局报送，不属于您所在的部门。如为代报，可继续提交。"]);
    await saveDepartment(id, { ...base, contactName: "李四", memberIds: [] }, SYSTEM_CONTEXT);
    expect(await uploadDepartmentWarnings(testPool(), uploader.id, [de024.id])).toEqual([]);
    await saveDepartment(id, { ...base, contactName: "李四", memberIds: [uploader.id] }, SYSTEM_CONTEXT);
    const audits = await prisma.auditEvent.findMany({ where: { action: "department.saved", entityId: String(id) }, orderBy: { id: "asc" } });
    expect(audits).toHaveLength(4);
    expect(audits[1].data).toMatchObject({ before: { contactName: "张三", members: [] }, after: { contactName: "李四", members: [uploader.username] } });
  });

  it("attaches only uploaders and refuses a taken code", async () => {
    const leader = await prisma.user.findUniqueOrThrow({ where: { username: "leader" } });
    const base = { code: "stats", nameZh: "x", nameEn: "x", contactName: null, contactPhone: null, contactEmail: null, memberIds: [] };
    await expect(saveDepartment(null, base, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "CONFLICT" });
    const stats = await prisma.department.findUniqueOrThrow({ where: { code: "stats" } });
    await expect(saveDepartment(stats.id, { ...base, memberIds: [leader.id] }, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await prisma.department.findUniqueOrThrow({ where: { code: "stats" } })).nameZh).toBe("市统计局");
  });
});
