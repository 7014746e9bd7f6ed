// Year-on-year growth (同比) from levels, and its merge with published growth rates.
// Published growth is preferred: NBS computes it on a comparable scope (可比口径) and,
// for value added, at comparable prices, so it generally differs from this ratio of
// published levels (notes.md §3.3). A computed figure is only a labelled fallback (计算值).
import { mustParsePeriod, periodCode, samePeriodLastYear } from "../period";
import { dec, decOrNull, decToString, percentChange } from "./decimal";
import { indexSeries, sortByPeriod, type PeriodValue } from "./series";

export type GrowthReason =
  | "missing-current"
  | "missing-base"
  | "zero-base"
  /**
   * Growth on a negative base (e.g. a loss turning into a smaller loss or a profit) has no
   * meaning: −10 → 5 would read as "−150%" although the result improved. Chinese releases
   * write 扭亏为盈 / 减亏 instead of a percentage, so we return no number.
   */
  | "negative-base";

export type GrowthResult = { value: string | null; computed: true; reason: GrowthReason | null };

/** (current / base − 1) × 100, exact; null with a reason when it cannot be meaningful. */
export function yoyGrowth(current: string | null, base: string | null): GrowthResult {
  const c = decOrNull(current);
  const b = decOrNull(base);
  const fail = (reason: GrowthReason): GrowthResult => ({ value: null, computed: true, reason });
  if (c === null) return fail("missing-current");
  if (b === null) return fail("missing-base");
  if (b.isZero()) return fail("zero-base");
  if (b.isNegative()) return fail("negative-base");
  return { value: decToString(percentChange(c, b)), computed: true, reason: null };
}

export type GrowthPoint = GrowthResult & { period: string; basePeriod: string };

/** Growth of every point against the same period one year earlier; input order kept. */
export function yoyGrowthSeries(series: readonly PeriodValue[]): GrowthPoint[] {
  const index = indexSeries(series);
  return series.map((point) => {
    const basePeriod = periodCode(samePeriodLastYear(mustParsePeriod(point.period)));
    const base = index.get(basePeriod)?.value ?? null;
    return { period: point.period, basePeriod, ...yoyGrowth(point.value, base) };
  });
}

export type GrowthSource = "official" | "computed";

export type MergedGrowth = {
  period: string;
  value: string | null;
  /** Where the value came from; null when neither source has one. */
  source: GrowthSource | null;
  /** True for a computed fallback, so the UI marks it 计算值. */
  computed: boolean;
  /** Why the computed fallback is empty, when it is used and empty. */
  reason: GrowthReason | null;
};

/**
 * Per period, the published growth if there is one (passed through exactly as published,
 * trailing zeros included; only checked to be a number), else the computed growth. A null official value counts as
 * "not published": suppressed (保密) values must be filtered out before this call, or the
 * fallback would disclose them. Only merge when both share a price basis (现价 vs 可比价).
 * Output is sorted oldest first and covers the union of both inputs' periods.
 */
export function mergeGrowth(official: readonly PeriodValue[], computed: readonly GrowthPoint[]): MergedGrowth[] {
  const officialIndex = indexSeries(official);
  const computedIndex = indexSeries(computed);
  const codes = new Set([...official.map((p) => p.period), ...computed.map((p) => p.period)]);
  const periods = sortByPeriod([...codes].map((period) => ({ period, value: null })));
  return periods.map(({ period }): MergedGrowth => {
    const published = officialIndex.get(period)?.value ?? null;
    if (published !== null) {
      dec(published); // throws on a non-number rather than passing garbage to the UI
      return { period, value: published, source: "official", computed: false, reason: null };
    }
    const fallback = computedIndex.get(period);
    if (fallback && fallback.value !== null) {
      return { period, value: fallback.value, source: "computed", computed: true, reason: null };
    }
    return { period, value: null, source: null, computed: false, reason: fallback?.reason ?? "missing-current" };
  });
}
