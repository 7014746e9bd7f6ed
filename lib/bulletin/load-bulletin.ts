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
import { CITY_CODE } from "@/lib/reference/regions";
import { CORE_TOTAL } from "@/lib/dashboard/core-industries";
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
    const [indicators, regions] = await Promise.all([findPublicIndicators(publicPool()), findRegions()]);
    // two years back (last year's bases and the trend's eight quarters), and only what the
    // bulletin shows: the city's figures, and the districts' for the core total and its growth
    // (the district section); every district value of every indicator grew with the table
    const range = { asOf: epoch.at, from: String(year - 2), to: period };
    const total = indicators.find((i) => i.code === CORE_TOTAL);
    const districtIds = total ? indicators.filter((i) => i.id === total.id || i.growthOfId === total.id).map((i) => i.id) : [];
    const [city, districts] = await Promise.all([
      findVisibleObservations(publicPool(), { ...range, regionCodes: [CITY_CODE] }),
      districtIds.length ? findVisibleObservations(publicPool(), { ...range, indicatorIds: districtIds }) : Promise.resolve([]),
    ]);
    const visible = [...city, ...districts.filter((o) => o.regionCode !== CITY_CODE)];
    const bulletin = buildBulletin({ period, indicators, observations: visible.map(fromPublic), regions }, lang);
    return bulletin ? { bulletin, releasedAt: epoch.lastReleaseAt ?? epoch.at } : null;
  });
}
