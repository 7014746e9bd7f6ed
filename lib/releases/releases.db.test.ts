import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { isoDate, mustParsePeriod, periodEnd } from "@/lib/period";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { approveBatch } from "@/lib/workflow/approve-batch";
import { cancelRelease } from "./cancel-release";
import { planRelease } from "./manage-releases";
import { nameUntitledReleases } from "./name-untitled-releases";
import { findPublicReleases } from "./public-releases";

// periods of the test's own indicators, a few years ahead of today (no demo data there)
const Y = new Date().getFullYear() + 4;
const prisma = testPrisma();
const DAY = 86400_000;

async function setup(nameZh = "测试企业数", measureType: "CUMULATIVE" | "STOCK" = "STOCK") {
  const ind = await prisma.indicator.create({
    data: { code: unique("T"), nameZh, nameEn: "Test firms", unit: "家", frequency: "QUARTER", measureType, chapter: "INDUSTRIALIZATION", articleRef: "第十九条" },
  });
  const uploader = await prisma.user.create({ data: { username: unique("up"), displayName: "U", passwordHash: "x", roles: ["uploader"] } });
  const reviewer = await prisma.user.create({ data: { username: unique("rv"), displayName: "R", passwordHash: "x", roles: ["reviewer"] } });
  const actor = { id: reviewer.id, username: reviewer.username, displayName: "R", roles: ["reviewer" as const] };
  const batch = async (periods: string[], status: "SUBMITTED" | "APPROVED" = "SUBMITTED", releaseId?: number) => {
    const b = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status, uploaderId: uploader.id, releaseId } });
    for (const period of periods) {
      await prisma.observation.create({ data: { batchId: b.id, indicatorId: ind.id, regionCode: "210100", period, periodEnd: new Date(isoDate(periodEnd(mustParsePeriod(period)))), value: "512" } });
    }
    return b.id;
  };
  return { ind, actor, batch };
}

const auditOf = (entityType: string, id: number) =>
  prisma.auditEvent.findMany({ where: { entityType, entityId: String(id) }, orderBy: { id: "asc" } }).then((r) => r.map((e) => [e.action, e.data]));

afterAll(async () => {
  await prisma.$disconnect();
  await testPool().end();
});

describe("releases named from their data", () => {
  it("an approval at a chosen time is announced under the title and period suggested from the batch, or those given", async () => {
    const { actor, batch } = await setup("测试企业数");
    const a = await batch([`${Y}Q2`, `${Y}Q3`]);
    const r1 = await approveBatch({ batchId: a, actor, ctx: SYSTEM_CONTEXT, releaseAt: new Date(Date.now() + 5 * DAY) });
    expect(await prisma.release.findUniqueOrThrow({ where: { id: r1.releaseId } })).toMatchObject({
      titleZh: `${Y}年第三季度沈阳市测试企业数`,
      titleEn: `Shenyang: Test firms, ${Y} Q3`,
      period: `${Y}Q3`,
    });
    const b = await batch([`${Y}Q3`]);
    const r2 = await approveBatch({ batchId: b, actor, ctx: SYSTEM_CONTEXT, releaseAt: new Date(Date.now() + 5 * DAY), naming: { titleZh: "自定标题", period: `${Y}Q2` } });
    expect(await prisma.release.findUniqueOrThrow({ where: { id: r2.releaseId } })).toMatchObject({ titleZh: "自定标题", titleEn: null, period: `${Y}Q2` });
    const planned = (await auditOf("release", r2.releaseId))[0];
    expect(planned).toEqual(["release.planned", expect.objectContaining({ titleZh: "自定标题", period: `${Y}Q2`, forBatch: b })]);
  });

  it("a release planned without a period takes that of its indicators, or of the first batch approved into it", async () => {
    const { ind, actor, batch } = await setup();
    const at = new Date(`${Y}-11-10T02:00:00Z`); // Q3 (due 25 days after 30 September) is in by then
    const id = await planRelease({ titleZh: unique("计划发布"), titleEn: null, period: null, releaseAt: at, indicatorCodes: [ind.code] }, actor.id, SYSTEM_CONTEXT);
    expect((await prisma.release.findUniqueOrThrow({ where: { id } })).period).toBe(`${Y}Q3`);
    const bare = await prisma.release.create({ data: { titleZh: unique("空发布"), releaseAt: new Date(Date.now() + 5 * DAY) } });
    await approveBatch({ batchId: await batch([`${Y}Q1`]), actor, ctx: SYSTEM_CONTEXT, releaseId: bare.id });
    expect((await prisma.release.findUniqueOrThrow({ where: { id: bare.id } })).period).toBe(`${Y}Q1`);
  });

  it("names releases left as 批次 N 数据发布 from their data, once", async () => {
    const { batch } = await setup("测试营业收入", "CUMULATIVE");
    const old = await prisma.release.create({ data: { titleZh: "批次 90 数据发布", titleEn: "Release of batch 90", releaseAt: new Date(Date.now() - DAY) } });
    await batch([`${Y - 8}Q1`, `${Y - 8}Q3`], "APPROVED", old.id);
    const { ind } = await setup();
    const planned = await prisma.release.create({
      data: { titleZh: unique("待发布"), releaseAt: new Date(`${Y}-11-10T02:00:00Z`), indicators: { create: { indicatorId: ind.id } } },
    });
    const titled = await prisma.release.create({ data: { titleZh: unique("已有标题"), releaseAt: new Date(Date.now() - DAY) } });
    await batch([`${Y - 8}Q2`], "APPROVED", titled.id);

    expect(await nameUntitledReleases(prisma)).toBeGreaterThanOrEqual(3);
    expect(await prisma.release.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      titleZh: `${Y - 8}年前三季度沈阳市测试营业收入`,
      period: `${Y - 8}Q3`,
    });
    expect(await prisma.release.findUniqueOrThrow({ where: { id: titled.id } })).toMatchObject({ titleZh: titled.titleZh, period: `${Y - 8}Q2` });
    // no data yet: the period its indicators have due before it, as when planned
    expect(await prisma.release.findUniqueOrThrow({ where: { id: planned.id } })).toMatchObject({ titleZh: planned.titleZh, period: `${Y}Q3` });
    expect((await auditOf("release", old.id)).map((e) => e[0])).toEqual(["release.named"]);
    expect(await nameUntitledReleases(prisma)).toBe(0);
    expect((await findPublicReleases(testPool())).filter((r) => /^批次\s*\d+/.test(r.titleZh))).toEqual([]);
  });
});

describe("cancelling a planned release", () => {
  it("returns its batches to review, keeps the reason, and they can be approved into another release", async () => {
    const { actor, batch } = await setup();
    const a = await batch([`${Y}Q4`]);
    const { releaseId } = await approveBatch({ batchId: a, actor, ctx: SYSTEM_CONTEXT, releaseAt: new Date(Date.now() + 3 * DAY) });
    await expect(cancelRelease(releaseId, "  ", actor.id, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "INVALID_INPUT" });

    expect(await cancelRelease(releaseId, "数据需要重新核实", actor.id, SYSTEM_CONTEXT)).toEqual({ returnedBatches: [a] });
    expect(await prisma.release.findUniqueOrThrow({ where: { id: releaseId } })).toMatchObject({ cancelReason: "数据需要重新核实", cancelledById: actor.id, cancelledAt: expect.any(Date) });
    expect(await prisma.batch.findUniqueOrThrow({ where: { id: a } })).toMatchObject({ status: "SUBMITTED", releaseId: null, reviewerId: null });
    expect((await auditOf("release", releaseId)).map((e) => e[0])).toEqual(["release.planned", "release.cancelled"]);
    expect((await auditOf("batch", a)).map((e) => e[0])).toEqual(["batch.approved", "batch.returned_to_review"]);
    expect((await findPublicReleases(testPool())).some((r) => r.id === releaseId)).toBe(false);
    await expect(cancelRelease(releaseId, "再次", actor.id, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "INVALID_STATE" });
    // nor can anything be approved into it any more
    const b = await batch([`${Y}Q4`]);
    await expect(approveBatch({ batchId: b, actor, ctx: SYSTEM_CONTEXT, releaseId })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const next = await approveBatch({ batchId: a, actor, ctx: SYSTEM_CONTEXT, releaseAt: new Date(Date.now() + 4 * DAY) });
    expect(next.releaseId).not.toBe(releaseId);
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: a } })).status).toBe("APPROVED");
  });

  it("refuses a release that has happened: nothing public changes", async () => {
    const { ind, batch } = await setup();
    const past = await prisma.release.create({ data: { titleZh: unique("已发布"), period: `${Y - 9}Q1`, releaseAt: new Date(Date.now() - DAY) } });
    const a = await batch([`${Y - 9}Q1`], "APPROVED", past.id);
    const before = await findVisibleObservations(testPool(), { indicatorIds: [ind.id] });
    expect(before).toHaveLength(1);
    await expect(cancelRelease(past.id, "误发", 1, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await findVisibleObservations(testPool(), { indicatorIds: [ind.id] })).toEqual(before);
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: a } })).status).toBe("APPROVED");
    expect((await prisma.release.findUniqueOrThrow({ where: { id: past.id } })).cancelledAt).toBeNull();
  });
});
