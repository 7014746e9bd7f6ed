// The bulletin reads only what it shows (the city's figures of the lines it prints, the
// districts' for the core total and its growth): it must say exactly what it said when it read
// every released value, and a chapter larger than the bulletin prints is neither printed nor
// read whole (issue 21).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { findRegions } from "@/lib/dashboard/find-regions";
import { fromPublic } from "@/lib/dashboard/observations";
import { publicPool } from "@/lib/db";
import { currentEpoch } from "@/lib/public/epoch";
import { findPublicIndicators } from "@/lib/public/public-indicators";
import { bumpPublicVersion } from "@/lib/public/public-version";
import * as visible from "@/lib/public/visible-observations";
import { isoDate, mustParsePeriod, periodEnd } from "@/lib/period";
import { CITY_CODE } from "@/lib/reference/regions";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { findBulletinPeriods } from "./available-bulletins";
import { buildBulletin } from "./build-bulletin";
import { BULLETIN_OUTLINE_SQL } from "./catalogue-outline";
import { loadBulletin } from "./load-bulletin";
import { LINES_PER_CHAPTER, newsAfter } from "./select-lines";

// every read of values passes through, and is recorded
vi.mock("@/lib/public/visible-observations", async (original) => {
  const m = await original<typeof import("@/lib/public/visible-observations")>();
  return { ...m, findVisibleObservations: vi.fn(m.findVisibleObservations) };
});
const reads = vi.mocked(visible.findVisibleObservations);

type PlanNode = { "Node Type": string; "Actual Loops"?: number; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

const prisma = testPrisma();
const EXTRA = 20;
let latest = "";
let added: { id: number; code: string }[] = [];
let withheld = 0;

/** A new visibility epoch, so that nothing cached before is reused (the epoch is re-read each second). */
async function newEpoch() {
  await bumpPublicVersion(prisma);
  await new Promise((r) => setTimeout(r, 1100));
}

describe("the bulletin's read", () => {
  // a chapter (科技创新, 6 indicators in the demo) grown past what the bulletin prints: more
  // indicators with a figure for the latest bulletin's quarter, the first choice of them (a
  // headline indicator) withheld, so it gives no line and the next choice is read instead
  beforeAll(async () => {
    latest = (await findBulletinPeriods())[0];
    const release = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt: new Date(Date.now() - 86400_000) } });
    const batch = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: "APPROVED", releaseId: release.id } });
    added = await Promise.all(
      Array.from({ length: EXTRA }, (_, k) =>
        prisma.indicator.create({
          data: { code: unique(`BT${k}`), nameZh: `测试指标${k}`, nameEn: `Test ${k}`, unit: "个", frequency: "QUARTER", measureType: "STOCK", articleRef: "第二十五条", chapter: "INNOVATION", sortOrder: 10_000 + k, isHeadline: k === 0 },
          select: { id: true, code: true },
        }),
      ),
    );
    withheld = added[0].id;
    await prisma.observation.createMany({
      data: added.map((i) => ({
        batchId: batch.id,
        indicatorId: i.id,
        regionCode: CITY_CODE,
        period: latest,
        periodEnd: new Date(isoDate(periodEnd(mustParsePeriod(latest)))),
        value: "7",
        flag: i.id === withheld ? "CONFIDENTIAL" : null,
      })),
    });
    await newEpoch();
  });

  beforeEach(() => {
    reads.mockClear();
  });

  afterAll(async () => {
    await prisma.$disconnect();
    await publicPool().end();
  });

  it("gives the same bulletin, in both languages, as building it from every released value", async () => {
    const periods = (await findBulletinPeriods()).slice(0, 2);
    expect(periods.length).toBeGreaterThan(0);
    const epoch = await currentEpoch();
    const [indicators, regions, all] = await Promise.all([findPublicIndicators(publicPool()), findRegions(), visible.findVisibleObservations(publicPool(), { asOf: epoch.at })]);
    for (const period of periods) {
      for (const lang of ["zh", "en"] as const) {
        const whole = buildBulletin({ period, indicators, observations: all.map(fromPublic), regions }, lang);
        const loaded = await loadBulletin(period, lang);
        expect(whole).not.toBeNull();
        expect(loaded?.bulletin, `${period} ${lang}`).toEqual(whole);
      }
    }
  });

  it("prints a grown chapter's main indicators, says how many more there are, and reads the values of what it shows only", async () => {
    await newEpoch();
    const b = (await loadBulletin(latest, "zh"))!.bulletin;
    const innovation = b.sections.find((s) => s.key === "INNOVATION")!;
    expect(innovation.lines).toHaveLength(LINES_PER_CHAPTER);
    const codes = innovation.lines.map((l) => l.indicator.code);
    expect(codes).not.toContain(added[0].code); // withheld: no line, and not counted
    // 6 of the demo and the 19 not withheld (earlier runs' test indicators add to both sides)
    expect(innovation.lines.length + innovation.more).toBeGreaterThanOrEqual(6 + EXTRA - 1);

    const calls = reads.mock.calls.map(([, f]) => f ?? {});
    expect(calls.length).toBeGreaterThan(0);
    // never every indicator's values
    for (const f of calls) expect(f.indicatorIds?.length, JSON.stringify(f)).toBeGreaterThan(0);
    const cityCalls = reads.mock.calls.flatMap(([, f], n) => (f?.regionCodes?.includes(CITY_CODE) ? [n] : []));
    const cityRead = new Set(cityCalls.flatMap((n) => reads.mock.calls[n][1]!.indicatorIds!));
    const cityValues = (await Promise.all(cityCalls.map((n) => reads.mock.results[n].value))).flat() as visible.PublicObservation[];
    const shown = new Set(b.shown.map((i) => i.id));
    const indicators = await findPublicIndicators(publicPool());
    const growthOfShown = (id: number) => indicators.some((i) => i.id === id && i.growthOfId !== null && shown.has(i.growthOfId));
    const gdp = indicators.find((i) => i.code === "GDP")!.id; // for a share of GDP computed from it
    const allWithheld = (id: number) => cityValues.filter((o) => o.indicatorId === id && o.periodEnd > newsAfter(latest)).every((o) => o.value === null);
    // beyond the shown indicators and their growth rates, only the choices whose recent figures
    // all turned out withheld (the headline ones chosen first; then the next ones were read)
    const beyond = [...cityRead].filter((id) => !shown.has(id) && !growthOfShown(id) && id !== gdp);
    expect(beyond.length).toBeGreaterThan(0);
    expect(beyond.filter((id) => !allWithheld(id))).toEqual([]);
    for (const i of added.filter((a) => !codes.includes(a.code) && a.id !== withheld)) expect(cityRead.has(i.id), i.code).toBe(false);
  });

  it("finds which indicators have a recent figure by one index probe per active chapter indicator, without scanning the observations", async () => {
    await testPool().query("ANALYZE observation, batch, release, indicator");
    const { rows: n } = await testPool().query<{ n: number }>("SELECT count(*)::int AS n FROM indicator WHERE chapter IS NOT NULL AND retired_at IS NULL");
    const end = isoDate(periodEnd(mustParsePeriod(latest)));
    const { rows } = await testPool().query<{ "QUERY PLAN": [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${BULLETIN_OUTLINE_SQL}`, [new Date(), CITY_CODE, newsAfter(latest), end]);
    const plan = nodes(rows[0]["QUERY PLAN"][0].Plan);
    // the observation table is only looked into by indicator, once for each (a bitmap probe on
    // this small database, a backward walk of the period index on a large one)
    const probes = plan.filter((x) => x["Relation Name"] === "observation");
    expect(probes.map((x) => x["Actual Loops"])).toEqual([n[0].n]);
    expect(plan.some((x) => x["Node Type"] === "Seq Scan" && x["Relation Name"] === "observation")).toBe(false);
  });
});
