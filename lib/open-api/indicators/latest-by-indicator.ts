// For each indicator: its latest period with a released value and when its values last
// changed. Read through the visibility function like every public figure.
import type { Queryable } from "@/lib/db/queryable";
import { comparePeriods, mustParsePeriod } from "@/lib/period";
import { findVisibleObservations, type PublicObservation } from "@/lib/public/visible-observations";

export type IndicatorLatest = { latestPeriod: string | null; lastReleasedAt: Date | null };

export function latestByIndicator(rows: readonly PublicObservation[]): Map<number, IndicatorLatest> {
  const out = new Map<number, IndicatorLatest>();
  for (const o of rows) {
    const cur = out.get(o.indicatorId) ?? { latestPeriod: null, lastReleasedAt: null };
    if (o.value !== null && o.flag !== "CONFIDENTIAL" && (!cur.latestPeriod || comparePeriods(mustParsePeriod(o.period), mustParsePeriod(cur.latestPeriod)) > 0)) {
      cur.latestPeriod = o.period;
    }
    if (!cur.lastReleasedAt || o.releasedAt > cur.lastReleasedAt) cur.lastReleasedAt = o.releasedAt;
    out.set(o.indicatorId, cur);
  }
  return out;
}

export async function findLatestByIndicator(q: Queryable, at: Date, indicatorIds?: number[]): Promise<Map<number, IndicatorLatest>> {
  return latestByIndicator(await findVisibleObservations(q, { asOf: at, indicatorIds }));
}
