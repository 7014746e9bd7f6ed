import { afterAll, describe, expect, it } from "vitest";
import { addBatchValue, newTestIndicator } from "@/lib/catalogue/test-db-helpers";
import { clockAt } from "@/lib/schedule/clock";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { findMyReturnStates } from "./my-returns";

describe("the uploader's returns in words", () => {
  afterAll(async () => {
    await testPrisma().$disconnect();
    await testPool().end();
  });
  it("reads drafts, rejections with the reason, and release times from the database", async () => {
    const prisma = testPrisma();
    const pool = testPool();
    const dep = await prisma.department.create({ data: { code: unique("d"), nameZh: "测试部门", nameEn: "Test dept" } });
    const { id, fields } = await newTestIndicator({ dueDays: 20, departmentCode: dep.code });
    const user = await prisma.user.create({ data: { username: unique("up"), displayName: "填报员甲", passwordHash: "x", roles: ["uploader"], departments: { create: { departmentId: dep.id } } } });
    const clock = clockAt(new Date());
    const mineOf = async () => (await findMyReturnStates(pool, clock, user.id)).filter((i) => i.code === fields.code);
    const [cur, prev] = (await mineOf()).sort((a, b) => b.period.localeCompare(a.period));
    expect([cur.work.state, prev.work.state]).toEqual(["none", "none"]);

    await prisma.returnDraft.create({ data: { indicatorId: id, period: cur.period, cells: {}, updatedById: user.id } });
    const rejected = await addBatchValue(pool, id, prev.period, "SUBMITTED");
    await pool.query(`UPDATE batch SET status = 'REJECTED', reviewed_at = now(), reject_reason = '口径不一致' WHERE id = $1`, [rejected]);
    let byPeriod = new Map((await mineOf()).map((i) => [i.period, i.work]));
    expect(byPeriod.get(cur.period)).toMatchObject({ state: "saved", by: "填报员甲" });
    expect(byPeriod.get(prev.period)).toMatchObject({ state: "rejected", reason: "口径不一致" });

    // uploaded and staged, not submitted: 已上传待提交 with the batch; once submitted, 已上报
    const staged = await addBatchValue(pool, id, cur.period, "STAGED");
    expect((await mineOf()).find((i) => i.period === cur.period)?.work).toMatchObject({ state: "staged", batchId: staged });
    await pool.query(`UPDATE batch SET status = 'SUBMITTED' WHERE id = $1`, [staged]);
    expect((await mineOf()).find((i) => i.period === cur.period)?.work).toEqual({ state: "submitted" });

    const releaseAt = new Date(Date.now() + 86400_000);
    await addBatchValue(pool, id, prev.period, "APPROVED", releaseAt);
    byPeriod = new Map((await mineOf()).map((i) => [i.period, i.work]));
    expect(byPeriod.get(prev.period)).toEqual({ state: "approved", releaseAt });
  });
});
