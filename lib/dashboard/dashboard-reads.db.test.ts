// What the leadership dashboard reads besides the values on screen: the quarters it offers
// and the indicators it can rank by district. Both must answer from indexes: a lost index
// would fail no other test, the dashboard would only get slower as the data grows (issue 21:
// 5.6 s → 29 s from 1× to 10× when it read every value), so the plans are asserted here.
import { afterAll, describe, expect, it } from "vitest";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { DISTRICT_INDICATORS_SQL, findDistrictIndicators, findVisibleQuarters, VISIBLE_QUARTERS_SQL } from "@/lib/public/visible-extent";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import { findNewestVintages, NEWEST_VINTAGES_OF_KEYS_SQL, NEWEST_VINTAGES_SQL } from "./newest-vintages";

const prisma = testPrisma();
const CITY = "210100";
const DISTRICT = "210102";

type Opts = { releaseAt: Date; region?: string; status?: "APPROVED" | "SUBMITTED"; value?: string | null; flag?: "CONFIDENTIAL" };
async function value(indicatorId: number, period: string, periodEnd: string, o: Opts) {
  const release = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt: o.releaseAt } });
  const batch = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: o.status ?? "APPROVED", releaseId: release.id } });
  await prisma.observation.create({
    data: { batchId: batch.id, indicatorId, regionCode: o.region ?? CITY, period, periodEnd: new Date(periodEnd), value: o.value === undefined ? "1" : o.value, flag: o.flag },
  });
}

const indicator = () =>
  prisma.indicator.create({
    data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
  });

async function plan(sql: string, params: unknown[]): Promise<string> {
  // the statistics autovacuum keeps in production; a fresh test database may not have them yet
  await testPool().query("ANALYZE observation, batch, release, indicator");
  const { rows } = await testPool().query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, params);
  return rows.map((r) => r["QUERY PLAN"]).join("\n");
}

describe("the dashboard's quarters and district indicators", () => {
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("offers a quarter only once a value of it is released and not withheld", async () => {
    const ind = await indicator();
    const now = Date.now();
    const past = new Date(now - 86400_000);
    await value(ind.id, "2041Q1", "2041-03-31", { releaseAt: past });
    await value(ind.id, "2041Q2", "2041-06-30", { releaseAt: new Date(now + 3600_000) }); // under embargo
    await value(ind.id, "2041Q3", "2041-09-30", { releaseAt: past, status: "SUBMITTED" }); // in review
    await value(ind.id, "2041Q4", "2041-12-31", { releaseAt: past, value: null, flag: "CONFIDENTIAL" }); // withheld
    await value(ind.id, "2042M01", "2042-01-31", { releaseAt: past }); // not a quarter

    const quarters = await findVisibleQuarters(testPool(), new Date(now));
    expect(quarters.filter((q) => q.startsWith("204"))).toEqual(["2041Q1"]);
    expect(quarters).toEqual([...quarters].sort().reverse()); // newest first
    const later = await findVisibleQuarters(testPool(), new Date(now + 3600_000 + 1000));
    expect(later.filter((q) => q.startsWith("204"))).toEqual(["2041Q2", "2041Q1"]);
  });

  it("ranks an indicator by district only once a district value of it is released", async () => {
    const cityOnly = await indicator();
    const district = await indicator();
    const embargoed = await indicator();
    const now = Date.now();
    await value(cityOnly.id, "2041Q1", "2041-03-31", { releaseAt: new Date(now - 1000) });
    await value(district.id, "2041Q1", "2041-03-31", { releaseAt: new Date(now - 1000), region: DISTRICT });
    await value(embargoed.id, "2041Q1", "2041-03-31", { releaseAt: new Date(now + 3600_000), region: DISTRICT });

    const ids = await findDistrictIndicators(testPool(), new Date(now), CITY);
    expect(ids.has(district.id)).toBe(true);
    expect(ids.has(cityOnly.id)).toBe(false);
    expect(ids.has(embargoed.id)).toBe(false);
    // asked of some indicators only (a patch after a release), the same answer for those
    expect([...(await findDistrictIndicators(testPool(), new Date(now), CITY, [district.id, cityOnly.id]))]).toEqual([district.id]);
  });

  it("walks observation_period_idx for the quarters, never scanning the observation table", async () => {
    const p = await plan(VISIBLE_QUARTERS_SQL, [new Date()]);
    expect(p).toContain("observation_period_idx");
    expect(p).not.toMatch(/Seq Scan on observation/);
  });

  it("probes an index per indicator for the district indicators, never scanning the observation table", async () => {
    const p = await plan(DISTRICT_INDICATORS_SQL, [new Date(), CITY, null]);
    expect(p).toMatch(/Index (Only )?Scan using observation_indicator\w*_idx on observation/);
    expect(p).not.toMatch(/Seq Scan on observation/);
  });

  it("reads an area's values as the public sees them: the newest vintage of each key, withheld ones without their figure", async () => {
    const ind = await indicator();
    const now = Date.now();
    await value(ind.id, "2041Q1", "2041-03-31", { releaseAt: new Date(now - 2 * 86400_000), value: "5" });
    await value(ind.id, "2041Q1", "2041-03-31", { releaseAt: new Date(now - 86400_000), value: "6" }); // a revision
    await value(ind.id, "2041Q2", "2041-06-30", { releaseAt: new Date(now - 86400_000), value: "7", flag: "CONFIDENTIAL" }); // withheld
    await value(ind.id, "2041Q3", "2041-09-30", { releaseAt: new Date(now + 3600_000) }); // under embargo
    const asOf = new Date(now);
    const strip = <T extends { previous?: unknown; note?: unknown }>({ previous: _p, note: _n, ...rest }: T) => rest;
    const mine = await findNewestVintages(testPool(), { regionCodes: [CITY], asOf, now: asOf, sources: false });
    const publicRead = await findVisibleObservations(testPool(), { regionCodes: [CITY], asOf });
    expect(mine.map(strip)).toEqual(publicRead.map((o) => ({ ...strip(o), unreleased: false, batchId: null, releaseId: null })));
    expect(mine.filter((o) => o.indicatorId === ind.id).map((o) => [o.period, o.value, o.flag])).toEqual([
      ["2041Q1", "6", null],
      ["2041Q2", null, "CONFIDENTIAL"],
    ]);
  });

  it("finds the selected area's values, and its last two years, by observation_region_period_end_idx, never scanning the observation table", async () => {
    // At the demo's size the planner may rather walk all of the (indicator, region, period)
    // index for its order: a read of every area in another form. Without ordered index scans
    // it shows how it finds one area once that walk is dear (at 10× the data it scanned the table).
    await testPool().query("ANALYZE observation, batch, release, indicator");
    const c = await testPool().connect();
    try {
      await c.query("BEGIN");
      await c.query("SET LOCAL enable_indexscan = off");
      const explain = async (from: string | null, to: string | null) => {
        const { rows } = await c.query<{ "QUERY PLAN": string }>(`EXPLAIN ${NEWEST_VINTAGES_SQL}`, [null, [CITY], new Date(), new Date(), from, to]);
        return rows.map((r) => r["QUERY PLAN"]).join("\n");
      };
      for (const p of [await explain(null, null), await explain("2023-08-30", "2025-09-30")]) {
        expect(p).toMatch(/Bitmap Index Scan on observation_region_period_end_idx/);
        expect(p).not.toMatch(/Seq Scan on observation/);
      }
      // the window is a range of the index, not a filter applied to every row of the area
      expect(await explain("2023-08-30", "2025-09-30")).toMatch(/Index Cond: \(\(\(region_code\)::text = ANY[^\n]*period_end >= /);
    } finally {
      await c.query("ROLLBACK");
      c.release();
    }
  });

  it("reads a release's keys (the area patched after it) by the (indicator, region, period) index, never scanning the observation table", async () => {
    await testPool().query("ANALYZE observation, batch, release, indicator");
    const { rows } = await testPool().query<{ indicator_id: number; period: string }>(
      `SELECT indicator_id, period FROM observation WHERE region_code = $1 ORDER BY period_end DESC, id LIMIT 20`,
      [CITY],
    );
    const keys = [rows.map((r) => r.indicator_id), rows.map(() => CITY), rows.map((r) => r.period)];
    const p = await plan(NEWEST_VINTAGES_OF_KEYS_SQL, [null, [CITY], new Date(), new Date(), null, null, ...keys]);
    expect(p).toMatch(/Index Scan using observation_indicator_id_region_code_period_idx on observation/);
    expect(p).not.toMatch(/Seq Scan on observation/);
    // and the read gives each key's newest vintage, as reading the area does
    const now = new Date();
    const byKeys = await findNewestVintages(testPool(), { keys: rows.map((r) => ({ indicatorId: r.indicator_id, regionCode: CITY, period: r.period })), regionCodes: [CITY], asOf: now, now, sources: false });
    const whole = await findNewestVintages(testPool(), { indicatorIds: [...new Set(rows.map((r) => r.indicator_id))], regionCodes: [CITY], asOf: now, now, sources: false });
    const wanted = new Set(rows.map((r) => `${r.indicator_id}|${r.period}`));
    expect(byKeys).toEqual(whole.filter((o) => wanted.has(`${o.indicatorId}|${o.period}`)));
    expect(byKeys.length).toBeGreaterThan(0);
  });
});
