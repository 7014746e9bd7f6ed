import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPublicIndicators, type PublicIndicator } from "@/lib/public/public-indicators";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { endOfShanghaiDay, visibilityMoment } from "../as-of";
import { findApiObservations, type ObservationFilter } from "./find-api-observations";

const prisma = testPrisma();
const DAY = 86400_000;
const now = Date.now();
const isoDay = (t: number) => new Date(t + 8 * 3600_000).toISOString().slice(0, 10); // Shanghai calendar day

async function release(at: number, values: Record<string, string>, indicatorId: number) {
  const r = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt: new Date(at) } });
  const b = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: "APPROVED", releaseId: r.id } });
  for (const [period, value] of Object.entries(values)) {
    const end = period.endsWith("Q1") ? "2031-03-31" : "2031-06-30";
    await prisma.observation.create({ data: { batchId: b.id, indicatorId, regionCode: "210100", period, periodEnd: new Date(end), value } });
  }
}

describe("open API observations: what was public when", () => {
  let ind: { id: number; code: string };
  let indicators: PublicIndicator[];
  const query = (at: Date, more: Partial<ObservationFilter> = {}) =>
    findApiObservations(testPool(), indicators, { indicatorIds: [ind.id], regionCodes: null, measure: "level", at, ...more });

  beforeAll(async () => {
    ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试累计", nameEn: "Test YTD", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
    });
    // first release ten days ago; a revision and the next quarter two days ago; a future one
    await release(now - 10 * DAY, { "2031Q1": "10.5" }, ind.id);
    await release(now - 2 * DAY, { "2031Q1": "11.25", "2031Q2": "30" }, ind.id);
    await release(now + 30 * DAY, { "2031Q2": "99" }, ind.id);
    indicators = await findPublicIndicators(testPool());
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("asOf before the second release: the first value only, no revision", async () => {
    const rows = await query(visibilityMoment(isoDay(now - 5 * DAY), new Date()));
    expect(rows.map((r) => [r.period, r.value, r.revision])).toEqual([["2031Q1", "10.5", null]]);
  });

  it("asOf after it: the revised value with the one it replaced, and the new quarter", async () => {
    const rows = await query(visibilityMoment(isoDay(now - DAY), new Date()));
    expect(rows.map((r) => [r.period, r.value])).toEqual([
      ["2031Q1", "11.25"],
      ["2031Q2", "30"],
    ]);
    expect(rows[0].revision?.previousValue).toBe("10.5");
    expect(rows[0].revision?.previousReleasedAt.getTime()).toBe(now - 10 * DAY);
  });

  it("never shows an approved batch before its release time, whatever asOf says", async () => {
    const at = visibilityMoment("2099-12-31", new Date());
    expect(at.getTime()).toBeLessThan(endOfShanghaiDay("2099-12-31").getTime());
    const rows = await query(at);
    expect(rows.find((r) => r.period === "2031Q2")?.value).toBe("30");
    // the same query at a moment after the future release would show it: the filter is time
    const later = await query(new Date(now + 31 * DAY));
    expect(later.find((r) => r.period === "2031Q2")?.value).toBe("99");
  });

  it("derives in-period values from the visible vintages, exactly", async () => {
    const rows = await query(new Date(), { measure: "in-period" });
    expect(rows.map((r) => [r.period, r.value, r.computed])).toEqual([
      ["2031Q1", "11.25", false],
      ["2031Q2", "18.75", true],
    ]);
  });

  it("trims to the range but derives from periods before it", async () => {
    const rows = await query(new Date(), { measure: "in-period", from: "2031Q2" });
    expect(rows.map((r) => [r.period, r.value])).toEqual([["2031Q2", "18.75"]]);
    expect((await query(new Date(), { last: 1 })).map((r) => r.period)).toEqual(["2031Q2"]);
  });
});
