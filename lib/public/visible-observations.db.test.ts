import { afterAll, describe, expect, it } from "vitest";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { findPublishedForStaff, findVisibleObservations } from "./visible-observations";

const prisma = testPrisma();

async function batchWithValue(opts: {
  status: "APPROVED" | "STAGED" | "SUBMITTED" | "REJECTED";
  releaseAt: Date;
  value: string;
  indicatorId: number;
  period: string;
  flag?: "CONFIDENTIAL" | "PRELIMINARY";
}) {
  const release = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt: opts.releaseAt } });
  const batch = await prisma.batch.create({
    data: { fileName: "t.csv", checksum: unique("c"), status: opts.status, releaseId: release.id },
  });
  await prisma.observation.create({
    data: { batchId: batch.id, indicatorId: opts.indicatorId, regionCode: "210102", period: opts.period, periodEnd: new Date("2031-03-31"), value: opts.value, flag: opts.flag },
  });
  return { release, batch };
}

describe("visibility: approved and released, nothing else", () => {
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("hides a value before its release time and shows it after, as a revision of the old one", async () => {
    const ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
    });
    const now = Date.now();
    await batchWithValue({ status: "APPROVED", releaseAt: new Date(now - 86400_000), value: "10.5", indicatorId: ind.id, period: "2031Q1" });
    await batchWithValue({ status: "APPROVED", releaseAt: new Date(now + 3600_000), value: "11.25", indicatorId: ind.id, period: "2031Q1" });

    const before = await findVisibleObservations(testPool(), { indicatorIds: [ind.id] });
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ value: "10.5", previous: null });

    const after = await findVisibleObservations(testPool(), { indicatorIds: [ind.id], asOf: new Date(now + 3600_000 + 1000) });
    expect(after).toHaveLength(1);
    expect(after[0].value).toBe("11.25");
    expect(after[0].previous?.value).toBe("10.5");
  });

  it("does not count a value sent again unchanged as a revision, and dates a revision when it happened", async () => {
    const ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
    });
    const day = 86400_000;
    const t0 = Date.now() - 10 * day;
    await batchWithValue({ status: "APPROVED", releaseAt: new Date(t0), value: "10.5", indicatorId: ind.id, period: "2031Q2" });
    await batchWithValue({ status: "APPROVED", releaseAt: new Date(t0 + day), value: "10.50", indicatorId: ind.id, period: "2031Q2" });
    const resent = await findVisibleObservations(testPool(), { indicatorIds: [ind.id] });
    expect(resent[0]).toMatchObject({ value: "10.5", previous: null });

    await batchWithValue({ status: "APPROVED", releaseAt: new Date(t0 + 2 * day), value: "12", indicatorId: ind.id, period: "2031Q2" });
    await batchWithValue({ status: "APPROVED", releaseAt: new Date(t0 + 3 * day), value: "12", indicatorId: ind.id, period: "2031Q2" });
    const [revised] = await findVisibleObservations(testPool(), { indicatorIds: [ind.id] });
    expect(revised.value).toBe("12");
    expect(revised.previous?.value).toBe("10.5");
    expect(revised.previous?.revisedAt.getTime()).toBe(t0 + 2 * day);
  });

  it("never shows staged, submitted or rejected batches, even with a past release time", async () => {
    const ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
    });
    const past = new Date(Date.now() - 86400_000);
    for (const status of ["STAGED", "SUBMITTED", "REJECTED"] as const) {
      await batchWithValue({ status, releaseAt: past, value: "99", indicatorId: ind.id, period: "2031Q1" });
    }
    expect(await findVisibleObservations(testPool(), { indicatorIds: [ind.id] })).toEqual([]);
  });

  it("withholds a confidential figure, the figure it revised, and itself once a public figure revises it", async () => {
    const ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
    });
    const day = 86400_000;
    const t0 = Date.now() - 10 * day;
    await batchWithValue({ status: "APPROVED", releaseAt: new Date(t0), value: "20.5", indicatorId: ind.id, period: "2031Q3" });
    await batchWithValue({ status: "APPROVED", releaseAt: new Date(t0 + day), value: "27.31", flag: "CONFIDENTIAL", indicatorId: ind.id, period: "2031Q3" });
    const [withheld] = await findVisibleObservations(testPool(), { indicatorIds: [ind.id] });
    // the earlier public 20.5 would date and bound the withheld figure: it goes too
    expect(withheld).toMatchObject({ value: null, flag: "CONFIDENTIAL", previous: { value: null, flag: null } });

    await batchWithValue({ status: "APPROVED", releaseAt: new Date(t0 + 2 * day), value: "30", indicatorId: ind.id, period: "2031Q3" });
    const [revised] = await findVisibleObservations(testPool(), { indicatorIds: [ind.id] });
    expect(revised).toMatchObject({ value: "30", flag: null, previous: { value: null, flag: "CONFIDENTIAL" } });
    expect(revised.previous?.releasedAt.getTime()).toBe(t0 + day);

    // what was public at a moment in between: the withheld vintage, still without its figure
    const [then] = await findVisibleObservations(testPool(), { indicatorIds: [ind.id], asOf: new Date(t0 + 1.5 * day) });
    expect(then).toMatchObject({ value: null, flag: "CONFIDENTIAL" });
    expect(JSON.stringify(await findVisibleObservations(testPool(), { indicatorIds: [ind.id], asOf: new Date(t0 + 1.5 * day) }))).not.toContain("27.31");

    // staff checks and the reviewer's comparison see the published figures themselves
    const [staff] = await findPublishedForStaff(testPool(), { indicatorIds: [ind.id], asOf: new Date(t0 + 1.5 * day) });
    expect(staff).toMatchObject({ value: "27.31", flag: "CONFIDENTIAL" });
  });
});

