// One region's series as the indicator page shows it: the level (累计/期末/…) or the
// in-period value (当季/当月, from year-to-date values), each with its year-on-year growth —
// the published rate when there is one, else computed and marked 计算值 (notes.md §3.3) —
// and, for stocks, the change on the previous period. Exact decimals throughout. Pure.
import {
  inPeriodFromYtd,
  indexSeries,
  mergeGrowth,
  percentagePointChange,
  singlePeriodGrowthSeries,
  sortByPeriod,
  stockPeriodChangeSeries,
  yoyGrowth,
  yoyGrowthSeries,
  type PeriodValue,
} from "@/lib/derive";
import { mustParsePeriod, periodCode, samePeriodLastYear } from "@/lib/period";
import type { PageMeasure } from "./indicator-params";
import type { PublicIndicator } from "./public-indicators";
import type { PublicObservation } from "./visible-observations";

export type SourceObs = Pick<PublicObservation, "period" | "value" | "flag" | "isDemo" | "releasedAt" | "previous">;
export type Growth = { value: string | null; computed: boolean };

export type DerivedPoint = {
  period: string;
  value: string | null;
  /** obtained by subtraction here (当季 = 累计 − 累计), so marked 计算值 */
  computed: boolean;
  flag: SourceObs["flag"];
  isDemo: boolean;
  /** the value this one revised (level only: a derived value is not itself revised) */
  revision: SourceObs["previous"];
  /** null when the indicator has no growth of its own (a published growth rate) */
  growth: Growth | null;
  /** stocks: change on the previous period (新增) */
  change: string | null;
};

/** Rates change by percentage points (百分点), never by a percent of themselves. */
export type GrowthKind = "percent" | "points" | "none";
export function growthKind(measureType: PublicIndicator["measureType"]): GrowthKind {
  return measureType === "GROWTH" ? "none" : measureType === "RATE" ? "points" : "percent";
}

const pv = (o: SourceObs): PeriodValue => ({ period: o.period, value: o.value });
const lastYear = (period: string) => periodCode(samePeriodLastYear(mustParsePeriod(period)));

function levelGrowth(sorted: SourceObs[], official: SourceObs[], kind: GrowthKind): Map<string, Growth> {
  const out = new Map<string, Growth>();
  if (kind === "points") {
    const index = indexSeries(sorted.map(pv));
    for (const o of sorted) out.set(o.period, { value: percentagePointChange(o.value, index.get(lastYear(o.period))?.value ?? null).value, computed: true });
    return out;
  }
  // a withheld published rate must not be replaced by one computed from the levels
  const withheld = new Set(official.filter((o) => o.flag === "CONFIDENTIAL").map((o) => o.period));
  const merged = mergeGrowth(official.filter((o) => !withheld.has(o.period)).map(pv), yoyGrowthSeries(sorted.map(pv)));
  for (const m of merged) out.set(m.period, withheld.has(m.period) ? { value: null, computed: false } : { value: m.value, computed: m.computed });
  return out;
}

function levelPoints(sorted: SourceObs[], official: SourceObs[], measureType: PublicIndicator["measureType"], withGrowth: boolean): DerivedPoint[] {
  const kind = withGrowth ? growthKind(measureType) : "none";
  const growth = kind === "none" ? null : levelGrowth(sorted, official, kind);
  const change = measureType === "STOCK" ? new Map(stockPeriodChangeSeries(sorted.map(pv)).map((c) => [c.period, c.absolute])) : null;
  return sorted.map((o) => ({
    period: o.period,
    value: o.value,
    computed: false,
    flag: o.flag,
    isDemo: o.isDemo,
    revision: o.previous,
    growth: growth ? (growth.get(o.period) ?? { value: null, computed: true }) : null,
    change: change?.get(o.period) ?? null,
  }));
}

// Year-to-date values never cross a year, so each year is derived alone; a year with its own
// January value was not released as 1—2月 combined.
function inPeriodPoints(sorted: SourceObs[], official: SourceObs[], withGrowth: boolean): DerivedPoint[] {
  const officialBy = new Map(official.map((o) => [o.period, o]));
  const years = new Map<number, SourceObs[]>();
  for (const o of sorted) {
    const y = mustParsePeriod(o.period).year;
    years.set(y, [...(years.get(y) ?? []), o]);
  }
  const values = new Map<string, { value: string | null; computed: boolean }>();
  const singleGrowth = new Map<string, Growth>();
  for (const year of years.values()) {
    const opts = { janFebCombined: !year.some((o) => o.period.endsWith("M01") && o.value !== null) };
    for (const d of inPeriodFromYtd(year.map(pv), opts)) values.set(d.period, { value: d.value, computed: d.computed });
    if (!withGrowth) continue;
    const ytdWithGrowth = year.map((o) => ({ ...pv(o), growth: officialBy.get(o.period)?.value ?? null }));
    for (const g of singlePeriodGrowthSeries(ytdWithGrowth, opts)) if (g.value !== null) singleGrowth.set(g.period, { value: g.value, computed: g.computed });
  }
  return sorted.map((o) => {
    const withheld = officialBy.get(o.period)?.flag === "CONFIDENTIAL";
    // from the published YTD growth where there is one (the §3.3 formula), else from the in-period levels
    const own = values.get(o.period) ?? { value: null, computed: false };
    if (!withGrowth) return { period: o.period, value: own.value, computed: own.computed, flag: o.flag, isDemo: o.isDemo, revision: null, growth: null, change: null };
    const fallback = { value: yoyGrowth(own.value, values.get(lastYear(o.period))?.value ?? null).value, computed: true };
    const growth = withheld ? { value: null, computed: false } : (singleGrowth.get(o.period) ?? fallback);
    return { period: o.period, value: own.value, computed: own.computed, flag: o.flag, isDemo: o.isDemo, revision: null, growth, change: null };
  });
}

/**
 * The series for one region, oldest first. `official` is the published growth-rate series, if
 * any. Growth costs most of the time (40-digit divisions): `withGrowth: false` skips it where
 * only values are shown (the district comparison), leaving `growth` null.
 */
export function deriveSeries(
  measureType: PublicIndicator["measureType"],
  levels: readonly SourceObs[],
  official: readonly SourceObs[],
  measure: PageMeasure,
  { withGrowth = true }: { withGrowth?: boolean } = {},
): DerivedPoint[] {
  // withheld values arrive without their figure (visible-observations.ts), so nothing below can use them
  const sorted = sortByPeriod([...levels]);
  const growthRates = [...official];
  if (measure === "in-period" && measureType === "CUMULATIVE") return inPeriodPoints(sorted, growthRates, withGrowth);
  return levelPoints(sorted, growthRates, measureType, withGrowth);
}
