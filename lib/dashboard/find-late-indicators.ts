import "server-only";
import { pool } from "@/lib/db";
import { comparePeriods, mustParsePeriod } from "@/lib/period";
import { publicCached } from "@/lib/public/cache";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import { findOverdue } from "@/lib/schedule/find-overdue";
import type { LateIndicator } from "./late-indicators";

// Only the overdue indicators' values: reading every released value to date a handful of
// late ones grew with the whole table (issue 21).
async function latestReleasedPeriods(asOf: Date, indicatorIds: number[]): Promise<Map<number, string>> {
  if (!indicatorIds.length) return new Map();
  const obs = await findVisibleObservations(pool(), { asOf, indicatorIds });
  const latest = new Map<number, string>();
  for (const o of obs) {
    if (o.value === null) continue;
    const cur = latest.get(o.indicatorId);
    if (!cur || comparePeriods(mustParsePeriod(o.period), mustParsePeriod(cur)) > 0) latest.set(o.indicatorId, o.period);
  }
  return latest;
}

/** The schedule's overdue items, one per indicator (its most overdue period), most overdue first. */
export async function findLateIndicators(now: Date = new Date()): Promise<LateIndicator[]> {
  const overdue = await findOverdue(now);
  const ids = [...new Set(overdue.map((o) => o.indicatorId))].sort((a, b) => a - b);
  const latest = await publicCached(`dashboard:latest-periods:${ids.join(",")}`, (e) => latestReleasedPeriods(e.at, ids));
  const byIndicator = new Map<number, LateIndicator>();
  for (const o of overdue) {
    if (byIndicator.has(o.indicatorId)) continue; // findOverdue lists the most overdue first
    byIndicator.set(o.indicatorId, { indicatorId: o.indicatorId, code: o.code, expectedPeriod: o.period, latestPeriod: latest.get(o.indicatorId) ?? null, daysOverdue: o.daysOverdue });
  }
  return [...byIndicator.values()];
}
