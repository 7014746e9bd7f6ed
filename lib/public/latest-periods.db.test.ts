// The newest visible period of each indicator (the catalogue, home page, district pages and
// sitemap start from it): what it answers, and that it walks the index rather than the table.
// A lost index would not fail any other test; the pages would only get slower as data grows
// (issue 21: 9 s at 100× the demo), so the plan itself is asserted here.
import { afterAll, describe, expect, it } from "vitest";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { DEMO_DECIMALS } from "@/lib/demo/demo-models";
import { readLatest } from "./latest-data";
import { latestByIndicator } from "./latest-values";
import { LATEST_PERIODS_SQL, findLatestVisiblePeriods } from "./latest-visible";
import { findVisibleObservations } from "./visible-observations";

const prisma = testPrisma();

async function value(indicatorId: number, period: string, periodEnd: string, o: { releaseAt: Date; status?: "APPROVED" | "SUBMITTED"; cancelled?: boolean }) {
  const release = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt: o.releaseAt, cancelledAt: o.cancelled ? new Date() : null } });
  const batch = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: o.status ?? "APPROVED", releaseId: release.id } });
  await prisma.observation.create({ data: { batchId: batch.id, indicatorId, regionCode: "210100", period, periodEnd: new Date(periodEnd), value: "1" } });
}

describe("the newest visible period of each indicator", () => {
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("is the newest released one: a later period under embargo, in review or in a cancelled release does not count", async () => {
    const ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
    });
    const now = Date.now();
    await value(ind.id, "2032Q1", "2032-03-31", { releaseAt: new Date(now - 2 * 86400_000) });
    await value(ind.id, "2032Q2", "2032-06-30", { releaseAt: new Date(now - 86400_000) });
    await value(ind.id, "2032Q3", "2032-09-30", { releaseAt: new Date(now + 3600_000) });
    await value(ind.id, "2032Q4", "2032-12-31", { releaseAt: new Date(now - 3600_000), status: "SUBMITTED" });
    await value(ind.id, "2033Q1", "2033-03-31", { releaseAt: new Date(now - 3600_000), cancelled: true });

    expect((await findLatestVisiblePeriods(testPool(), new Date(now))).get(ind.id)).toBe("2032Q2");
    expect((await findLatestVisiblePeriods(testPool(), new Date(now + 3600_000 + 1000))).get(ind.id)).toBe("2032Q3");
    expect((await findLatestVisiblePeriods(testPool(), new Date(now - 2 * 86400_000 - 1000))).has(ind.id)).toBe(false);
  });

  it("gives the pages the same latest values as reading every visible vintage did (the demo's catalogue)", async () => {
    // the catalogue's own indicators: other tests' rows pair any period code with one fixed
    // period end, which no write path of the product does (period_end is derived from period)
    const demo = new Set((await prisma.indicator.findMany({ where: { code: { in: [...Object.keys(DEMO_DECIMALS)] } }, select: { id: true } })).map((i) => i.id));
    const all = latestByIndicator((await findVisibleObservations(testPool())).filter((o) => demo.has(o.indicatorId)));
    const latest = await readLatest(testPool(), new Date());
    expect([...latest.keys()].filter((id) => demo.has(id)).sort()).toEqual([...all.keys()].sort());
    expect(all.size).toBe(demo.size);
    for (const [id, l] of all) {
      const got = latest.get(id)!;
      expect(got.period).toBe(l.period);
      expect([...got.byRegion].map(([r, o]) => [r, o.value, o.flag, o.previous?.value ?? null])).toEqual([...l.byRegion].map(([r, o]) => [r, o.value, o.flag, o.previous?.value ?? null]));
    }
  });

  it("walks observation_indicator_period_end_idx per indicator and never scans the observation table", async () => {
    // the statistics autovacuum keeps in production; a fresh test database may not have them yet
    await testPool().query("ANALYZE observation, batch, release, indicator");
    const { rows } = await testPool().query<{ "QUERY PLAN": string }>(`EXPLAIN ${LATEST_PERIODS_SQL}`, [new Date(), null]);
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    expect(plan).toContain("observation_indicator_period_end_idx");
    expect(plan).not.toMatch(/Seq Scan on observation/);
  });
});
