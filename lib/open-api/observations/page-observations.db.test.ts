import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPublicIndicators, type PublicIndicator } from "@/lib/public/public-indicators";
import type { Queryable } from "@/lib/db/queryable";
import { LAST_FLOORS_SQL, countVisibleKeysByIndicator, findLastPeriodFloors, findVisibleKeys } from "@/lib/public/visible-keys";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { type Page, type PageRequest } from "../paging";
import { ParamError } from "../params/param-error";
import { findApiObservations } from "./find-api-observations";
import { pageObservations, type PageFilter } from "./page-observations";
import type { ApiObservation } from "./types";

const prisma = testPrisma();
const DAY = 86400_000;
const now = Date.now();
// what a withheld figure would read as, were it to leak
const SECRET = "777.123";

type Obs = { indicatorId: number; regionCode: string; period: string; periodEnd: string; value: string | null; flag?: "CONFIDENTIAL"; withheld?: object };

async function release(at: number, rows: Obs[]) {
  const r = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt: new Date(at) } });
  const b = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: "APPROVED", releaseId: r.id } });
  await prisma.observation.createMany({ data: rows.map((o) => ({ ...o, batchId: b.id, periodEnd: new Date(o.periodEnd) })) });
}

type LevelFilter = Omit<PageFilter, "measure">;
const level = (f: LevelFilter): PageFilter => ({ ...f, measure: "level" });

const keyOf = (r: ApiObservation) => `${r.indicator}|${r.region}|${r.period}`;

describe("open API observations, level measure paged in SQL", () => {
  let ids: number[];
  let codes: string[];
  let indicators: PublicIndicator[];
  const pool = testPool();

  const unpaged = (f: LevelFilter) => findApiObservations(pool, indicators, { ...f, measure: "level" });
  const counts = (f: LevelFilter) => countVisibleKeysByIndicator(pool, { indicatorIds: f.indicatorIds ?? undefined, regionCodes: f.regionCodes ?? undefined, from: f.from, to: f.to, asOf: f.at });
  const page = async (f: LevelFilter, req: PageRequest): Promise<Page<ApiObservation>> => pageObservations(pool, indicators, await counts(f), level(f), req);

  /** Every page by cursor, each read at the moment `at(n)` says (n: the page's number). */
  async function allPages(f: LevelFilter, limit: number, at: (n: number) => Date = () => f.at) {
    const pages: Page<ApiObservation>[] = [];
    let cursor: string | undefined;
    do {
      const p = await page({ ...f, at: at(pages.length) }, { limit, cursor });
      pages.push(p);
      cursor = p.nextCursor ?? undefined;
    } while (cursor);
    return pages;
  }

  beforeAll(async () => {
    const prefix = unique("P");
    // codes and regions whose order differs between code units and a language collation
    codes = [`${prefix}a`, `${prefix}_`, `${prefix}A`];
    ids = [];
    for (const code of codes) {
      const ind = await prisma.indicator.create({
        data: { code, nameZh: "测试分页", nameEn: "Test paging", unit: "亿元", frequency: "QUARTER", measureType: "STOCK", articleRef: "第十九条" },
      });
      ids.push(ind.id);
    }
    const rows: Obs[] = [];
    for (const indicatorId of ids) {
      for (const regionCode of ["2101a1", "2101_a", "2101A1", "210100"]) {
        rows.push(
          { indicatorId, regionCode, period: "2031Q4", periodEnd: "2031-12-31", value: "4" },
          { indicatorId, regionCode, period: "2031", periodEnd: "2031-12-31", value: "5" },
          { indicatorId, regionCode, period: "2031M12", periodEnd: "2031-12-31", value: "3" },
          { indicatorId, regionCode, period: "2031Q1", periodEnd: "2031-03-31", value: "1" },
          { indicatorId, regionCode, period: "2032Q1", periodEnd: "2032-03-31", value: "6" },
        );
      }
    }
    // withheld at upload, and by the disclosure control
    rows.push({ indicatorId: ids[1], regionCode: "2101A2", period: "2031Q2", periodEnd: "2031-06-30", value: SECRET, flag: "CONFIDENTIAL" });
    rows.push({ indicatorId: ids[2], regionCode: "2101A2", period: "2031Q2", periodEnd: "2031-06-30", value: SECRET, withheld: { kind: "rule" } });
    await release(now - 10 * DAY, rows);
    // a revision of some keys (two vintages: one key each, not two)
    await release(now - 5 * DAY, [
      { indicatorId: ids[0], regionCode: "210100", period: "2031Q1", periodEnd: "2031-03-31", value: "1.5" },
      { indicatorId: ids[2], regionCode: "2101_a", period: "2031", periodEnd: "2031-12-31", value: "5.5" },
    ]);
    indicators = await findPublicIndicators(pool);
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("pages to the end by cursor: exactly the rows of the whole answer, in its order, withheld values without their figure", async () => {
    const f: LevelFilter = { indicatorIds: ids, regionCodes: null, at: new Date() };
    const all = await unpaged(f);
    expect(all).toHaveLength(3 * 4 * 5 + 2);
    for (const limit of [1, 7, 61, 62, 1000]) {
      const pages = await allPages(f, limit);
      expect(pages.flatMap((p) => p.rows)).toEqual(all);
      expect(pages.map((p) => p.offset)).toEqual(pages.map((_, n) => n * limit));
      expect(new Set(pages.map((p) => p.total))).toEqual(new Set([all.length]));
      expect(pages.at(-1)!.nextCursor).toBeNull();
    }
    const withheld = all.filter((r) => r.region === "2101A2");
    expect(withheld.map((r) => [r.value, r.flag])).toEqual([
      [null, "CONFIDENTIAL"],
      [null, "CONFIDENTIAL"],
    ]);
    expect(JSON.stringify(await allPages(f, 5))).not.toContain(SECRET);
  });

  it("pages by offset as the whole answer sliced, and within a range of periods and regions", async () => {
    const f: LevelFilter = { indicatorIds: ids, regionCodes: ["2101_a", "210100", "2101A2"], from: "2031Q4", to: "2031", at: new Date() };
    const all = await unpaged(f);
    expect(all.length).toBeGreaterThan(10);
    for (const offset of [0, 1, 5, all.length - 1, all.length, all.length + 3]) {
      const p = await page(f, { limit: 4, offset });
      expect(p.rows).toEqual(all.slice(offset, offset + 4));
      expect([p.offset, p.total]).toEqual([offset, all.length]);
      expect(p.nextCursor !== null).toBe(offset + 4 < all.length);
    }
    expect((await allPages(f, 3)).flatMap((p) => p.rows)).toEqual(all);
  });

  it("a wide query (every indicator of the city) paged to the end is the whole answer", async () => {
    const f: LevelFilter = { indicatorIds: null, regionCodes: ["210100"], at: new Date() };
    const all = await unpaged(f);
    expect(all.length).toBeGreaterThan(1000);
    const pages = await allPages(f, 397);
    expect(pages.flatMap((p) => p.rows).map(keyOf)).toEqual(all.map(keyOf));
    expect(pages.flatMap((p) => p.rows)).toEqual(all);
  });

  // `last` N: each indicator's oldest kept period first (a short walk each), then paged as above
  async function pageLast(f: LevelFilter, n: number, req: PageRequest): Promise<Page<ApiObservation>> {
    const v = { regionCodes: f.regionCodes ?? undefined, from: f.from, to: f.to, asOf: f.at };
    const floors = await findLastPeriodFloors(pool, { ...v, indicatorIds: f.indicatorIds ?? indicators.map((i) => i.id) }, n);
    return pageObservations(pool, indicators, await countVisibleKeysByIndicator(pool, { ...v, indicatorIds: f.indicatorIds ?? undefined }, floors), level({ ...f, floors }), req);
  }

  it("`last` N periods, paged in SQL, is the whole answer's latest N periods: months, quarters and years ending together, withheld values masked", async () => {
    const at = new Date();
    const filters: LevelFilter[] = [
      { indicatorIds: ids, regionCodes: null, at },
      { indicatorIds: ids, regionCodes: ["2101_a", "2101A2"], from: "2031Q2", to: "2031", at },
    ];
    for (const f of filters) {
      for (const n of [1, 2, 3, 4, 10]) {
        const all = await findApiObservations(pool, indicators, { ...f, last: n, measure: "level" });
        expect(all.length).toBeGreaterThan(0);
        for (const limit of [1, 7, 1000]) {
          const rows: ApiObservation[] = [];
          let cursor: string | undefined;
          do {
            const p = await pageLast(f, n, { limit, cursor });
            expect(p.total).toBe(all.length);
            rows.push(...p.rows);
            cursor = p.nextCursor ?? undefined;
          } while (cursor);
          expect(rows).toEqual(all);
        }
        expect((await pageLast(f, n, { limit: 3, offset: 2 })).rows).toEqual(all.slice(2, 5));
      }
    }
    // 2032Q1 alone, then the three periods ending 2031-12-31 in the order 2031M12 < 2031Q4 < 2031
    const two = await pageLast({ indicatorIds: [ids[0]], regionCodes: ["210100"], at }, 2, { limit: 100 });
    expect(two.rows.map((r) => r.period)).toEqual(["2031", "2032Q1"]);
    const withheld = await pageLast({ indicatorIds: [ids[1]], regionCodes: ["2101A2"], at }, 1, { limit: 100 });
    expect(withheld.rows.map((r) => [r.period, r.value, r.flag])).toEqual([["2031Q2", null, "CONFIDENTIAL"]]);
    expect(JSON.stringify(withheld)).not.toContain(SECRET);
  });

  it("finds `last`'s floors by walking each indicator's newest periods only, never the observation table", async () => {
    await pool.query("ANALYZE observation, batch, release, indicator");
    type PlanNode = { "Node Type": string; "Actual Loops"?: number; "Actual Rows"?: number; "Relation Name"?: string; "Index Name"?: string; "Scan Direction"?: string; Plans?: PlanNode[] };
    const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];
    const wide = indicators.map((i) => i.id);
    const { rows } = await pool.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${LAST_FLOORS_SQL}`, [new Date(), null, ["210100"], null, null, wide, 3]);
    const plan = nodes(rows[0]["QUERY PLAN"][0].Plan);
    const limit = plan.filter((n) => n["Node Type"] === "Limit");
    expect(limit).toHaveLength(1);
    expect(limit[0]["Actual Loops"]).toBe(wide.length);
    const walk = plan.filter((n) => n["Relation Name"] === "observation");
    expect(walk.map((n) => [n["Index Name"], n["Scan Direction"]])).toEqual([["observation_indicator_period_end_idx", "Backward"]]);
    // each walk stops after its periods: far fewer rows than the city's history of every indicator
    const read = (walk[0]["Actual Rows"] ?? 0) * (walk[0]["Actual Loops"] ?? 0);
    const history = Number((await pool.query<{ n: string }>("SELECT count(*) AS n FROM observation WHERE region_code = '210100'")).rows[0].n);
    expect(read).toBeLessThan(history / 4);

    // the counts and a page's keys then read from each floor on, not every row against every floor
    const at = new Date();
    const floors = await findLastPeriodFloors(pool, { regionCodes: ["210100"], asOf: at, indicatorIds: wide }, 1);
    for (const read of [
      (q: Queryable) => countVisibleKeysByIndicator(q, { regionCodes: ["210100"], asOf: at }, floors),
      (q: Queryable) => findVisibleKeys(q, { regionCodes: ["210100"], asOf: at, indicatorIds: wide }, { after: null, offset: 0, limit: 1000 }, floors),
    ]) {
      let sent: { sql: string; params: unknown[] } | null = null;
      await read({ query: async (sql: string, params?: unknown[]) => ((sent = { sql, params: params ?? [] }), { rows: [] }) } as unknown as Queryable);
      const { rows: p } = await pool.query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sent!.sql}`, sent!.params);
      const scans = nodes(p[0]["QUERY PLAN"][0].Plan).filter((n) => n["Relation Name"] === "observation");
      expect(scans.map((n) => n["Node Type"])).not.toContain("Seq Scan");
      expect(scans.reduce((k, n) => k + (n["Actual Rows"] ?? 0) * (n["Actual Loops"] ?? 0), 0)).toBeLessThan(history / 4);
    }
  });

  it("a release between two pages: the next page starts after the cursor's row and shows the new state", async () => {
    const f: LevelFilter = { indicatorIds: ids, regionCodes: null, at: new Date() };
    const before = await unpaged(f);
    const first = await page(f, { limit: 25 });
    // by code unit the order is codes[2], codes[1], codes[0]: the cursor falls in codes[1].
    // Released after the first page was read: a row before the cursor, one after it, a revision after it
    expect(first.rows.at(-1)!.indicator).toBe(codes[1]);
    await release(Date.now() - 1000, [
      { indicatorId: ids[2], regionCode: "2101A0", period: "2031Q1", periodEnd: "2031-03-31", value: "8" },
      { indicatorId: ids[0], regionCode: "2101A0", period: "2031Q1", periodEnd: "2031-03-31", value: "9" },
      { indicatorId: ids[0], regionCode: "210100", period: "2032Q1", periodEnd: "2032-03-31", value: "6.25" },
    ]);
    const later: LevelFilter = { ...f, at: new Date() };
    const after = await unpaged(later);
    expect(after).toHaveLength(before.length + 2);
    const rest = await allPages(later, 25, () => later.at);
    // restart from the first page's cursor
    const cursorRows: ApiObservation[] = [];
    let cursor = first.nextCursor ?? undefined;
    while (cursor) {
      const p = await page(later, { limit: 25, cursor });
      cursorRows.push(...p.rows);
      cursor = p.nextCursor ?? undefined;
    }
    const lastSeen = keyOf(first.rows.at(-1)!);
    const afterCursor = after.slice(after.findIndex((r) => keyOf(r) === lastSeen) + 1);
    expect(first.rows).toEqual(before.slice(0, 25));
    expect(cursorRows).toEqual(afterCursor);
    expect(cursorRows.find((r) => r.indicator === codes[0] && r.region === "210100" && r.period === "2032Q1")?.value).toBe("6.25");
    expect(cursorRows.find((r) => r.indicator === codes[0] && r.region === "2101A0")?.value).toBe("9");
    expect(rest.flatMap((p) => p.rows)).toEqual(after);
    // the row released before the cursor is not repeated or counted into this page
    expect(cursorRows.some((r) => r.indicator === codes[2] && r.region === "2101A0")).toBe(false);
  });

  it("refuses a cursor that is not one of ours", async () => {
    const f: LevelFilter = { indicatorIds: ids, regionCodes: null, at: new Date() };
    const bad = (key: unknown) => Buffer.from(JSON.stringify(key)).toString("base64url");
    for (const cursor of ["garbage", bad(["a", "b"]), bad([codes[0], "210100", "2031X1"])]) {
      await expect(page(f, { limit: 2, cursor })).rejects.toBeInstanceOf(ParamError);
    }
  });
});
