// Range, "last N periods" and the one order of an observations answer. Pure.
import { comparePeriods, isoDate, mustParsePeriod, periodEnd, periodStart, perYear, periodCode, shiftPeriod } from "@/lib/period";
import type { ApiObservation } from "./types";

/** Rows whose period ends within [start of `from`, end of `to`], as the visibility query compares. */
export function inPeriodRange(rows: readonly ApiObservation[], from?: string, to?: string): ApiObservation[] {
  const lo = from ? isoDate(periodStart(mustParsePeriod(from))) : null;
  const hi = to ? isoDate(periodEnd(mustParsePeriod(to))) : null;
  return rows.filter((r) => (!lo || r.periodEnd >= lo) && (!hi || r.periodEnd <= hi));
}

/**
 * The period to fetch from so that derived measures have their bases: one year and one
 * period before `from` (same-period-last-year for yoy, the previous YTD period for in-period).
 */
export function fetchFromForDerived(from: string): string {
  const p = mustParsePeriod(from);
  return periodCode(shiftPeriod(p, -(perYear(p.freq) + 1)));
}

/** Only the latest `n` periods of each indicator (periods that have a row in any region). */
export function latestPeriods(rows: readonly ApiObservation[], n: number): ApiObservation[] {
  const periods = new Map<string, Set<string>>();
  for (const r of rows) {
    if (!periods.has(r.indicator)) periods.set(r.indicator, new Set());
    periods.get(r.indicator)!.add(r.period);
  }
  const keep = new Map<string, Set<string>>();
  for (const [ind, set] of periods) {
    const latest = [...set].sort((a, b) => comparePeriods(mustParsePeriod(b), mustParsePeriod(a))).slice(0, n);
    keep.set(ind, new Set(latest));
  }
  return rows.filter((r) => keep.get(r.indicator)!.has(r.period));
}

/** The sort and cursor key: indicator code, region code, period. */
export function rowKey(r: ApiObservation): string[] {
  return [r.indicator, r.region, r.period];
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compareRowKeys(a: readonly string[], b: readonly string[]): number {
  return byCodeUnits(a[0], b[0]) || byCodeUnits(a[1], b[1]) || comparePeriods(mustParsePeriod(a[2]), mustParsePeriod(b[2]));
}

export function sortRows(rows: ApiObservation[]): ApiObservation[] {
  return rows.sort((a, b) => compareRowKeys(rowKey(a), rowKey(b)));
}
