import "server-only";
// The latest values of every indicator, read once per visibility epoch (one pass over the
// released observations; the catalogue, the home page and the district pages share it).
import { publicPool } from "@/lib/db";
import { publicCached } from "./cache";
import { latestByIndicator, type LatestValues } from "./latest-values";
import { findVisibleObservations } from "./visible-observations";

export function cachedLatest(): Promise<Map<number, LatestValues>> {
  return publicCached("public:latest", async (epoch) => latestByIndicator(await findVisibleObservations(publicPool(), { asOf: epoch.at })));
}
