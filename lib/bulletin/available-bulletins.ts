import "server-only";
// Quarters with a bulletin: those whose core-industry total (DE001) for the city is released.
import { publicPool } from "@/lib/db";
import { CORE_TOTAL } from "@/lib/dashboard/core-industries";
import { parsePeriodCode } from "@/lib/period";
import { publicCached } from "@/lib/public/cache";
import { findPublicIndicators } from "@/lib/public/public-indicators";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import { CITY_CODE } from "@/lib/reference/regions";

export async function findBulletinPeriods(): Promise<string[]> {
  return publicCached("bulletin:periods", async (epoch) => {
    const total = (await findPublicIndicators(publicPool(), { codes: [CORE_TOTAL] })).find((i) => i.code === CORE_TOTAL);
    if (!total) return [];
    const obs = await findVisibleObservations(publicPool(), { asOf: epoch.at, indicatorIds: [total.id], regionCodes: [CITY_CODE] });
    return obs.filter((o) => o.value !== null && parsePeriodCode(o.period)?.freq === "QUARTER").map((o) => o.period).sort().reverse();
  });
}
