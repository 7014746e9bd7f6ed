// Releases approved "at a chosen time" before titles were asked for were called "批次 90
// 数据发布" and had no data period, which is how the public calendar showed them. At every
// start (scripts/with-db.ts, before the server serves) such releases get the title and period
// their data suggest, once: a named release no longer matches. Runs outside Next, so it takes
// its own Prisma client and imports nothing server-only.
import { SYSTEM_CONTEXT, writeAudit } from "@/lib/audit/write-audit";
import type { Db } from "@/lib/db/prisma";
import { prismaQueryable } from "@/lib/db/prisma-queryable";
import { isPlaceholderTitle, periodBeforeRelease } from "./release-title";
import { suggestRelease } from "./suggest-release";

// the statement of bumpPublicVersion (lib/public/cache.ts, which is server-only): the calendar
// is public, so instances already serving it must drop what they cached
const BUMP = `INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1'::jsonb, now())
ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`;

export async function nameUntitledReleases(prisma: Db): Promise<number> {
  const candidates = await prisma.release.findMany({
    where: { cancelledAt: null, OR: [{ period: null }, { titleZh: { startsWith: "批次" } }] },
    select: {
      id: true,
      titleZh: true,
      period: true,
      releaseAt: true,
      batches: { select: { id: true } },
      indicators: { select: { indicator: { select: { frequency: true, measureType: true, dueDays: true } } } },
    },
  });
  const todo = candidates.filter((r) => r.period === null || isPlaceholderTitle(r.titleZh));
  let named = 0;
  for (const r of todo) {
    named += await prisma.$transaction(async (tx) => {
      const s = r.batches.length ? await suggestRelease(prismaQueryable(tx), r.batches.map((b) => b.id)) : null;
      // a release without data yet reports what its indicators have due before it, as when planned
      const period = r.period ?? s?.period ?? periodBeforeRelease(r.indicators.map((x) => x.indicator), r.releaseAt);
      const retitle = s !== null && isPlaceholderTitle(r.titleZh);
      if (!period || (period === r.period && !retitle)) return 0;
      const after = { period, ...(retitle ? { titleZh: s.titleZh, titleEn: s.titleEn } : {}) };
      await tx.release.update({ where: { id: r.id }, data: after });
      await writeAudit(tx, SYSTEM_CONTEXT, {
        action: "release.named",
        entityType: "release",
        entityId: r.id,
        data: { before: { titleZh: r.titleZh, period: r.period }, after: { titleZh: after.titleZh ?? r.titleZh, period: after.period } },
      });
      await tx.$executeRawUnsafe(BUMP);
      return 1;
    });
  }
  return named;
}
