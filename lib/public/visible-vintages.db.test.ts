import { afterAll, describe, expect, it } from "vitest";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { findVisibleObservations, findVisibleVintages } from "./visible-observations";

const prisma = testPrisma();

async function vintage(indicatorId: number, opts: { status: "APPROVED" | "STAGED"; releaseAt: Date; value: string | null; flag?: "CONFIDENTIAL" }) {
  const release = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt: opts.releaseAt } });
  const batch = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: opts.status, releaseId: release.id } });
  await prisma.observation.create({ data: { batchId: batch.id, indicatorId, regionCode: "210102", period: "2032Q1", periodEnd: new Date("2032-03-31"), value: opts.value, flag: opts.flag ?? null } });
}

describe("visible vintages (SDMX includeHistory and updatedAfter)", () => {
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("lists every released vintage oldest first, never an unreleased or unapproved one, and a withheld one without its value", async () => {
    const ind = await prisma.indicator.create({ data: { code: unique("V"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" } });
    const now = Date.now();
    await vintage(ind.id, { status: "APPROVED", releaseAt: new Date(now - 3 * 86400_000), value: "10.5" });
    await vintage(ind.id, { status: "APPROVED", releaseAt: new Date(now - 2 * 86400_000), value: "12", flag: "CONFIDENTIAL" });
    await vintage(ind.id, { status: "APPROVED", releaseAt: new Date(now - 86400_000), value: "11.25" });
    await vintage(ind.id, { status: "STAGED", releaseAt: new Date(now - 86400_000), value: "99" });
    await vintage(ind.id, { status: "APPROVED", releaseAt: new Date(now + 3600_000), value: "13" });

    const vintages = await findVisibleVintages(testPool(), { indicatorIds: [ind.id] });
    expect(vintages.map((v) => [v.value, v.flag])).toEqual([
      ["10.5", null],
      [null, "CONFIDENTIAL"],
      ["11.25", null],
    ]);
    // the newest of them is what every other public read sees
    const [current] = await findVisibleObservations(testPool(), { indicatorIds: [ind.id] });
    expect(current.value).toBe(vintages.at(-1)!.value);
    // asked about an earlier moment, the later vintages are not there
    const earlier = await findVisibleVintages(testPool(), { indicatorIds: [ind.id], asOf: new Date(now - 2.5 * 86400_000) });
    expect(earlier.map((v) => v.value)).toEqual(["10.5"]);
  });
});
