// An indicator's next scheduled release, read for it alone, is the one the whole calendar
// gives: the first by release time (then id) that covers it, neither cancelled nor past.
import { afterAll, expect, it } from "vitest";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { findReleases, releaseStatus } from "@/lib/open-api/catalogue/find-releases";
import { findNextRelease } from "./public-releases";

const prisma = testPrisma();
afterAll(() => prisma.$disconnect());

it("finds the first scheduled release covering the indicator, as the whole calendar does", async () => {
  const ind = await prisma.indicator.create({
    data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
  });
  const other = await prisma.indicator.create({
    data: { code: unique("T"), nameZh: "另一指标", nameEn: "Other", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
  });
  const now = new Date();
  const at = (days: number) => new Date(now.getTime() + days * 86400_000);
  const release = async (days: number, ids: number[], cancelled = false) =>
    prisma.release.create({
      data: { titleZh: unique("发布"), releaseAt: at(days), cancelledAt: cancelled ? now : null, indicators: { create: ids.map((indicatorId) => ({ indicatorId })) } },
    });
  await release(-3, [ind.id]); // past
  await release(2, [ind.id], true); // cancelled
  await release(3, [other.id]); // not this indicator
  const next = await release(5, [ind.id, other.id]);
  await release(9, [ind.id]);

  const mine = await findNextRelease(testPool(), ind.id, now);
  expect(mine?.id).toBe(next.id);
  const calendar = (await findReleases(testPool())).find((r) => releaseStatus(r, now) === "scheduled" && r.indicators.includes(ind.code));
  expect(mine && { id: mine.id, titleZh: mine.titleZh, titleEn: mine.titleEn, period: mine.period, releaseAt: mine.releaseAt }).toEqual({
    id: calendar!.id,
    titleZh: calendar!.titleZh,
    titleEn: calendar!.titleEn,
    period: calendar!.period,
    releaseAt: calendar!.releaseAt,
  });
  expect(await findNextRelease(testPool(), ind.id, at(10))).toBeNull();
});
