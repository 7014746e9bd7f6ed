// Per-indicator reads kept across release times and patched with the indicators a release
// covers must equal the same read made anew at the later moment: the open API's latest period
// of each indicator, and an observations answer's key counts (with `last` and y/y, whose keys
// read another indicator's rows), and the dashboard's selected area (whose growth rates are
// read whole or not by their levels' values).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { findNewestVintages, type VintageFilter } from "@/lib/dashboard/newest-vintages";
import { readAreaByIndicator } from "@/lib/dashboard/read-values";
import { countObservationKeys, type KeepPerIndicator } from "@/lib/open-api/observations/page-observations";
import { findLatestByIndicator } from "@/lib/open-api/indicators/latest-by-indicator";
import { isoDate, mustParsePeriod, periodEnd } from "@/lib/period";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { findIndicatorsWithLatestIn } from "./latest-visible";
import { findPublicIndicators, type PublicIndicator } from "./public-indicators";

let version = "v1";
vi.mock("./epoch", () => ({ currentEpoch: async () => ({ key: version, version, at: new Date(), lastReleaseAt: null, nextReleaseAt: null, validUntil: 0 }) }));

const pool = testPool();
const prisma = testPrisma();
let indicators: PublicIndicator[];
// a release made here, in the past: the published growth rate DE002 of a new city period (so the
// y/y answer of DE001, which merges it, gains a key through another indicator's rows)
let before: Date;
let after: Date;
let releasedIds: number[];
let made: { releaseId: number; batchId: number };
let releasedPeriodEnd: string;

beforeAll(async () => {
  indicators = await findPublicIndicators(pool);
  const de002 = indicators.find((i) => i.code === "DE002")!;
  expect(de002.growthOfId).toBe(indicators.find((i) => i.code === "DE001")!.id);
  const { rows } = await pool.query<{ period: string }>(`SELECT max(period) AS period FROM observation WHERE indicator_id = $1`, [de002.id]);
  const period = String(Number(rows[0].period.slice(0, 4)) + 5) + rows[0].period.slice(4); // five years on
  after = new Date(Date.now() - 7_321); // a moment no demo release shares
  before = new Date(after.getTime() - 1);
  const r = await prisma.release.create({ data: { titleZh: unique("增量发布"), releaseAt: after, indicators: { create: { indicatorId: de002.id } } } });
  const b = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: "APPROVED", releaseId: r.id } });
  await prisma.observation.create({
    data: { batchId: b.id, indicatorId: de002.id, regionCode: "210100", period, periodEnd: new Date(isoDate(periodEnd(mustParsePeriod(period)))), value: "7.5" },
  });
  // and a revision of a public key of it: a new vintage, no new key
  const { rows: pub } = await pool.query<{ period: string; period_end: Date }>(
    `SELECT o.period, o.period_end FROM observation o JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
     WHERE o.indicator_id = $1 AND o.region_code = '210100' AND b.status = 'APPROVED' AND r.cancelled_at IS NULL AND r.release_at < $2 AND b.id <> $3
     ORDER BY o.period_end DESC LIMIT 1`,
    [de002.id, before, b.id],
  );
  await prisma.observation.create({ data: { batchId: b.id, indicatorId: de002.id, regionCode: "210100", period: pub[0].period, periodEnd: pub[0].period_end, value: "99.9" } });
  made = { releaseId: r.id, batchId: b.id };
  releasedPeriodEnd = isoDate(periodEnd(mustParsePeriod(period)));
  releasedIds = [de002.id];
});

afterAll(async () => {
  await prisma.observation.deleteMany({ where: { batchId: made.batchId } });
  await prisma.batch.delete({ where: { id: made.batchId } });
  await prisma.release.delete({ where: { id: made.releaseId } });
  await pool.end();
});

beforeEach(() => {
  vi.resetModules(); // an empty kept map
  version = "v1";
});

async function kept() {
  return (await import("./per-indicator-cache")).perIndicatorCached;
}

/** The open API's latest periods as of a moment, noting which indicators each read asked for (null: all). */
function latestReads() {
  const asked: (number[] | null)[] = [];
  const read = (at: Date) => (ids: number[] | null) => {
    asked.push(ids);
    return findLatestByIndicator(pool, at, ids ?? undefined);
  };
  return { asked, read };
}

describe("perIndicatorCached", () => {
  it("patches the open API's latest periods with the indicators a release covers, equal to reading them all anew", async () => {
    const perIndicatorCached = await kept();
    const { asked, read } = latestReads();
    const old = await perIndicatorCached("latest", before, read(before), { q: pool });
    const patched = await perIndicatorCached("latest", after, read(after), { q: pool });
    const anew = await findLatestByIndicator(pool, after);

    expect(new Map([...patched].sort(([a], [b]) => a - b))).toEqual(new Map([...anew].sort(([a], [b]) => a - b)));
    expect(patched).not.toEqual(old); // the release changed something, or this proves nothing
    expect(asked[0]).toBeNull();
    expect(asked[1]).toEqual(releasedIds); // only what the release covers

    // the same moment again: kept, nothing read
    await perIndicatorCached("latest", after, read(after), { q: pool });
    expect(asked).toHaveLength(2);
  });

  it("patches a district page's rows (indicators whose newest period has a district value) with the released ones", async () => {
    const perIndicatorCached = await kept();
    const districts = (await pool.query<{ code: string }>(`SELECT code FROM region WHERE code <> '210100'`)).rows.map((r) => r.code);
    const read = (at: Date) => (ids: number[] | null) => findIndicatorsWithLatestIn(pool, at, districts, ids ?? undefined);
    const old = await perIndicatorCached("rows", before, read(before), { q: pool });
    const patched = await perIndicatorCached("rows", after, read(after), { q: pool });
    const anew = await findIndicatorsWithLatestIn(pool, after, districts);
    expect(new Set(patched.values())).toEqual(new Set(anew.values()));
    // DE002's newest period is now the released city-only one: its row leaves the district pages
    expect(old.has(releasedIds[0])).toBe(true);
    expect(patched.has(releasedIds[0])).toBe(false);
  });

  it("reads everything again after a staff change, and an earlier moment anew", async () => {
    const perIndicatorCached = await kept();
    const { asked, read } = latestReads();
    await perIndicatorCached("latest", before, read(before), { q: pool });
    version = "v2";
    await perIndicatorCached("latest", after, read(after), { q: pool });
    await perIndicatorCached("latest", before, read(before), { q: pool }); // an asOf earlier than the kept one
    expect(asked).toEqual([null, null, null]);
  });

  it("patches an answer's key counts and `last` floors, for levels and for y/y with the published growth rate merged in", async () => {
    const perIndicatorCached = await kept();
    for (const f of [
      { indicatorIds: null, regionCodes: ["210100"], measure: "level" as const },
      { indicatorIds: null, regionCodes: null, measure: "yoy" as const, last: 3 },
      { indicatorIds: indicators.filter((i) => i.code <= "DE010").map((i) => i.id), regionCodes: null, measure: "level" as const, last: 2 },
    ]) {
      const key = JSON.stringify(f);
      const asked: (number[] | null)[] = [];
      const keep = (at: Date): KeepPerIndicator => (read, affected, readChanged) =>
        perIndicatorCached(key, at, (ids) => (asked.push(ids), read(ids)), { affected, readChanged, q: pool });
      const old = await countObservationKeys(pool, indicators, { ...f, at: before }, keep(before));
      const patched = await countObservationKeys(pool, indicators, { ...f, at: after }, keep(after));
      const anew = await countObservationKeys(pool, indicators, { ...f, at: after });
      const sorted = <V>(m: ReadonlyMap<number, V> | null) => m && [...m].sort(([a], [b]) => a - b);
      expect({ counts: sorted(patched.counts), floors: sorted(patched.floors) }, key).toEqual({ counts: sorted(anew.counts), floors: sorted(anew.floors) });
      expect(patched.sources).toEqual(anew.sources);
      expect(asked[0]).toBeNull();
      // the release changed this answer, or the comparison proves nothing
      expect({ counts: sorted(patched.counts), floors: sorted(patched.floors) }, key).not.toEqual({ counts: sorted(old.counts), floors: sorted(old.floors) });
      if (f.last === undefined && f.measure === "level") expect(asked, key).toEqual([null]); // the kept counts and the keys the release made public
      else expect(asked[1]!.length, key).toBeLessThan(3); // DE002 itself, and DE001 whose y/y merges it
    }
  });

  it("patches the dashboard's area with each released level and its growth rate, equal to reading the area anew", async () => {
    const { keptArea } = await import("@/lib/dashboard/read-values");
    const de002 = releasedIds[0];
    // up to the released period: the new DE002 value is the only one in the window, so DE001 is
    // stale and read whole, and with it DE002, which the window alone would have read in part
    const area = { region: "210100", upTo: releasedPeriodEnd, indicators, targets: [] };
    const whole = [indicators.find((i) => i.code === "DE010")!.id];
    const old = await keptArea("area", area, whole, before, pool);
    const patched = await keptArea("area", area, whole, after, pool);
    expect(sorted(patched)).toEqual(sorted(await areaAnew(area, whole, after)));
    expect(sorted(patched)).not.toEqual(sorted(old)); // the release changed the area
    expect(patched.get(de002)!.length).toBeGreaterThan(1); // DE002 whole, as DE001 is stale
  });

  it("patches the area with a revision in its window by the revised key alone, keeping the other lists as they were", async () => {
    const { keptArea } = await import("@/lib/dashboard/read-values");
    const de001 = indicators.find((i) => i.code === "DE001")!;
    const de002 = indicators.find((i) => i.code === "DE002")!;
    const { rows } = await pool.query<{ period: string; value: string }>(
      `SELECT period, value::text AS value FROM observation WHERE indicator_id = $1 AND region_code = '210100' AND period LIKE '%Q%' ORDER BY period_end DESC, id DESC LIMIT 1`,
      [de001.id],
    );
    const { period, value } = rows[0];
    const revisedAt = new Date(Date.now() - 3_217); // after the other release, before now
    const r = await prisma.release.create({ data: { titleZh: unique("修订发布"), releaseAt: revisedAt, indicators: { create: { indicatorId: de001.id } } } });
    const b = await prisma.batch.create({ data: { fileName: "r.csv", checksum: unique("c"), status: "APPROVED", releaseId: r.id } });
    const end = isoDate(periodEnd(mustParsePeriod(period)));
    await prisma.observation.create({ data: { batchId: b.id, indicatorId: de001.id, regionCode: "210100", period, periodEnd: new Date(end), value: String(Number(value) + 1) } });
    try {
      const area = { region: "210100", upTo: end, indicators, targets: [] };
      const old = await keptArea("window", area, [], new Date(revisedAt.getTime() - 1), pool);
      const patched = await keptArea("window", area, [], revisedAt, pool);
      expect(sorted(patched)).toEqual(sorted(await areaAnew(area, [], revisedAt)));
      expect(patched.get(de001.id)!.find((o) => o.period === period)!.value).toBe(String(Number(value) + 1));
      expect(patched.get(de001.id)).not.toBe(old.get(de001.id));
      // its published growth rate was not released here: its list is the one kept, not read again
      expect(patched.get(de002.id)).toBe(old.get(de002.id));
      expect(patched.get(indicators.find((i) => i.code === "DE008")!.id)).toBe(old.get(indicators.find((i) => i.code === "DE008")!.id));
    } finally {
      await prisma.observation.deleteMany({ where: { batchId: b.id } });
      await prisma.batch.delete({ where: { id: b.id } });
      await prisma.release.delete({ where: { id: r.id } });
    }
  });
});

type AreaOf = Parameters<typeof readAreaByIndicator>[0];
const sorted = (m: ReadonlyMap<number, readonly { period: string; value: string | null }[]>) =>
  [...m].sort(([a], [b]) => a - b).map(([id, list]) => [id, [...list].sort((x, y) => x.period.localeCompare(y.period))]);
const areaAnew = (area: AreaOf, whole: number[], at: Date) =>
  readAreaByIndicator(area, whole, null, (f: VintageFilter) => findNewestVintages(pool, { ...f, regionCodes: [area.region], asOf: at, now: at, sources: false }));
