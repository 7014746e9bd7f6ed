import "server-only";
import { pool } from "@/lib/db";
import { comparePeriods, mustParsePeriod } from "@/lib/period";
import { publicCached } from "@/lib/public/cache";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import { findOverdue } from "@/lib/schedule/find-overdue";
import type { LateIndicator } from "./late-indicators";

async function latestReleasedPeriods(asOf: Date): Promise<Map<number, string>> {
  const obs = await findVisibleObservations(pool(), { asOf });
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
  const [overdue, latest] = await Promise.all([findOverdue(now), publicCached("dashboard:latest-periods", (e) => latestReleasedPeriods(e.at))]);
  const byIndicator = new Map<number, LateIndicator>();
  for (const o of overdue) {
    if (byIndicator.has(o.indicatorId)) continue; // findOverdue lists the most overdue first
    byIndicator.set(o.indicatorId, { indicatorId: o.indicatorId, code: o.code, expectedPeriod: o.period, latestPeriod: latest.get(o.indicatorId) ?? null, daysOverdue: o.daysOverdue });
  }
  return [...byIndicator.values()];
}
