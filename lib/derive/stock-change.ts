// Changes of stocks (期末 values such as 5G基站数): period-on-period net additions
// (新增, notes.md §3.3) and year-on-year changes, each as an absolute and a % change.
// Stocks do not reset in January, so the previous period may lie in the previous year.
import { mustParsePeriod, periodCode, previousPeriod, samePeriodLastYear, type Period } from "../period";
import { dec, decToString } from "./decimal";
import { yoyGrowth, type GrowthReason } from "./growth";
import { indexSeries, type PeriodValue } from "./series";

export type StockChangeResult = {
  /** current − base, in the indicator's unit (e.g. 新增基站 count). */
  absolute: string | null;
  /** (current / base − 1) × 100; null on a zero or negative base as for growth. */
  percent: string | null;
  computed: true;
  /** Why `percent` is null (the absolute change only needs both values). */
  reason: GrowthReason | null;
};

export function stockChange(current: string | null, base: string | null): StockChangeResult {
  const pct = yoyGrowth(current, base);
  const absolute = current !== null && base !== null ? decToString(dec(current).minus(dec(base))) : null;
  return { absolute, percent: pct.value, computed: true, reason: pct.reason };
}

export type StockChangePoint = StockChangeResult & { period: string; basePeriod: string };

function changeAgainst(series: readonly PeriodValue[], baseOf: (p: Period) => Period): StockChangePoint[] {
  const index = indexSeries(series);
  return series.map((point) => {
    const basePeriod = periodCode(baseOf(mustParsePeriod(point.period)));
    const base = index.get(basePeriod)?.value ?? null;
    return { period: point.period, basePeriod, ...stockChange(point.value, base) };
  });
}

/** Change against the previous period (2025Q1 against 2024Q4); input order kept. */
export function stockPeriodChangeSeries(series: readonly PeriodValue[]): StockChangePoint[] {
  return changeAgainst(series, previousPeriod);
}

/** Change against the same period one year earlier; input order kept. */
export function stockYoyChangeSeries(series: readonly PeriodValue[]): StockChangePoint[] {
  return changeAgainst(series, samePeriodLastYear);
}
