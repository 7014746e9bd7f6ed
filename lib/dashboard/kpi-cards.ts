// KPI cards for the headline indicators (is_headline): latest value at the selected period,
// growth (published preferred, computed marked), change since the previous period, a
// sparkline and the position against the target. A headline growth rate whose level is also
// a headline (DE002 of DE001) is shown as that card's growth rather than as a card of its own.
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { growthIndicatorOf, seriesOf, type DashContext } from "./context";
import { changeAt, growthAt, latestAtOrBefore, type Growth, type PeriodChange } from "./measures";
import type { DashObs } from "./observations";
import { evaluateTarget, pickTarget, type TargetView } from "./target-view";
import { mustParsePeriod } from "@/lib/period";

export const SPARK_POINTS = 8;

export type KpiCard = {
  indicator: PublicIndicator;
  period: string | null;
  value: string | null;
  flag: DashObs["flag"];
  unreleased: boolean;
  growth: Growth | null;
  change: PeriodChange | null;
  spark: { period: string; value: string | null; unreleased: boolean }[];
  target: TargetView | null;
};

export function headlineCards(indicators: readonly PublicIndicator[]): PublicIndicator[] {
  const headline = indicators.filter((i) => i.isHeadline && !i.retired);
  const ids = new Set(headline.map((i) => i.id));
  return headline.filter((i) => !(i.measureType === "GROWTH" && i.growthOfId !== null && ids.has(i.growthOfId)));
}

export function kpiCard(ctx: DashContext, ind: PublicIndicator): KpiCard {
  const levels = seriesOf(ctx, ind.id);
  const latest = latestAtOrBefore(levels);
  const growthInd = growthIndicatorOf(ctx, ind.id);
  const official = growthInd ? seriesOf(ctx, growthInd.id) : [];
  const period = latest?.period ?? null;
  const targetRow = pickTarget(ctx.targets, ind.id, ctx.region, mustParsePeriod(ctx.period).year);
  return {
    indicator: ind,
    period,
    value: latest?.value ?? null,
    flag: latest?.obs.flag ?? null,
    unreleased: latest?.obs.unreleased ?? false,
    growth: period ? growthAt(ind, levels, official, period) : null,
    change: period ? changeAt(ind, levels, period) : null,
    spark: levels.slice(-SPARK_POINTS).map((p) => ({ period: p.period, value: p.value, unreleased: p.obs.unreleased })),
    target: targetRow ? evaluateTarget(ind, levels, targetRow) : null,
  };
}

export function buildKpiCards(ctx: DashContext): KpiCard[] {
  return headlineCards(ctx.indicators).map((ind) => kpiCard(ctx, ind));
}

/**
 * Whether any card shows a growth rate computed from current-price levels (计算值): only then
 * does the grid need the caveat that such a rate differs from published comparable-price
 * growth. A rate's change in 百分点 is not growth and needs no caveat.
 */
export function showsComputedGrowth(cards: readonly Pick<KpiCard, "growth">[]): boolean {
  return cards.some((c) => c.growth?.source === "computed" && c.growth.unit === "%");
}
