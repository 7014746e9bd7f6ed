// Status of an indicator for the dashboard's KPI cards: improving / worsening / stable,
// or late when the reporting schedule says newer data should already be in.
import { periodCode, previousPeriod, samePeriodLastYear } from "../period";
import { dec, decToString, HUNDRED } from "../derive/decimal";
import { indexSeries, latestWithValue, type PeriodValue } from "../derive/series";
import type { DueRule } from "./dates";
import { dataLateness } from "./lateness";

export type IndicatorTrend = "improving" | "worsening" | "stable";
export type IndicatorStatus = IndicatorTrend | "late" | "unknown";

export type StatusOptions = {
  higherIsBetter: boolean;
  /**
   * Base of the comparison. Default: the same period last year, the only base that suits
   * every measure type: YTD flows reset in January and many series are seasonal.
   */
  compareWith?: "same-period-last-year" | "previous-period";
  /** |% change| up to this counts as stable (default "0": only no change is stable). */
  stableBandPct?: string;
  /** When given, lateness overrides the trend: a stale figure should not look "improving". */
  due?: DueRule & { now: string };
};

export type StatusResult = {
  status: IndicatorStatus;
  /** The trend even when the status is "late", so the card can still show it. */
  trend: IndicatorTrend | null;
  latestPeriod: string | null;
  basePeriod: string | null;
  /** % change latest vs base; null when the base is not positive (the sign still decides). */
  changePct: string | null;
};

/** Direction of the latest value against its base, read through higherIsBetter. */
function trendOf(series: readonly PeriodValue[], opts: StatusOptions) {
  const latest = latestWithValue(series);
  if (!latest) return { trend: null, latestPeriod: null, basePeriod: null, changePct: null };
  const baseP = opts.compareWith === "previous-period" ? previousPeriod(latest.period) : samePeriodLastYear(latest.period);
  const basePeriod = periodCode(baseP);
  const baseValue = indexSeries(series).get(basePeriod)?.value ?? null;
  const common = { latestPeriod: latest.point.period, basePeriod };
  if (baseValue === null) return { ...common, trend: null, changePct: null };
  const now = dec(latest.point.value);
  const base = dec(baseValue);
  const diff = now.minus(base);
  // A % change only means something on a positive base (see growth.ts); otherwise the sign decides.
  const pct = base.gt(0) ? diff.div(base).times(HUNDRED) : null;
  const band = dec(opts.stableBandPct ?? "0");
  let trend: IndicatorTrend;
  if (diff.isZero() || (pct !== null && pct.abs().lte(band))) trend = "stable";
  else trend = diff.isPositive() === opts.higherIsBetter ? "improving" : "worsening";
  return { ...common, trend, changePct: pct === null ? null : decToString(pct) };
}

export function indicatorStatus(series: readonly PeriodValue[], opts: StatusOptions): StatusResult {
  const t = trendOf(series, opts);
  if (opts.due) {
    const { now, ...rule } = opts.due;
    if (dataLateness(t.latestPeriod, rule, now).late) return { status: "late", ...t };
  }
  return { status: t.trend ?? "unknown", ...t };
}
