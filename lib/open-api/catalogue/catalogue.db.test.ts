import { afterAll, describe, expect, it } from "vitest";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { comparePeriods, mustParsePeriod } from "@/lib/period";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import { findLatestByIndicator } from "../indicators/latest-by-indicator";
import { findIndicatorNotes } from "./find-indicator-notes";
import { findReleases, releaseStatus } from "./find-releases";
import { findApiCatalogue } from "./load-catalogue";

const prisma = testPrisma();

describe("open API catalogue reads", () => {
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("lists a future release as scheduled with its indicators and moves, and no values", async () => {
    const ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试", nameEn: "Test", unit: "个", frequency: "YEAR", measureType: "STOCK", articleRef: "第八条" },
    });
    const at = new Date(Date.now() + 7 * 86400_000);
    const rel = await prisma.release.create({
      data: { titleZh: unique("下周发布"), titleEn: "Next week", period: "2031", releaseAt: at, indicators: { create: [{ indicatorId: ind.id }] } },
    });
    await prisma.releaseMove.create({ data: { releaseId: rel.id, fromAt: new Date(at.getTime() - 86400_000), toAt: at, reason: "节假日调整" } });
    const batch = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status: "APPROVED", releaseId: rel.id } });
    await prisma.observation.create({ data: { batchId: batch.id, indicatorId: ind.id, regionCode: "210100", period: "2031", periodEnd: new Date("2031-12-31"), value: "98765.4321" } });

    const found = (await findReleases(testPool())).find((r) => r.id === rel.id)!;
    expect(found).toMatchObject({ titleEn: "Next week", period: "2031", indicators: [ind.code], isDemo: false, cancelledAt: null });
    expect(found.moves).toEqual([{ fromAt: new Date(at.getTime() - 86400_000).toISOString(), toAt: at.toISOString(), reason: "节假日调整" }]);
    expect(releaseStatus(found, new Date())).toBe("scheduled");
    expect(releaseStatus(found, new Date(at.getTime() + 1))).toBe("released");
    // neither the value nor any field for one (the unique names are random digits, so the
    // value is one no id or time can spell)
    expect(JSON.stringify(found)).not.toContain("98765.4321");
    expect(JSON.stringify(found)).not.toMatch(/"value"/i);

    // the value is not counted as the indicator's latest period before the release time
    const latest = await findLatestByIndicator(testPool(), new Date(), [ind.id]);
    expect(latest.get(ind.id)).toBeUndefined();
    const after = await findLatestByIndicator(testPool(), new Date(at.getTime() + 1), [ind.id]);
    expect(after.get(ind.id)).toEqual({ latestPeriod: "2031", lastReleasedAt: at });
  });

  it("reads methodology notes oldest first, coverage in region order, and names", async () => {
    const ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试", nameEn: "Test", unit: "%", frequency: "YEAR", measureType: "RATE", articleRef: "第八条" },
    });
    await prisma.methodologyNote.create({ data: { indicatorId: ind.id, effectiveAt: new Date("2026-01-01"), textZh: "口径调整二", textEn: null } });
    await prisma.methodologyNote.create({ data: { indicatorId: ind.id, effectiveAt: new Date("2025-01-01"), textZh: "口径调整一", textEn: "Change one" } });
    await prisma.indicatorRegion.createMany({ data: [{ indicatorId: ind.id, regionCode: "210181" }, { indicatorId: ind.id, regionCode: "210100" }] });
    const { notes, regions } = await findIndicatorNotes(testPool(), ind.id);
    expect(notes.map((n) => n.textZh)).toEqual(["口径调整一", "口径调整二"]);
    expect(regions).toEqual(["210100", "210181"]);

    const cat = await findApiCatalogue(testPool());
    expect(cat.regions.get("210102")?.nameZh).toBe("和平区");
    expect(cat.categories.get("01")?.nameZh).toBe("数字产品制造业");
    expect(cat.byCode.get(ind.code)?.id).toBe(ind.id);
  });

  it("gives each indicator's latest period and last release as the visible values say (two index walks), a withheld value counting only as news", async () => {
    // a quarter whose newest vintage is withheld: it moves "last released" but is no period with a value
    const ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试", nameEn: "Test", unit: "个", frequency: "QUARTER", measureType: "STOCK", articleRef: "第八条" },
    });
    const rel = (d: string) => prisma.release.create({ data: { titleZh: unique("发布"), titleEn: "R", period: "2030Q2", releaseAt: new Date(d) } });
    const [r1, r2] = await Promise.all([rel("2030-05-01T00:00:00Z"), rel("2030-08-01T00:00:00Z")]);
    const b1 = await prisma.batch.create({ data: { fileName: "a.csv", checksum: unique("c"), status: "APPROVED", releaseId: r1.id } });
    const b2 = await prisma.batch.create({ data: { fileName: "b.csv", checksum: unique("c"), status: "APPROVED", releaseId: r2.id } });
    await prisma.observation.createMany({
      data: [
        { batchId: b1.id, indicatorId: ind.id, regionCode: "210100", period: "2030Q1", periodEnd: new Date("2030-03-31"), value: "1" },
        { batchId: b1.id, indicatorId: ind.id, regionCode: "210100", period: "2030Q2", periodEnd: new Date("2030-06-30"), value: "2" },
        { batchId: b2.id, indicatorId: ind.id, regionCode: "210100", period: "2030Q2", periodEnd: new Date("2030-06-30"), value: "3", flag: "CONFIDENTIAL" },
      ],
    });
    const at = new Date("2031-01-01T00:00:00Z");
    expect((await findLatestByIndicator(testPool(), at, [ind.id])).get(ind.id)).toEqual({ latestPeriod: "2030Q1", lastReleasedAt: new Date("2030-08-01T00:00:00Z") });

    // and for the whole catalogue, the same as folding every visible value (what it replaced)
    const rows = await findVisibleObservations(testPool(), { asOf: at });
    const fold = new Map<number, { latestPeriod: string | null; lastReleasedAt: Date | null }>();
    for (const o of rows) {
      const cur = fold.get(o.indicatorId) ?? { latestPeriod: null, lastReleasedAt: null };
      if (o.value !== null && o.flag !== "CONFIDENTIAL" && (!cur.latestPeriod || comparePeriods(mustParsePeriod(o.period), mustParsePeriod(cur.latestPeriod)) > 0)) cur.latestPeriod = o.period;
      if (!cur.lastReleasedAt || o.releasedAt > cur.lastReleasedAt) cur.lastReleasedAt = o.releasedAt;
      fold.set(o.indicatorId, cur);
    }
    expect(fold.size).toBeGreaterThan(40);
    expect(await findLatestByIndicator(testPool(), at)).toEqual(fold);
  });
});
