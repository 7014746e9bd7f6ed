import "server-only";
// The latest values of every indicator, read once per visibility epoch (the catalogue, the
// home page, the district pages and the sitemap share it). Two steps, both through the
// visibility rule: the newest visible period of each indicator (an index walk per
// indicator), then the values of those periods only, one filtered read per distinct period.
// Reading every vintage of every key to keep the newest period grew with the whole table
// (issue 21: 9 s and 2.4 GB at 100× the demo); this grows with what the pages show.
import { publicPool } from "@/lib/db";
import { publicCached } from "./cache";
import { latestByIndicator, type LatestValues } from "./latest-values";
import { findLatestVisiblePeriods, findVisibleObservations } from "./visible-observations";

export function cachedLatest(): Promise<Map<number, LatestValues>> {
  return publicCached("public:latest", async (epoch) => {
    const periods = await findLatestVisiblePeriods(publicPool(), epoch.at);
    const byPeriod = new Map<string, number[]>();
    for (const [id, period] of periods) byPeriod.set(period, [...(byPeriod.get(period) ?? []), id]);
    const reads = [...byPeriod].map(([period, indicatorIds]) => findVisibleObservations(publicPool(), { indicatorIds, from: period, to: period, asOf: epoch.at }));
    return latestByIndicator((await Promise.all(reads)).flat());
  });
}
