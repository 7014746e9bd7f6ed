// The derived measures (in-period from year-to-date, y/y growth) paged in SQL are the whole
// answer (findApiObservations) paged by pageOf: the same rows, values, order, totals and
// cursors, for every measure under every filter; and a page reads the series it shows only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Queryable } from "@/lib/db/queryable";
import { findPublicIndicators, type PublicIndicator } from "@/lib/public/public-indicators";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { pageOf, type Page, type PageRequest } from "../paging";
import type { TMeasure } from "../schemas/observation";
import { findApiObservations, type ObservationFilter } from "./find-api-observations";
import { countObservationKeys, pageObservations } from "./page-observations";
import { compareRowKeys, rowKey } from "./select-rows";
import type { ApiObservation } from "./types";

const prisma = testPrisma();
const DAY = 86400_000;
const now = Date.now();
// what a withheld figure would read as, were it to leak
const SECRET = "777.123";
const MEASURES: TMeasure[] = ["level", "in-period", "yoy"];

type Obs = { indicatorId: number; regionCode: string; period: string; value: string | null; flag?: "CONFIDENTIAL"; withheld?: object };

function periodEnd(period: string): Date {
  const year = Number(period.slice(0, 4));
  const month = period.includes("M") ? Number(period.slice(5)) : period.includes("Q") ? Number(period.slice(5)) * 3 : 12;
  return new Date(Date.UTC(year, month, 0));
}

async function release(at: number, rows: Obs[]) {
  const r = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt: new Date(at) } });
  const b = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: "APPROVED", releaseId: r.id } });
  await prisma.observation.createMany({ data: rows.map((o) => ({ ...o, batchId: b.id, periodEnd: periodEnd(o.period) })) });
}

const months = (year: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${year}M${String(from + i).padStart(2, "0")}`);

describe("open API observations, derived measures paged in SQL", () => {
  const pool = testPool();
  let indicators: PublicIndicator[];
  let ytd: number; // year-to-date level (CUMULATIVE, monthly)
  let growth: number; // its published growth rate
  let rate: number; // a rate (RATE, quarterly): y/y in percentage points
  let ids: number[];
  let revisedAt: Date;

  const whole = (f: ObservationFilter) => findApiObservations(pool, indicators, f);
  async function page(f: ObservationFilter, req: PageRequest, q: Queryable = pool): Promise<Page<ApiObservation>> {
    const { floors, sources, counts } = await countObservationKeys(pool, indicators, f);
    return pageObservations(q, indicators, counts, { ...f, floors, sources }, req);
  }

  /** Each page by cursor equals the whole answer's page by pageOf, to the end. */
  async function expectSameByCursor(f: ObservationFilter, limit: number): Promise<ApiObservation[]> {
    const all = await whole(f);
    const rows: ApiObservation[] = [];
    let cursor: string | undefined;
    do {
      const p = await page(f, { limit, cursor });
      expect(p).toEqual(pageOf(all, { limit, cursor }, rowKey, compareRowKeys));
      rows.push(...p.rows);
      cursor = p.nextCursor ?? undefined;
    } while (cursor);
    expect(rows).toEqual(all);
    return all;
  }

  beforeAll(async () => {
    const prefix = unique("D");
    const create = (code: string, data: { frequency: "MONTH" | "QUARTER"; measureType: "CUMULATIVE" | "GROWTH" | "RATE"; unit: string; growthOfId?: number }) =>
      prisma.indicator.create({ data: { code: `${prefix}${code}`, nameZh: "测试派生", nameEn: "Test derived", articleRef: "第十九条", ...data } });
    ytd = (await create("a", { frequency: "MONTH", measureType: "CUMULATIVE", unit: "亿元" })).id;
    growth = (await create("b", { frequency: "MONTH", measureType: "GROWTH", unit: "%", growthOfId: ytd })).id;
    rate = (await create("c", { frequency: "QUARTER", measureType: "RATE", unit: "%" })).id;
    ids = [ytd, growth, rate];
    const rows: Obs[] = [];
    for (const regionCode of ["210100", "210102"]) {
      // 2031 has its own January; 2032 comes as 1—2月 combined
      for (const [i, period] of [...months(2030, 3, 12), ...months(2031, 1, 12), ...months(2032, 2, 6)].entries()) {
        rows.push({ indicatorId: ytd, regionCode, period, value: String(10 + i * 3) });
      }
      for (const [i, period] of ["2030Q1", "2030Q2", "2030Q3", "2030Q4", "2031Q1", "2031Q2", "2031Q3", "2031Q4", "2032Q1"].entries()) {
        rows.push({ indicatorId: rate, regionCode, period, value: String(40 + i) });
      }
    }
    // the published growth rate: for some periods of the level, one after it, and a district that has the rate only
    for (const period of [...months(2031, 6, 12), ...months(2032, 2, 4), "2032M07"]) rows.push({ indicatorId: growth, regionCode: "210100", period, value: "5.2" });
    for (const period of months(2032, 2, 4)) rows.push({ indicatorId: growth, regionCode: "210103", period, value: "4.8" });
    // withheld: a YTD value (at upload and by the disclosure control), a published rate, a rate value
    const withheld = (o: Obs) => rows.splice(rows.findIndex((r) => r.indicatorId === o.indicatorId && r.regionCode === o.regionCode && r.period === o.period), 1, o);
    withheld({ indicatorId: ytd, regionCode: "210102", period: "2032M04", value: SECRET, flag: "CONFIDENTIAL" });
    withheld({ indicatorId: ytd, regionCode: "210100", period: "2031M03", value: SECRET, withheld: { kind: "rule" } });
    rows.push({ indicatorId: growth, regionCode: "210100", period: "2032M05", value: SECRET, flag: "CONFIDENTIAL" });
    withheld({ indicatorId: rate, regionCode: "210102", period: "2031Q2", value: SECRET, flag: "CONFIDENTIAL" });
    await release(now - 10 * DAY, rows);
    // a revision, and a new month, later
    revisedAt = new Date(now - 5 * DAY);
    await release(revisedAt.getTime(), [
      { indicatorId: ytd, regionCode: "210100", period: "2032M03", value: "99.5" },
      { indicatorId: ytd, regionCode: "210100", period: "2032M07", value: "120" },
    ]);
    indicators = await findPublicIndicators(pool);
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("every measure, under range, region, `last` and as-of filters, paged to the end by cursor and by offset, is the whole answer", async () => {
    const at = new Date();
    const before = new Date(revisedAt.getTime() - DAY);
    const filters: Omit<ObservationFilter, "measure">[] = [
      { indicatorIds: ids, regionCodes: null, at },
      { indicatorIds: [ytd], regionCodes: null, at },
      { indicatorIds: ids, regionCodes: ["210100", "210103"], from: "2031M05", to: "2032Q1", at },
      { indicatorIds: ids, regionCodes: null, from: "2032", at },
      { indicatorIds: ids, regionCodes: null, at: before },
      { indicatorIds: ids, regionCodes: null, last: 1, at },
      { indicatorIds: [ytd, rate], regionCodes: ["210102", "210103"], last: 3, at },
      { indicatorIds: ids, regionCodes: null, to: "2032M03", last: 2, at: before },
    ];
    for (const measure of MEASURES) {
      for (const filter of filters) {
        const f = { ...filter, measure };
        const all = await expectSameByCursor(f, 7);
        expect(all.length).toBeGreaterThan(0);
        for (const offset of [0, 5, all.length - 1, all.length + 2]) {
          expect(await page(f, { limit: 6, offset })).toEqual(pageOf(all, { limit: 6, offset }, rowKey, compareRowKeys));
        }
        expect(JSON.stringify(all)).not.toContain(SECRET);
      }
    }
  });

  it("derives from the rows a page does not show: earlier months of the year, the year before, the published rate", async () => {
    const f: ObservationFilter = { indicatorIds: [ytd], regionCodes: ["210100", "210103"], from: "2032M02", to: "2032M07", measure: "yoy", at: new Date() };
    const p = await page(f, { limit: 100 });
    const row = (region: string, period: string) => p.rows.find((r) => r.region === region && r.period === period);
    expect(row("210100", "2032M04")?.value).toBe("5.2"); // published
    // the published rate of 2032M03 is withheld with its withheld base, 2031M03 (visible-observations.ts)
    expect([row("210100", "2032M03")?.value, row("210100", "2032M03")?.flag]).toEqual([null, "CONFIDENTIAL"]);
    expect([row("210100", "2032M05")?.value, row("210100", "2032M05")?.reason]).toEqual([null, "withheld"]);
    expect(row("210100", "2032M06")?.computed).toBe(true); // from 2031M06
    expect(row("210103", "2032M04")?.value).toBe("4.8"); // where only the rate is published
    const inPeriod = await page({ ...f, measure: "in-period", from: "2032M02", to: "2032M03" }, { limit: 100 });
    // 2032M03 - 2032M02: the 2032 YTD values 99.5 (revised) and 10 + 22 × 3
    expect(inPeriod.rows.find((r) => r.region === "210100" && r.period === "2032M03")?.value).toBe(String(99.5 - 76));
  });

  it("a wide query of the city (every indicator) paged to the end is the whole answer for every measure", async () => {
    for (const measure of MEASURES) {
      const all = await expectSameByCursor({ indicatorIds: null, regionCodes: ["210100"], measure, at: new Date() }, 397);
      expect(all.length).toBeGreaterThan(1000);
    }
    await expectSameByCursor({ indicatorIds: null, regionCodes: null, last: 2, measure: "yoy", at: new Date() }, 500);
  });

  it("a page of a wide derived query reads the rows of its own series only", async () => {
    await pool.query("ANALYZE observation, batch, release, indicator");
    type PlanNode = { "Relation Name"?: string; "Actual Loops"?: number; "Actual Rows"?: number; Plans?: PlanNode[] };
    const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];
    const history = Number((await pool.query<{ n: string }>("SELECT count(*) AS n FROM observation WHERE region_code = '210100'")).rows[0].n);
    for (const measure of ["in-period", "yoy"] as const) {
      const f: ObservationFilter = { indicatorIds: null, regionCodes: ["210100"], measure, at: new Date() };
      const sent: { sql: string; params: unknown[] }[] = [];
      const recording = { query: (sql: string, params?: unknown[]) => (sent.push({ sql, params: params ?? [] }), pool.query(sql, params)) } as unknown as Queryable;
      const first = await page(f, { limit: 20 }, recording);
      expect(first.rows).toHaveLength(20);
      let read = 0;
      for (const s of sent) {
        const { rows } = await pool.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${s.sql}`, s.params);
        read += nodes(rows[0]["QUERY PLAN"][0].Plan)
          .filter((n) => n["Relation Name"] === "observation")
          .reduce((k, n) => k + (n["Actual Rows"] ?? 0) * (n["Actual Loops"] ?? 0), 0);
      }
      // the whole answer read (and derived) every row of the city; a page of 20 reads about a hundred
      expect(read).toBeLessThan(history / 10);
    }
  });
});
