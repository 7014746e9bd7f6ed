// What every dashboard section is computed from: the catalogue, the value index, the
// selected period and region, targets. Built once per request by assemble.ts.
import { isoDate, mustParsePeriod, periodEnd } from "@/lib/period";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import type { ObsIndex, SeriesPoint } from "./observations";
import type { TargetRow } from "./target-view";

export type DashContext = {
  indicators: readonly PublicIndicator[];
  index: ObsIndex;
  /** Selected quarter, e.g. "2025Q3"; values are read at or before its end. */
  period: string;
  /** YYYY-MM-DD: end of the selected period. */
  upTo: string;
  region: string;
  targets: readonly TargetRow[];
};

export function makeContext(c: Omit<DashContext, "upTo">): DashContext {
  return { ...c, upTo: isoDate(periodEnd(mustParsePeriod(c.period))) };
}

export function byCode(ctx: DashContext, code: string): PublicIndicator | undefined {
  return ctx.indicators.find((i) => i.code === code);
}

/** The published growth-rate indicator of a level (DE002 for DE001), if any. */
export function growthIndicatorOf(ctx: DashContext, levelId: number): PublicIndicator | undefined {
  return growthIndicatorIn(ctx.indicators, levelId);
}

export function growthIndicatorIn(indicators: readonly PublicIndicator[], levelId: number): PublicIndicator | undefined {
  return indicators.find((i) => i.growthOfId === levelId && i.measureType === "GROWTH" && !i.retired);
}

/** Series of an indicator in a region up to the selected period. */
export function seriesOf(ctx: DashContext, indicatorId: number, region = ctx.region): SeriesPoint[] {
  return ctx.index.series(indicatorId, region, ctx.upTo);
}
