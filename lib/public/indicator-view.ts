// The indicator page's two views, computed from the epoch's data and the URL: the trend of
// the chosen regions over the chosen range, and the comparison of the 13 county-level units
// in one period (ranked bars, tile map and table). Both charts and tables come from the same
// rows, so a table is always exactly its chart's alternative. Pure.
import type { IndicatorTrendData } from "@/lib/charts/options/indicator-trend";
import type { RankedBarData } from "@/lib/charts/options/ranked-bar";
import type { TileMapData } from "@/lib/charts/options/tile-map";
import { comparePeriods, mustParsePeriod, type LabelStyle } from "@/lib/period";
import { CITY_CODE } from "@/lib/reference/regions";
import { deriveSeries, growthKind, type DerivedPoint } from "./derived-series";
import { displayGrowth, displayValue, localName, periodText } from "./display";
import { quantileClasses, rankUnits } from "./district-ranking";
import type { IndicatorData } from "./indicator-data";
import { sameSpanPeriods, spanLabel } from "./ytd-view";
import { selectPeriods, type IndicatorParams, type PageMeasure } from "./indicator-params";
import type { PublicRegion } from "./reference-data";

export type ViewLabels = { trendTitle: string; growth: string; districtTitle: (period: string) => string; missing: string };
/** `style`: how periods are labelled (display.ts labelStyle) */
export type ViewContext = { locale: string; regions: PublicRegion[]; labels: ViewLabels; style: LabelStyle };
type Model = Pick<IndicatorData, "indicator" | "levels" | "growthRates">;

export type TrendRow = { period: string; periodLabel: string; region: string; regionName: string; point: DerivedPoint; value: string; growth: string | null; change: string | null };
/** `sameSpan`: the chart shows one year-to-date span across years (its label, e.g. 前三季度), or null when it shows every period */
export type TrendView = { periods: string[]; rows: TrendRow[]; chart: IndicatorTrendData; sameSpan: string | null; isDemo: boolean };
export type DistrictRow = { code: string; name: string; value: string | null; display: string; rank: number | null; share: string | null; point: DerivedPoint | null; selected: boolean };
export type DistrictView = { period: string | null; periodLabel: string; periods: string[]; rows: DistrictRow[]; ranking: RankedBarData; tiles: TileMapData; isDemo: boolean };

function byRegion<T extends { regionCode: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) out.set(r.regionCode, [...(out.get(r.regionCode) ?? []), r]);
  return out;
}

/** Every region's derived series for the measure; growth only for the regions listed (the trend's). */
export function deriveAllRegions(m: Model, measure: PageMeasure, growthFor: readonly string[]): Map<string, DerivedPoint[]> {
  const growth = byRegion(m.growthRates);
  return new Map(
    [...byRegion(m.levels)].map(([code, rows]) => [code, deriveSeries(m.indicator.measureType, rows, growth.get(code) ?? [], measure, { withGrowth: growthFor.includes(code) })]),
  );
}

/** The periods of the series (of some regions only, if given), oldest first. */
export function periodsOf(series: Map<string, DerivedPoint[]>, codes?: readonly string[], withValue = false): string[] {
  const points = [...series].filter(([code]) => !codes || codes.includes(code)).flatMap(([, pts]) => pts);
  const periods = new Set(points.filter((x) => !withValue || x.value !== null).map((x) => x.period));
  return [...periods].sort((a, b) => comparePeriods(mustParsePeriod(a), mustParsePeriod(b)));
}

const num = (v: string | null) => (v === null ? null : Number(v)); // charts only: tables show the exact decimals

export function buildTrendView(m: Model, series: Map<string, DerivedPoint[]>, p: IndicatorParams, ctx: ViewContext): TrendView {
  const ind = m.indicator;
  const kind = growthKind(ind.measureType);
  const periods = selectPeriods(periodsOf(series), p.range);
  const style = ctx.style;
  const name = (code: string) => localName(ctx.regions.find((r) => r.code === code) ?? { nameZh: code, nameEn: code }, ctx.locale);
  const rows = periods.flatMap((period) =>
    p.regions.flatMap((region) => {
      const point = series.get(region)?.find((x) => x.period === period);
      if (!point) return [];
      const growth = point.growth ? displayGrowth(point.growth.value, kind, ind, ctx.locale) : null;
      const change = ind.measureType === "STOCK" ? displayValue(point.change, ind, ctx.locale) : null;
      return [{ period, periodLabel: periodText(period, ctx.locale, style), region, regionName: name(region), point, value: displayValue(point.value, ind, ctx.locale), growth, change }];
    }),
  );
  const cell = (region: string, period: string) => rows.find((r) => r.region === region && r.period === period);
  const withValue = periods.filter((x) => rows.some((r) => r.period === x && r.point.value !== null));
  const span = sameSpanPeriods(ind.measureType, p.measure, withValue);
  const drawn = span ?? periods;
  const single = p.regions.length === 1 && kind !== "none";
  const chart: IndicatorTrendData = {
    title: ctx.labels.trendTitle,
    unit: ind.unit,
    locale: ctx.locale, // the chart writes the unit in the reader's language
    lines: ind.measureType === "RATE" || ind.measureType === "GROWTH",
    periods: drawn.map((x) => periodText(x, ctx.locale, style)),
    levels: p.regions.map((region) => ({
      name: name(region),
      values: drawn.map((x) => num(cell(region, x)?.point.value ?? null)),
      displays: drawn.map((x) => cell(region, x)?.value ?? "—"),
    })),
    growth: single
      ? {
          name: ctx.labels.growth,
          unit: kind === "points" ? (ctx.locale === "en" ? "pp" : "百分点") : "%",
          values: drawn.map((x) => num(cell(p.regions[0], x)?.point.growth?.value ?? null)),
          displays: drawn.map((x) => cell(p.regions[0], x)?.growth ?? "—"),
          computed: drawn.map((x) => !!cell(p.regions[0], x)?.point.growth?.computed),
        }
      : null,
  };
  return { periods, rows, chart, sameSpan: span?.length ? spanLabel(span.at(-1)!, ctx.locale) : null, isDemo: rows.some((r) => r.point.isDemo) };
}

const ADDITIVE = ["CUMULATIVE", "PERIOD", "STOCK"];

export function buildDistrictView(m: Model, series: Map<string, DerivedPoint[]>, p: IndicatorParams, ctx: ViewContext): DistrictView {
  const ind = m.indicator;
  const districts = ctx.regions.filter((r) => r.code !== CITY_CODE);
  const codes = districts.map((d) => d.code);
  const periods = periodsOf(series, codes, true).reverse(); // newest first, for the period picker
  const period = p.period && periods.includes(p.period) ? p.period : (periods[0] ?? null);
  const label = period ? periodText(period, ctx.locale, ctx.style) : "";
  const at = (code: string) => (period ? (series.get(code)?.find((x) => x.period === period) ?? null) : null);
  const total = ADDITIVE.includes(ind.measureType) ? (at(CITY_CODE)?.value ?? null) : null;
  const ranked = rankUnits(districts.map((d) => ({ code: d.code, value: at(d.code)?.value ?? null })), total);
  const rows: DistrictRow[] = ranked.map((r) => ({
    ...r,
    name: localName(districts.find((d) => d.code === r.code)!, ctx.locale),
    display: displayValue(r.value, ind, ctx.locale),
    share: r.share === null ? null : displayGrowth(r.share, "percent", ind, ctx.locale),
    point: at(r.code),
    selected: p.regions.includes(r.code),
  }));
  const classes = quantileClasses(rows);
  const bound = (v: string) => displayValue(v, ind, ctx.locale);
  const title = ctx.labels.districtTitle(label);
  return {
    period,
    periodLabel: label,
    periods,
    rows,
    isDemo: rows.some((r) => r.point?.isDemo),
    ranking: { title, unit: ind.unit, locale: ctx.locale, bars: rows.map((r) => ({ label: r.name, value: num(r.value), display: r.display, highlight: r.selected })) },
    tiles: {
      title,
      unit: ind.unit,
      locale: ctx.locale,
      missingLabel: ctx.labels.missing,
      classes: classes.bounds.map((b) => ({ label: b.min === b.max ? bound(b.min) : `${bound(b.min)}–${bound(b.max)}` })),
      tiles: rows.map((r) => ({ code: r.code, label: r.name, display: r.display, classIndex: classes.classOf.get(r.code) ?? null })),
    },
  };
}
