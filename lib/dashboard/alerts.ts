// Alerts for the selected region, from lib/targets' rules: fell (or, for a lower-is-better
// indicator, rose) year-on-year in the latest period, target off track or missed, and data
// late by the reporting rule. Each carries its indicator so the page can link to it.
import { mergeGrowth, yoyGrowthSeries } from "@/lib/derive/growth";
import { percentagePointChange } from "@/lib/derive/shares";
import type { PeriodValue } from "@/lib/derive/series";
import { mustParsePeriod, periodCode, samePeriodLastYear } from "@/lib/period";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { evaluateAlerts, type Alert } from "@/lib/targets/alerts";
import { growthIndicatorOf, indicatorById, seriesOf, type DashContext } from "./context";
import { lateKey } from "./chapters";
import type { LateIndicator } from "./late-indicators";
import { latestAtOrBefore, levelGrowthAt } from "./measures";
import { derivedOnce, type SeriesPoint } from "./observations";
import { evaluateTarget, pickTarget } from "./target-view";

export type DashAlert = Alert & { indicator: PublicIndicator };

/** The series a "fell year-on-year" rule reads: growth for levels, 百分点 for rates, itself for a growth rate. */
export function yoySeries(ctx: DashContext, ind: PublicIndicator, levels: readonly SeriesPoint[]): PeriodValue[] {
  if (ind.measureType === "GROWTH") return levels.map((p) => ({ period: p.period, value: p.value }));
  if (ind.measureType === "RATE") {
    const byPeriod = new Map(levels.map((p) => [p.period, p.value]));
    return levels.map((p) => {
      const base = byPeriod.get(periodCode(samePeriodLastYear(mustParsePeriod(p.period)))) ?? null;
      return { period: p.period, value: percentagePointChange(p.value, base).value };
    });
  }
  const growthInd = growthIndicatorOf(ctx, ind.id);
  const official = growthInd ? seriesOf(ctx, growthInd.id) : [];
  return mergeGrowth(official, yoyGrowthSeries(levels)).map((g) => ({ period: g.period, value: g.value }));
}

/**
 * yoySeries at one period only: an alert is raised only about the latest period, so the
 * rest of the series need not be computed for every indicator of the catalogue on each view.
 */
export function yoyAt(ctx: DashContext, ind: PublicIndicator, levels: readonly SeriesPoint[], period: string): PeriodValue[] {
  const at = (p: string) => levels.find((x) => x.period === p)?.value ?? null;
  if (ind.measureType === "GROWTH") return [{ period, value: at(period) }];
  if (ind.measureType === "RATE") return [{ period, value: percentagePointChange(at(period), at(periodCode(samePeriodLastYear(mustParsePeriod(period))))).value }];
  const growthInd = growthIndicatorOf(ctx, ind.id);
  return [{ period, value: levelGrowthAt(levels, growthInd ? seriesOf(ctx, growthInd.id) : [], period)?.value ?? null }];
}

/** A growth rate published for a level (DE002) alerts through that level, not on its own. */
function foldedIntoLevel(ctx: DashContext, ind: PublicIndicator): boolean {
  if (ind.measureType !== "GROWTH" || ind.growthOfId === null) return false;
  const level = indicatorById(ctx.indicators, ind.growthOfId);
  return !!level && !level.retired;
}

/** Derived once per shared series (observations.ts): the same levels, published growth series, target and lateness give the same alerts. */
export function indicatorAlerts(ctx: DashContext, ind: PublicIndicator, late: LateIndicator | undefined): Alert[] {
  const levels = seriesOf(ctx, ind.id);
  if (!Object.isFrozen(levels)) return deriveAlerts(ctx, ind, levels, late);
  const growthInd = growthIndicatorOf(ctx, ind.id);
  const official = growthInd ? seriesOf(ctx, growthInd.id) : null;
  const target = JSON.stringify(pickTarget(ctx.targets, ind.id, ctx.region, mustParsePeriod(ctx.period).year));
  return derivedOnce(levels, "alerts", [ind, official, target, lateKey(late)], () => deriveAlerts(ctx, ind, levels, late));
}

function deriveAlerts(ctx: DashContext, ind: PublicIndicator, levels: readonly SeriesPoint[], late: LateIndicator | undefined): Alert[] {
  const latest = latestAtOrBefore(levels);
  if (!latest) return [];
  const targetRow = pickTarget(ctx.targets, ind.id, ctx.region, mustParsePeriod(ctx.period).year);
  const target = targetRow ? evaluateTarget(ind, levels, targetRow) : null;
  const alerts = evaluateAlerts({
    higherIsBetter: ind.higherIsBetter,
    growth: yoyAt(ctx, ind, levels, latest.period),
    growthDecimals: 1,
    target: target?.assessment && target.actual ? { assessment: target.assessment, period: target.actual.period } : undefined,
  }).filter((a) => (a.code !== "fell-yoy" && a.code !== "rose-yoy") || a.period === latest.period); // only about the latest period
  if (late) {
    const detail: Record<string, string> = { daysOverdue: String(late.daysOverdue), expectedPeriod: late.expectedPeriod };
    if (late.latestPeriod) detail.latestPeriod = late.latestPeriod;
    alerts.push({ code: "data-late", severity: "warning", period: late.expectedPeriod, detail });
  }
  return alerts;
}

const SEVERITY = { critical: 0, warning: 1 } as const;
const CODE_ORDER = ["target-missed", "target-off-track", "fell-yoy", "rose-yoy", "data-late"];

export function buildAlerts(ctx: DashContext, late: readonly LateIndicator[]): DashAlert[] {
  const lateById = new Map(late.map((l) => [l.indicatorId, l]));
  const out: DashAlert[] = [];
  for (const ind of ctx.indicators) {
    if (ind.retired || foldedIntoLevel(ctx, ind)) continue;
    for (const a of indicatorAlerts(ctx, ind, lateById.get(ind.id))) out.push({ ...a, indicator: ind });
  }
  return out.sort(
    (a, b) => SEVERITY[a.severity] - SEVERITY[b.severity] || CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code) || a.indicator.code.localeCompare(b.indicator.code),
  );
}
