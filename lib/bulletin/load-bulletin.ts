import "server-only";
// Reads a quarter's bulletin from released data only: through the public visibility rule, as
// of the visibility epoch, cached per epoch (the bulletin is public, Article 5).
import { publicPool } from "@/lib/db";
import { findRegions } from "@/lib/dashboard/find-regions";
import { fromPublic } from "@/lib/dashboard/observations";
import { parsePeriodCode } from "@/lib/period";
import { publicCached } from "@/lib/public/cache";
import { findPublicIndicators } from "@/lib/public/public-indicators";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import { buildBulletin, type Bulletin } from "./build-bulletin";
import type { Lang } from "./text";

/** "2025Q3" only: bulletins follow the bureau's quarterly cycle. */
export function isBulletinPeriod(period: string): boolean {
  return parsePeriodCode(period)?.freq === "QUARTER";
}

export async function loadBulletin(period: string, lang: Lang): Promise<{ bulletin: Bulletin; releasedAt: Date } | null> {
  if (!isBulletinPeriod(period)) return null;
  return publicCached(`bulletin:${period}:${lang}`, async (epoch) => {
    const year = Number(period.slice(0, 4));
    const [indicators, regions, visible] = await Promise.all([
      findPublicIndicators(publicPool()),
      findRegions(),
      // two years back: last year's bases and the trend's eight quarters
      findVisibleObservations(publicPool(), { asOf: epoch.at, from: String(year - 2), to: period }),
    ]);
    const bulletin = buildBulletin({ period, indicators, observations: visible.map(fromPublic), regions }, lang);
    return bulletin ? { bulletin, releasedAt: epoch.lastReleaseAt ?? epoch.at } : null;
  });
}
