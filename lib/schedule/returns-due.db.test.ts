import { afterAll, describe, expect, it } from "vitest";
import { findTemplateExample } from "@/lib/batches/template-example";
import { loadIngestContext } from "@/lib/batches/ingest-context";
import { newTestIndicator } from "@/lib/catalogue/test-db-helpers";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { clockAt } from "./clock";
import { findReturnsDue } from "./returns-due";

describe("an uploader's returns due", () => {
  afterAll(async () => {
    await testPrisma().$disconnect();
    await testPool().end();
  });
  it("lists what has not arrived, overdue first; an uploader of a department sees only its returns", async () => {
    const prisma = testPrisma();
    const dep = await prisma.department.create({ data: { code: unique("d"), nameZh: "测试部门", nameEn: "Test dept" } });
    const { fields } = await newTestIndicator({ dueDays: 20, departmentCode: dep.code });
    const user = await prisma.user.create({ data: { username: unique("up"), displayName: "U", passwordHash: "x", roles: ["uploader"], departments: { create: { departmentId: dep.id } } } });
    const now = new Date();
    const mine = await findReturnsDue(testPool(), clockAt(now), user.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((i) => i.department?.id === dep.id)).toBe(true);
    expect(mine.map((i) => i.code)).toContain(fields.code);
    const days = mine.map((i) => i.daysOverdue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    // nobody's department: the whole bureau's returns
    const all = await findReturnsDue(testPool(), clockAt(now), null);
    expect(all.length).toBeGreaterThan(mine.length);
    // the plain template is prefilled with the most urgent of them
    const ctx = await loadIngestContext(testPool(), "zh");
    const example = await findTemplateExample(testPool(), ctx.indicators, clockAt(now), user.id);
    expect(example).toEqual({ indicator: expect.objectContaining({ code: mine[0].code }), period: mine[0].period });
  });
});
