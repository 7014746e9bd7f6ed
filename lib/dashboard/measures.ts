// Growth and period change of one indicator at one period, chosen by measure type, from
// lib/derive. Shared by the dashboard and the bulletin so both say the same thing:
//  - levels (累计, 期末, 当期): year-on-year growth, the published rate preferred and a
//    computed one as a labelled fallback (计算值, notes.md §3.3);
//  - rates: the change against the same period last year in 百分点, never a % of a %;
//  - change since the previous period: in-period value for YTD flows (Q3 = YTD Q3 − YTD Q2),
//    net addition for stocks, 百分点 for rates.
import { dec } from "@/lib/derive/decimal";
import { yoyGrowth } from "@/lib/derive/growth";
import { inPeriodFromYtd } from "@/lib/derive/in-period";
import { percentagePointChange } from "@/lib/derive/shares";
import { stockChange } from "@/lib/derive/stock-change";
import { mustParsePeriod, periodCode, previousPeriod, samePeriodLastYear } from "@/lib/period";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import type { SeriesPoint } from "./observations";

export type MeasureIndicator = Pick<PublicIndicator, "id" | "code" | "nameZh" | "nameEn" | "unit" | "decimals" | "measureType" | "frequency" | "higherIsBetter">;

export type Growth = {
  value: string;
  /** "%" for growth, "pp" (百分点) for the change of a rate. */
  unit: "%" | "pp";
  /** Published growth, or computed from levels (shown as 计算值). */
  source: "official" | "computed";
  /** A value behind it is approved but not yet released. */
  unreleased: boolean;
  basePeriod: string;
};

const LEVEL_TYPES = new Set(["CUMULATIVE", "STOCK", "PERIOD"]);

function find(series: readonly SeriesPoint[], period: string): SeriesPoint | undefined {
  return series.find((p) => p.period === period);
}

/**
 * Year-on-year growth at `period`. `official` is the series of the indicator's published
 * growth rate (its GROWTH indicator), or empty. Null when nothing can be said.
 */
export function growthAt(ind: MeasureIndicator, levels: readonly SeriesPoint[], official: readonly SeriesPoint[], period: string): Growth | null {
  const basePeriod = periodCode(samePeriodLastYear(mustParsePeriod(period)));
  const now = find(levels, period);
  const base = find(levels, basePeriod);
  if (ind.measureType === "RATE") {
    const pp = percentagePointChange(now?.value ?? null, base?.value ?? null);
    if (pp.value === null) return null;
    return { value: pp.value, unit: "pp", source: "computed", unreleased: !!(now?.obs.unreleased || base?.obs.unreleased), basePeriod };
  }
  if (!LEVEL_TYPES.has(ind.measureType)) return null;
  const merged = levelGrowthAt(levels, official, period);
  if (!merged) return null;
  const unreleased =
    merged.source === "official" ? !!find(official, period)?.obs.unreleased : !!(now?.obs.unreleased || base?.obs.unreleased);
  return { value: merged.value, unit: "%", source: merged.source, unreleased, basePeriod };
}

/**
 * lib/derive's mergeGrowth at one period: the published rate there when there is one, else
 * the rate computed from the levels. Only that period is computed: the dashboard asks this of
 * every indicator in the catalogue, and a whole merged series each time grew with its length.
 */
export function levelGrowthAt(
  levels: readonly SeriesPoint[],
  official: readonly SeriesPoint[],
  period: string,
): { value: string; source: "official" | "computed" } | null {
  const published = find(official, period)?.value ?? null;
  if (published !== null) {
    dec(published); // as mergeGrowth: a non-number throws rather than reaching the page
    return { value: published, source: "official" };
  }
  const basePeriod = periodCode(samePeriodLastYear(mustParsePeriod(period)));
  const computed = yoyGrowth(find(levels, period)?.value ?? null, find(levels, basePeriod)?.value ?? null);
  return computed.value === null ? null : { value: computed.value, source: "computed" };
}

export type PeriodChange = {
  /** in-period value of a YTD flow, net change of a stock/flow, or 百分点 for a rate. */
  kind: "in-period" | "difference" | "points";
  value: string;
  basePeriod: string | null;
  unreleased: boolean;
};

/** Change since the previous period at `period`, or null (a yearly YTD value has none). */
export function changeAt(ind: MeasureIndicator, levels: readonly SeriesPoint[], period: string): PeriodChange | null {
  const p = mustParsePeriod(period);
  const now = find(levels, period);
  if (!now || now.value === null) return null;
  if (ind.measureType === "CUMULATIVE") {
    if (p.freq === "YEAR") return null;
    const entry = inPeriodFromYtd(levels).find((e) => e.period === period);
    if (!entry || entry.value === null) return null;
    const prev = entry.computed ? find(levels, periodCode(previousPeriod(p))) : undefined;
    return { kind: "in-period", value: entry.value, basePeriod: prev?.period ?? null, unreleased: !!(now.obs.unreleased || prev?.obs.unreleased) };
  }
  const basePeriod = periodCode(previousPeriod(p));
  const base = find(levels, basePeriod);
  if (!base || base.value === null) return null;
  const unreleased = !!(now.obs.unreleased || base.obs.unreleased);
  if (ind.measureType === "RATE" || ind.measureType === "GROWTH") {
    const pp = percentagePointChange(now.value, base.value);
    return pp.value === null ? null : { kind: "points", value: pp.value, basePeriod, unreleased };
  }
  const diff = stockChange(now.value, base.value);
  return diff.absolute === null ? null : { kind: "difference", value: diff.absolute, basePeriod, unreleased };
}

/** The newest point at or before the end of `period` (a monthly series read at 2025Q3 gives 2025M09). */
export function latestAtOrBefore(series: readonly SeriesPoint[]): SeriesPoint | null {
  for (let i = series.length - 1; i >= 0; i--) if (series[i].value !== null) return series[i];
  return null;
}
