// The sitemap and the catalogue read what they show (issue 21): a sitemap page its own slice of
// the catalogue and, for those indicators, the newest visible period and its release time (not
// their values); the catalogue the newest visible period of each indicator (not the values).
// The answers must stay those of the full read; the plan is asserted, not a time.
import { afterAll, describe, expect, it } from "vitest";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { CATALOGUE_PAGE_SIZE, loadCatalogue } from "@/lib/public/catalogue-model";
import { isListed } from "@/lib/public/catalogue-filter";
import { readLatest } from "@/lib/public/latest-data";
import { countIndicators, findPublicIndicators } from "@/lib/public/public-indicators";
import { LATEST_RELEASES_SQL, findLatestVisibleReleases } from "@/lib/public/latest-visible";
import { sitemapPage, sitemapPageCount } from "./sitemap-pages";
import { PAGE_SIZE } from "./sitemap-xml";

const prisma = testPrisma();
// The comparisons with the full read use the demo's own catalogue: other db test files, which
// may run first in the same database, make indicators whose values carry a period and a
// period end that disagree (2031Q2 ending on 2031-03-31), which an upload never stores.
const demo = (code: string) => /^DE\d{3}$/.test(code);

async function value(indicatorId: number, period: string, periodEnd: string, releaseAt: Date, region = "210100") {
  const release = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt } });
  const batch = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: "APPROVED", releaseId: release.id } });
  await prisma.observation.create({ data: { batchId: batch.id, indicatorId, regionCode: region, period, periodEnd: new Date(periodEnd), value: "1" } });
}

type PlanNode = { "Node Type": string; "Actual Loops"?: number; "Relation Name"?: string; Plans?: PlanNode[] };
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

describe("the sitemap's and the catalogue's reads", () => {
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("give each indicator the newest visible period and release time that its latest values give it", async () => {
    const all = (await findPublicIndicators(testPool())).filter((i) => demo(i.code));
    const ids = all.map((i) => i.id);
    const at = new Date();
    const [releases, latest] = await Promise.all([findLatestVisibleReleases(testPool(), at, ids), readLatest(testPool(), at, ids)]);
    expect([...releases.keys()].sort()).toEqual([...latest.keys()].sort());
    expect(releases.size).toBeGreaterThan(50);
    for (const [id, l] of latest) expect(releases.get(id)).toEqual({ period: l.period, releasedAt: l.releasedAt });
    expect((await findLatestVisibleReleases(testPool(), at, [])).size).toBe(0);
  });

  it("dates a period by its released values only: a value of the same period under embargo does not move it", async () => {
    const ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
    });
    const now = Date.now();
    const released = new Date(now - 86400_000);
    await value(ind.id, "2035Q1", "2035-03-31", released);
    await value(ind.id, "2035Q1", "2035-03-31", new Date(now + 3600_000), "210102"); // embargoed
    await value(ind.id, "2035Q2", "2035-06-30", new Date(now + 3600_000)); // embargoed
    expect((await findLatestVisibleReleases(testPool(), new Date(now), [ind.id])).get(ind.id)).toEqual({ period: "2035Q1", releasedAt: released });
    expect((await findLatestVisibleReleases(testPool(), new Date(now + 7200_000), [ind.id])).get(ind.id)?.period).toBe("2035Q2");
  });

  it("pages the catalogue in its own order, and the sitemap lists what the whole catalogue would", async () => {
    const all = await findPublicIndicators(testPool());
    expect(await countIndicators(testPool())).toBe(all.length);
    const half = Math.ceil(all.length / 2);
    const first = await findPublicIndicators(testPool(), { page: { offset: 0, limit: half } });
    const second = await findPublicIndicators(testPool(), { page: { offset: half, limit: half } });
    expect([...first, ...second].map((i) => i.code)).toEqual(all.map((i) => i.code));

    expect(await sitemapPageCount()).toBe(1 + Math.ceil(all.length / PAGE_SIZE));
    const latest = await readLatest(testPool(), new Date(), all.map((i) => i.id));
    const entries = (await sitemapPage(1))!.filter((e) => demo(e.path.replace("/indicators/", "")));
    const expected = all.slice(0, PAGE_SIZE).filter((i) => demo(i.code) && isListed(i, (x) => latest.has(x.id)));
    expect(expected.length).toBeGreaterThan(40);
    expect(entries.map((e) => e.path)).toEqual(expected.map((i) => `/indicators/${i.code}`));
    for (const [k, i] of expected.entries()) expect(entries[k].lastModified).toEqual(latest.get(i.id)?.releasedAt);
  });

  it("gives each catalogue page the latest periods its values have, walking for that page's indicators only", async () => {
    const all = await findPublicIndicators(testPool());
    const latest = await readLatest(testPool(), new Date(), all.map((i) => i.id));
    const first = await loadCatalogue({});
    expect(first.total).toBe(all.filter((i) => !i.retired).length);
    expect(first.paging.pages).toBe(Math.ceil(first.total / CATALOGUE_PAGE_SIZE));
    const shown = [...first.results, ...first.retired];
    expect(shown.length).toBeGreaterThan(40);
    for (const i of shown) expect(first.latestPeriod.get(i.id), i.code).toBe(latest.get(i.id)?.period);
    // nothing walked for indicators on other pages (the retired ones are walked for the facets)
    const others = [...first.latestPeriod.keys()].filter((id) => !shown.some((i) => i.id === id));
    expect(others.every((id) => all.find((i) => i.id === id)?.retired)).toBe(true);
  });

  it("walks each listed indicator once and reads only its newest period's rows, never the observation table", async () => {
    await testPool().query("ANALYZE observation, batch, release, indicator");
    const ids = (await findPublicIndicators(testPool(), { page: { offset: 0, limit: 10 } })).map((i) => i.id);
    const { rows } = await testPool().query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${LATEST_RELEASES_SQL}`, [new Date(), ids]);
    const plan = nodes(rows[0]["QUERY PLAN"][0].Plan);
    const walks = plan.filter((n) => n["Node Type"] === "Limit");
    const looks = plan.filter((n) => n["Node Type"] === "Aggregate");
    expect(walks).toHaveLength(1);
    expect(looks).toHaveLength(1);
    // the walk once per indicator; the look at the period once per indicator that has one
    expect(walks[0]["Actual Loops"]).toBe(ids.length);
    expect(looks[0]["Actual Loops"]).toBeLessThanOrEqual(ids.length);
    expect(plan.some((n) => n["Node Type"] === "Seq Scan" && n["Relation Name"] === "observation")).toBe(false);
  });
});
