// Single-quarter (or single-month) growth from YTD levels and YTD growth (notes.md §3.3).
// Releases give 累计 levels with 累计增长; last year's comparable levels are not published,
// so we imply them from this year's level and growth: L*ₜ₋₁(Q) = Lₜ(Q) / (1 + gₜ(Q)/100).
// Then g当季(Q) = [Lₜ(Q) − Lₜ(Q−1)] / [L*ₜ₋₁(Q) − L*ₜ₋₁(Q−1)] − 1.
// For real (可比价) growth with current-price levels this is an approximation only.
import { mustParsePeriod, periodCode } from "../period";
import { D, dec, decToString, HUNDRED, percentChange, type Dec } from "./decimal";
import { indexSeries } from "./series";
import { ytdStep, type YtdOptions } from "./ytd-periods";

export type YtdGrowthPoint = { period: string; value: string | null; growth: string | null };

export type SinglePeriodGrowthReason =
  | "missing-value"
  | "missing-growth"
  | "missing-previous"
  | "released-with-february"
  /** Growth ≤ −100% implies a prior-year level that is infinite or negative. */
  | "implied-base-invalid"
  /** The implied prior-year in-period level is zero or negative (see growth.ts). */
  | "zero-base"
  | "negative-base";

export type SinglePeriodGrowth = {
  period: string;
  value: string | null;
  /** False for the period that opens the year: its single-period growth is the published YTD growth. */
  computed: boolean;
  coversMonths: number;
  combinedJanFeb: boolean;
  reason: SinglePeriodGrowthReason | null;
};

function implied(level: Dec, growthPct: Dec): Dec | null {
  const factor = new D(1).plus(growthPct.div(HUNDRED));
  return factor.lte(0) ? null : level.div(factor);
}

/** L / (1 + g/100): last year's level implied by this year's level and its growth. */
export function impliedPriorYearLevel(level: string, growthPct: string): string | null {
  const l = implied(dec(level), dec(growthPct));
  return l === null ? null : decToString(l);
}

type PairResult = { value: string | null; reason: SinglePeriodGrowthReason | null };

/** The §3.3 formula for one period, given this and the previous YTD level and growth. */
export function singlePeriodGrowth(
  ytd: string,
  ytdGrowth: string,
  prevYtd: string,
  prevYtdGrowth: string,
): PairResult {
  const now = implied(dec(ytd), dec(ytdGrowth));
  const before = implied(dec(prevYtd), dec(prevYtdGrowth));
  if (now === null || before === null) return { value: null, reason: "implied-base-invalid" };
  const base = now.minus(before);
  if (base.isZero()) return { value: null, reason: "zero-base" };
  if (base.isNegative()) return { value: null, reason: "negative-base" };
  const level = dec(ytd).minus(dec(prevYtd));
  return { value: decToString(percentChange(level, base)), reason: null };
}

/** Apply the formula along a YTD series (levels with their YTD growth); input order kept. */
export function singlePeriodGrowthSeries(
  series: readonly YtdGrowthPoint[],
  opts: YtdOptions = {},
): SinglePeriodGrowth[] {
  const index = indexSeries(series);
  return series.map((point): SinglePeriodGrowth => {
    const p = mustParsePeriod(point.period);
    const step = ytdStep(p, opts);
    const out = (value: string | null, reason: SinglePeriodGrowthReason | null, computed = true) => ({
      period: point.period,
      value,
      computed,
      coversMonths: step.kind === "not-released" ? 1 : step.months,
      combinedJanFeb: p.freq === "MONTH" && step.kind !== "not-released" && step.months === 2,
      reason,
    });
    if (step.kind === "not-released") return out(null, "released-with-february");
    if (point.growth === null) return out(null, "missing-growth");
    if (step.kind === "opens-year") return out(point.growth, null, false);
    if (point.value === null) return out(null, "missing-value");
    const prev = index.get(periodCode(step.previous));
    if (!prev || prev.value === null || prev.growth === null) return out(null, "missing-previous");
    const r = singlePeriodGrowth(point.value, point.growth, prev.value, prev.growth);
    return out(r.value, r.reason);
  });
}
