// A series is what the database gives for one (indicator, region): period codes with
// exact values as strings, null where nothing was published. Helpers here index and order
// it, reusing lib/period.ts for everything calendar-related.
import { comparePeriods, mustParsePeriod, type Period } from "../period";

export type PeriodValue = { period: string; value: string | null };

export type IndexedSeries<T extends PeriodValue = PeriodValue> = {
  /** Look up a period code; undefined when the period is absent from the series. */
  get(code: string): T | undefined;
};

/**
 * Index a series by period code. Throws on an invalid code or a period listed twice:
 * two values for one period means the caller mixed vintages, and picking one silently
 * would publish an arbitrary figure.
 */
export function indexSeries<T extends PeriodValue>(series: readonly T[]): IndexedSeries<T> {
  const byCode = new Map<string, T>();
  for (const point of series) {
    mustParsePeriod(point.period);
    if (byCode.has(point.period)) throw new Error(`period listed twice: ${point.period}`);
    byCode.set(point.period, point);
  }
  return { get: (code) => byCode.get(code) };
}

/** Oldest first; a copy, the input is left alone. */
export function sortByPeriod<T extends PeriodValue>(series: readonly T[]): T[] {
  return series
    .map((point) => ({ point, p: mustParsePeriod(point.period) }))
    .sort((a, b) => comparePeriods(a.p, b.p))
    .map(({ point }) => point);
}

/** The most recent point that has a value, with its parsed period; null for an empty series. */
export function latestWithValue<T extends PeriodValue>(
  series: readonly T[],
): { point: T & { value: string }; period: Period } | null {
  const sorted = sortByPeriod(series);
  for (let i = sorted.length - 1; i >= 0; i--) {
    const point = sorted[i];
    if (point.value !== null) return { point: point as T & { value: string }, period: mustParsePeriod(point.period) };
  }
  return null;
}
