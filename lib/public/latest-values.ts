// The latest period of each indicator with the values of that period in every region: what
// the catalogue ("最新数据"), the home page's emerging-industry panel and the district profiles
// show. Withheld values arrive without their figure (visible-observations.ts). Pure.
import { comparePeriods, mustParsePeriod } from "@/lib/period";
import type { PublicObservation } from "./visible-observations";

export type LatestValues = {
  period: string;
  /** the latest period's observation per region code */
  byRegion: Map<string, PublicObservation>;
  /** the newest release time of any of the indicator's values (the sitemap's lastmod) */
  releasedAt: Date;
};

export function latestByIndicator(rows: readonly PublicObservation[]): Map<number, LatestValues> {
  const out = new Map<number, LatestValues>();
  for (const o of rows) {
    const cur = out.get(o.indicatorId);
    const newer = !cur || comparePeriods(mustParsePeriod(o.period), mustParsePeriod(cur.period)) > 0;
    if (newer) out.set(o.indicatorId, { period: o.period, byRegion: new Map([[o.regionCode, o]]), releasedAt: maxDate(cur?.releasedAt, o.releasedAt) });
    else {
      cur.releasedAt = maxDate(cur.releasedAt, o.releasedAt);
      if (o.period === cur.period) cur.byRegion.set(o.regionCode, o);
    }
  }
  return out;
}

function maxDate(a: Date | undefined, b: Date): Date {
  return a && a > b ? a : b;
}
