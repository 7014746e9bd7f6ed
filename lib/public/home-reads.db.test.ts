// The home page reads what it shows (issue 21): the core figures' indicators and the emerging
// panel's, not the whole catalogue, and the latest values of those indicators only. A page that
// read every indicator's latest values would still be right, only slower as the catalogue grows,
// so what is read (and the walk's plan) is asserted here, not a time.
import { afterAll, describe, expect, it } from "vitest";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { getCoreStructure } from "./get-core-structure";
import { readLatest } from "./latest-data";
import { findPublicIndicators } from "./public-indicators";
import { loadRegionsIndex } from "./regions-index";
import { LATEST_PERIODS_SQL } from "./latest-visible";

const prisma = testPrisma();

async function value(indicatorId: number, period: string, periodEnd: string, releaseAt: Date) {
  const release = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt } });
  const batch = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: "APPROVED", releaseId: release.id } });
  await prisma.observation.create({ data: { batchId: batch.id, indicatorId, regionCode: "210100", period, periodEnd: new Date(periodEnd), value: "1" } });
}

type PlanNode = { "Node Type": string; "Actual Loops"?: number; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

describe("the home page's reads", () => {
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("reads the core total's family and the emerging-tagged indicators only, as the whole catalogue has them", async () => {
    const other = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
    });
    const all = await findPublicIndicators(testPool());
    const total = all.find((i) => i.code === "DE001")!;
    const family = await findPublicIndicators(testPool(), { codes: ["DE001", "DE003"], withParts: true });
    const expected = all.filter((i) => ["DE001", "DE003"].includes(i.code) || (i.partOfId !== null && [total.id, all.find((x) => x.code === "DE003")!.id].includes(i.partOfId)) || i.growthOfId === total.id);
    expect(family.map((i) => i.code)).toEqual(expected.map((i) => i.code));
    expect(family.length).toBeGreaterThanOrEqual(6); // DE001, four parts, DE003 (and the growth rate)
    expect(family.length).toBeLessThan(all.length);
    expect(family.map((i) => i.id)).not.toContain(other.id);

    const emerging = await findPublicIndicators(testPool(), { emerging: true });
    expect(emerging).toEqual(all.filter((i) => i.emergingCodes.length > 0));
    expect(emerging.length).toBeGreaterThan(0);
    expect(emerging.map((i) => i.id)).not.toContain(other.id);

    expect((await findPublicIndicators(testPool(), { codes: ["DE001"] })).map((i) => i.code)).toEqual(["DE001"]);
    // the core figures are the same as when they were picked from the whole catalogue
    const core = await getCoreStructure(testPool());
    expect(core?.total.indicator.code).toBe("DE001");
    expect(core?.parts.map((p) => p.categoryCode)).toEqual(["01", "02", "03", "04"]);
  });

  it("gives the listed indicators the latest values the whole catalogue's read gives them, and nothing else", async () => {
    const emerging = (await findPublicIndicators(testPool(), { emerging: true })).map((i) => i.id);
    const few = await readLatest(testPool(), new Date(), emerging);
    const whole = await readLatest(testPool(), new Date());
    expect([...few.keys()].sort()).toEqual(emerging.filter((id) => whole.has(id)).sort());
    for (const [id, l] of few) {
      const w = whole.get(id)!;
      expect(l.period).toBe(w.period);
      expect([...l.byRegion].map(([r, o]) => [r, o.value, o.flag])).toEqual([...w.byRegion].map(([r, o]) => [r, o.value, o.flag]));
    }
    expect((await readLatest(testPool(), new Date(), [])).size).toBe(0); // an empty list is nothing, not everything
  });

  it("never gives a value released later than the moment asked about", async () => {
    const ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试新兴指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
    });
    const now = Date.now();
    await value(ind.id, "2034Q1", "2034-03-31", new Date(now - 86400_000));
    await value(ind.id, "2034Q2", "2034-06-30", new Date(now + 3600_000)); // embargoed
    expect((await readLatest(testPool(), new Date(now), [ind.id])).get(ind.id)?.period).toBe("2034Q1");
    expect((await readLatest(testPool(), new Date(now + 7200_000), [ind.id])).get(ind.id)?.period).toBe("2034Q2");
  });

  it("walks the period index once per listed indicator, not once per indicator in the catalogue", async () => {
    await testPool().query("ANALYZE observation, batch, release, indicator");
    const emerging = (await findPublicIndicators(testPool(), { emerging: true })).map((i) => i.id);
    const catalogue = Number((await testPool().query<{ n: string }>("SELECT count(*) AS n FROM indicator")).rows[0].n);
    expect(emerging.length).toBeLessThan(catalogue);
    const { rows } = await testPool().query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${LATEST_PERIODS_SQL}`, [new Date(), emerging]);
    const plan = nodes(rows[0]["QUERY PLAN"][0].Plan);
    const walks = plan.filter((n) => n["Node Type"] === "Limit");
    expect(walks).toHaveLength(1);
    expect(walks[0]["Actual Loops"]).toBe(emerging.length);
    expect(plan.some((n) => n["Index Name"] === "observation_indicator_period_end_idx")).toBe(true);
    expect(plan.some((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "observation")).toBe(false);
  });
});

describe("the regions index's reads", () => {
  it("gives its three columns the figures the whole catalogue's latest values give them", async () => {
    const [index, whole, all] = await Promise.all([loadRegionsIndex(), readLatest(testPool(), new Date()), findPublicIndicators(testPool())]);
    const total = all.find((i) => i.code === "DE001")!;
    expect(index.columns.map((c) => c.indicator.code)).toEqual(["DE001", all.find((i) => i.growthOfId === total.id)!.code, "DE003"]);
    for (const [k, c] of index.columns.entries()) {
      expect(c.period).toBe(whole.get(c.indicator.id)!.period);
      for (const row of [index.city!, ...index.districts]) expect(row.cells[k]?.value ?? null).toBe(whole.get(c.indicator.id)!.byRegion.get(row.region.code)?.value ?? null);
    }
    expect(index.districts).toHaveLength(13);
  });
});
