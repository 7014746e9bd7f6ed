// A district page reads what it shows (issue 21): which indicators it lists comes from one
// short walk per indicator without values, and the values it reads (every unit's, for the rank
// and share) are those of its page's indicators only. A page that read the whole catalogue's
// values would still be right, only slower as the catalogue grows, so what is read is asserted
// here (the queries' indicator lists and the walk's plan), not a time.
import { afterAll, describe, expect, it, vi } from "vitest";
import { publicPool } from "@/lib/db";
import { DEMO_DECIMALS } from "@/lib/demo/demo-models";
import { CITY_CODE } from "@/lib/reference/regions";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { readLatest } from "./latest-data";
import { findIndicatorsWithLatestIn, LATEST_IN_REGIONS_SQL } from "./latest-visible";
import { findPublicIndicators } from "./public-indicators";
import { loadRegion, REGION_PAGE_SIZE } from "./region-model";
import { regionProfile } from "./region-profile";

/** The codes a district page lists, in catalogue order. */
const listedCodes = async (...a: Parameters<typeof findIndicatorsWithLatestIn>) => [...(await findIndicatorsWithLatestIn(...a)).values()];

const prisma = testPrisma();
const REGION = "210102";
const isDemo = (code: string) => code in DEMO_DECIMALS;

async function districtCodes(): Promise<string[]> {
  return (await prisma.region.findMany({ where: { code: { not: CITY_CODE } }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] })).map((r) => r.code);
}

/** What the page showed when it built from every indicator's latest values. */
async function wholeCatalogueRows() {
  const [all, latest, districts] = await Promise.all([findPublicIndicators(testPool()), readLatest(testPool(), new Date()), districtCodes()]);
  return regionProfile(
    all.filter((i) => !i.retired),
    latest,
    districts,
    REGION,
  );
}

const brief = (rows: { indicator: { code: string }; period: string; observation: { value: string | null } | null; rank: number | null; share: string | null }[]) =>
  rows.map((r) => [r.indicator.code, r.period, r.observation?.value ?? null, r.rank, r.share]);

async function value(indicatorId: number, regionCode: string, period: string, periodEnd: string, o: { releaseAt: Date; flag?: "CONFIDENTIAL" }) {
  const release = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt: o.releaseAt } });
  const batch = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: "APPROVED", releaseId: release.id } });
  await prisma.observation.create({ data: { batchId: batch.id, indicatorId, regionCode, period, periodEnd: new Date(periodEnd), value: "1", flag: o.flag ?? null } });
}

const indicator = () =>
  prisma.indicator.create({ data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" } });

describe("the district page's reads", () => {
  afterAll(async () => {
    vi.restoreAllMocks();
    await prisma.$disconnect();
  });

  // Compared on the catalogue's own indicators: other tests' rows pair a period code with a
  // period end no write path of the product would (see latest-periods.db.test.ts).
  it("lists the indicators the whole catalogue's latest values gave a row, in the same order, and its first page is that list", async () => {
    const whole = (await wholeCatalogueRows()).filter((r) => isDemo(r.indicator.code));
    const listed = await listedCodes(testPool(), new Date(), await districtCodes());
    expect(listed.filter(isDemo)).toEqual(whole.map((r) => r.indicator.code));
    expect(whole.length).toBeGreaterThan(50);
    const model = (await loadRegion(REGION, "zh", "图"))!;
    const onPage = new Set(listed.slice(0, REGION_PAGE_SIZE));
    expect(brief(model.rows.filter((r) => isDemo(r.indicator.code)))).toEqual(brief(whole.filter((r) => onPage.has(r.indicator.code))));
    expect(model.paging).toMatchObject({ page: 1, pages: Math.max(1, Math.ceil(listed.length / REGION_PAGE_SIZE)) });
  });

  it("cuts the list into pages: page 2 holds the next rows, its chart their shares, a page past the end is the first", async () => {
    const whole = (await wholeCatalogueRows()).filter((r) => isDemo(r.indicator.code));
    const listed = await listedCodes(testPool(), new Date(), await districtCodes());
    const second = (await loadRegion(REGION, "zh", "图", 2, 10))!;
    expect(second.paging).toEqual({ page: 2, pages: Math.ceil(listed.length / 10), offset: 10, size: 10 });
    const onPage = new Set(listed.slice(10, 20));
    const expected = whole.filter((r) => onPage.has(r.indicator.code));
    expect(expected.length).toBeGreaterThan(0);
    expect(second.rows.map((r) => r.indicator.code).every((c) => onPage.has(c))).toBe(true);
    expect(brief(second.rows.filter((r) => isDemo(r.indicator.code)))).toEqual(brief(expected));
    // the chart's bars are the page's rows with a share, not every indicator's
    expect(second.chart?.bars.length ?? 0).toBe(second.rows.filter((r) => r.share !== null).length);
    expect((second.chart?.bars ?? []).length).toBeLessThanOrEqual(10);
    const past = (await loadRegion(REGION, "zh", "图", 999, 10))!;
    expect(past.paging.page).toBe(1);
    expect(past.rows.map((r) => r.indicator.code).every((c) => listed.slice(0, 10).includes(c))).toBe(true);
  });

  it("lists an indicator only when its latest released period has a district value: not an embargoed one, not one whose latest period is the city's only", async () => {
    const now = Date.now();
    const [withheld, embargoed, cityOnlyNow] = await Promise.all([indicator(), indicator(), indicator()]);
    await value(withheld.id, REGION, "2031Q1", "2031-03-31", { releaseAt: new Date(now - 86400_000), flag: "CONFIDENTIAL" }); // shown as 不公开
    await value(embargoed.id, REGION, "2031Q1", "2031-03-31", { releaseAt: new Date(now + 3600_000) });
    await value(cityOnlyNow.id, REGION, "2031Q1", "2031-03-31", { releaseAt: new Date(now - 2 * 86400_000) });
    await value(cityOnlyNow.id, CITY_CODE, "2031Q2", "2031-06-30", { releaseAt: new Date(now - 86400_000) });
    const listed = await listedCodes(testPool(), new Date(now), await districtCodes());
    expect(listed).toContain(withheld.code);
    expect(listed).not.toContain(embargoed.code);
    expect(listed).not.toContain(cityOnlyNow.code);
    expect(await listedCodes(testPool(), new Date(now + 7200_000), await districtCodes())).toContain(embargoed.code);
  });

  it("reads values for the page's indicators only", async () => {
    // a new epoch, so that nothing comes from the cache of an earlier test
    await testPool().query(`UPDATE setting SET value = to_jsonb((value #>> '{}')::bigint + 1), updated_at = now() WHERE key = 'public.version'`);
    await new Promise((r) => setTimeout(r, 1100)); // the epoch is read again after EPOCH_TTL_MS
    const spy = vi.spyOn(publicPool(), "query");
    const model = (await loadRegion(REGION, "zh", "图", 2, 10))!;
    const calls = spy.mock.calls.map(([sql, params]) => ({ sql: String(sql), params: (params ?? []) as unknown[] }));
    spy.mockRestore();
    const pageIds = new Set(model.rows.map((r) => r.indicator.id));
    expect(pageIds.size).toBe(10);
    // the reads of values and latest periods name their indicators ($2): the page's, never all
    const valueReads = calls.filter((c) => /FROM observation/.test(c.sql) && c.sql !== LATEST_IN_REGIONS_SQL);
    expect(valueReads.length).toBeGreaterThan(0);
    for (const c of valueReads) {
      expect(c.params[1], c.sql.slice(0, 80)).not.toBeNull();
      for (const id of c.params[1] as number[]) expect(pageIds.has(id)).toBe(true);
    }
    // the one read that walks every indicator reads no value
    const walks = calls.filter((c) => c.sql === LATEST_IN_REGIONS_SQL);
    expect(walks).toHaveLength(1);
    expect(LATEST_IN_REGIONS_SQL).not.toMatch(/\bo\.value\b/);
  });

  it("walks the period index once per indicator and never scans the observation table to list them", async () => {
    await testPool().query("ANALYZE observation, batch, release, indicator");
    const { rows } = await testPool().query<{ "QUERY PLAN": string }>(`EXPLAIN ${LATEST_IN_REGIONS_SQL}`, [new Date(), null, await districtCodes()]);
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    expect(plan).toContain("observation_indicator_period_end_idx");
    expect(plan).not.toMatch(/Seq Scan on observation/);
  });
});
