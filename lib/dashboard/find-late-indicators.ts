import "server-only";
import { pool } from "@/lib/db";
import { comparePeriods, mustParsePeriod, perYear, periodCode, shiftPeriod } from "@/lib/period";
import { publicCached } from "@/lib/public/cache";
import { perIndicatorCached } from "@/lib/public/per-indicator-cache";
import { findVisibleObservations, type PublicObservation } from "@/lib/public/visible-observations";
import { clockAt } from "@/lib/schedule/clock";
import { findOverdue, type OverdueItem } from "@/lib/schedule/find-overdue";
import type { LateIndicator } from "./late-indicators";

// Only the overdue indicators' values: reading every released value to date a handful of
// late ones grew with the whole table (issue 21). And of those first only the last few years
// before the earliest period expected: a late indicator's latest value is nearly always among
// them, and when it is, no older one can be later (the range is by period end). Those without
// one there (long stopped, or never released) are read again without the range.
const RECENT_YEARS = 3;

function latestWithValue(obs: readonly PublicObservation[], into: Map<number, string>): Map<number, string> {
  for (const o of obs) {
    if (o.value === null) continue; // withheld or missing: not a value the dashboard can date
    const cur = into.get(o.indicatorId);
    if (!cur || comparePeriods(mustParsePeriod(o.period), mustParsePeriod(cur)) > 0) into.set(o.indicatorId, o.period);
  }
  return into;
}

async function latestReleasedPeriods(asOf: Date, overdue: readonly OverdueItem[]): Promise<Map<number, string>> {
  const ids = [...new Set(overdue.map((o) => o.indicatorId))];
  if (!ids.length) return new Map();
  const earliest = overdue.map((o) => mustParsePeriod(o.period)).sort(comparePeriods)[0];
  const from = periodCode(shiftPeriod(earliest, -RECENT_YEARS * perYear(earliest.freq)));
  const latest = latestWithValue(await findVisibleObservations(pool(), { asOf, indicatorIds: ids, from }), new Map());
  const older = ids.filter((id) => !latest.has(id));
  return older.length ? latestWithValue(await findVisibleObservations(pool(), { asOf, indicatorIds: older }), latest) : latest;
}

// The overdue items change when a return arrives or is sent back, or when a due date passes,
// never when a release time passes (an overdue return has nothing approved to release), so the
// dashboard reads them at most once a minute per instance: at 100× the data the schedule's
// read of 11,000 indicator-periods took 0.8 s, on every view. The staff schedule and the
// administrator's home read them live (findOverdue).
const OVERDUE_FOR_MS = 60_000;
let overdueMemo: { at: number; day: string; items: Promise<OverdueItem[]> } | null = null;

function recentOverdue(now: Date): Promise<OverdueItem[]> {
  const day = clockAt(now).today;
  if (overdueMemo && overdueMemo.day === day && now.getTime() - overdueMemo.at < OVERDUE_FOR_MS && now.getTime() >= overdueMemo.at) return overdueMemo.items;
  const items = findOverdue(now);
  overdueMemo = { at: now.getTime(), day, items };
  items.catch(() => (overdueMemo = null)); // never keep a failure
  return items;
}

function among(overdue: readonly OverdueItem[], ids: readonly number[]): OverdueItem[] {
  const set = new Set(ids);
  return overdue.filter((o) => set.has(o.indicatorId));
}

/** The schedule's overdue items, one per indicator (its most overdue period), most overdue first. */
export async function findLateIndicators(now: Date = new Date()): Promise<LateIndicator[]> {
  const overdue = await recentOverdue(now);
  const ids = [...new Set(overdue.map((o) => o.indicatorId))].sort((a, b) => a - b);
  // kept across release times, patched with the late indicators a release carries (at 100× the
  // data reading a hundred late indicators' values again after every release took 0.4 s)
  const key = `dashboard:latest-periods:${ids.join(",")}`;
  const latest = await publicCached(key, (e) =>
    perIndicatorCached(key, e.at, (only) => latestReleasedPeriods(e.at, only ? among(overdue, only) : overdue), { q: pool() }),
  );
  const byIndicator = new Map<number, LateIndicator>();
  for (const o of overdue) {
    if (byIndicator.has(o.indicatorId)) continue; // findOverdue lists the most overdue first
    byIndicator.set(o.indicatorId, { indicatorId: o.indicatorId, code: o.code, expectedPeriod: o.period, latestPeriod: latest.get(o.indicatorId) ?? null, daysOverdue: o.daysOverdue });
  }
  return [...byIndicator.values()];
}
