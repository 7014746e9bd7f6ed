// The four core industries (NBS 01–04, the parts of DE001): their trend, each one's share of
// the core total, and the core's share of GDP (DE003 as published, else DE001 / GDP computed).
import { percentagePointChange, shareOfGdp, shareOfTotal } from "@/lib/derive/shares";
import { endMonth, mustParsePeriod, periodCode, samePeriodLastYear } from "@/lib/period";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { byCode, seriesOf, type DashContext } from "./context";
import { latestAtOrBefore } from "./measures";
import type { SeriesPoint } from "./observations";
import { evaluateTarget, pickTarget, type TargetView } from "./target-view";

export const CORE_TOTAL = "DE001";
export const CORE_GDP_SHARE = "DE003";
export const TREND_POINTS = 8;

export type CorePart = { indicator: PublicIndicator; categoryCode: string; value: string | null; share: string | null; unreleased: boolean };
export type GdpShare = { value: string; source: "official" | "computed"; change: string | null; unreleased: boolean };

export type CoreSection = {
  total: PublicIndicator;
  period: string;
  value: string | null;
  trend: {
    periods: string[];
    total: (string | null)[];
    parts: { indicator: PublicIndicator; values: (string | null)[] }[];
    /** per period: whether the total or a part there is a pre-release (未发布) value */
    unreleased: boolean[];
  };
  parts: CorePart[];
  gdpShare: GdpShare | null;
  target: TargetView | null;
  unreleased: boolean;
};

/**
 * The annual target beside a year-to-date trend: only at full-year points (Q4, December or an
 * annual period), null elsewhere. A full-year target drawn across Q1–Q3 cumulative values
 * would make every part-year point look far short of it.
 */
export function targetAtFullYears<T>(periods: readonly string[], target: T): (T | null)[] {
  return periods.map((p) => (endMonth(mustParsePeriod(p)) === 12 ? target : null));
}

/**
 * Where an annual target can be compared with a point: year-to-date values at their year-end,
 * in-period values only for a whole year; a level or a rate at every point (null: a line).
 */
export function targetPoints(periods: readonly string[], measureType: string, value: number): (number | null)[] | undefined {
  if (measureType === "CUMULATIVE") return targetAtFullYears(periods, value);
  if (measureType === "PERIOD") return periods.map((p) => (mustParsePeriod(p).freq === "YEAR" ? value : null));
  return undefined;
}

export function coreParts(indicators: readonly PublicIndicator[], total: PublicIndicator): PublicIndicator[] {
  return indicators
    .filter((i) => i.partOfId === total.id && i.categoryCodes.length === 1 && !i.retired)
    .sort((a, b) => a.categoryCodes[0].localeCompare(b.categoryCodes[0]));
}

const valueAt = (s: readonly SeriesPoint[], period: string) => s.find((p) => p.period === period) ?? null;

/** Share of GDP at a period: published DE003, else computed from DE001 and GDP. */
function gdpShareAt(ctx: DashContext, total: PublicIndicator, period: string): { value: string; source: GdpShare["source"]; unreleased: boolean } | null {
  const published = byCode(ctx, CORE_GDP_SHARE);
  const official = published ? valueAt(seriesOf(ctx, published.id), period) : null;
  if (official?.value) return { value: official.value, source: "official", unreleased: official.obs.unreleased };
  const gdp = byCode(ctx, "GDP");
  const core = valueAt(seriesOf(ctx, total.id), period);
  const g = gdp ? valueAt(seriesOf(ctx, gdp.id), period) : null;
  const share = shareOfGdp(core?.value ?? null, g?.value ?? null);
  if (share.value === null) return null;
  return { value: share.value, source: "computed", unreleased: !!(core?.obs.unreleased || g?.obs.unreleased) };
}

export function buildCoreSection(ctx: DashContext): CoreSection | null {
  const total = byCode(ctx, CORE_TOTAL);
  if (!total) return null;
  const totals = seriesOf(ctx, total.id);
  const latest = latestAtOrBefore(totals);
  if (!latest) return null;
  const period = latest.period;
  const parts = coreParts(ctx.indicators, total);
  const window = totals.slice(-TREND_POINTS).map((p) => p.period);
  const partSeries = parts.map((ind) => ({ ind, series: seriesOf(ctx, ind.id) }));

  const structure = partSeries.map(({ ind, series }): CorePart => {
    const at = valueAt(series, period);
    return {
      indicator: ind,
      categoryCode: ind.categoryCodes[0],
      value: at?.value ?? null,
      share: shareOfTotal(at?.value ?? null, latest.value).value,
      unreleased: at?.obs.unreleased ?? false,
    };
  });
  const now = gdpShareAt(ctx, total, period);
  const before = gdpShareAt(ctx, total, periodCode(samePeriodLastYear(mustParsePeriod(period))));
  // 百分点 only between figures of the same kind: published with published, computed with computed
  const change = now && before && now.source === before.source ? percentagePointChange(now.value, before.value).value : null;
  const targetRow = pickTarget(ctx.targets, total.id, ctx.region, mustParsePeriod(ctx.period).year);

  return {
    total,
    period,
    value: latest.value,
    trend: {
      periods: window,
      total: window.map((p) => valueAt(totals, p)?.value ?? null),
      parts: partSeries.map(({ ind, series }) => ({ indicator: ind, values: window.map((p) => valueAt(series, p)?.value ?? null) })),
      unreleased: window.map((p) => !!valueAt(totals, p)?.obs.unreleased || partSeries.some(({ series }) => !!valueAt(series, p)?.obs.unreleased)),
    },
    parts: structure,
    gdpShare: now ? { ...now, change } : null,
    target: targetRow ? evaluateTarget(total, totals, targetRow) : null,
    unreleased: latest.obs.unreleased || structure.some((p) => p.unreleased) || !!now?.unreleased,
  };
}
