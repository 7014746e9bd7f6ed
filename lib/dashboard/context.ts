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

// Built once per catalogue array (cached, never changed after): the sections ask for each
// indicator's growth rate and level, and a search of the catalogue each time made every view
// cost the square of its size (5,700 indicators at 100× the data, issue 21).
const lookups = new WeakMap<readonly PublicIndicator[], { growthOf: Map<number, PublicIndicator>; byId: Map<number, PublicIndicator> }>();

function lookupsOf(indicators: readonly PublicIndicator[]) {
  let l = lookups.get(indicators);
  if (!l) {
    l = { growthOf: new Map(), byId: new Map() };
    for (const i of indicators) {
      l.byId.set(i.id, i);
      // the first in catalogue order, as a search would find it
      if (i.growthOfId !== null && i.measureType === "GROWTH" && !i.retired && !l.growthOf.has(i.growthOfId)) l.growthOf.set(i.growthOfId, i);
    }
    lookups.set(indicators, l);
  }
  return l;
}

export function growthIndicatorIn(indicators: readonly PublicIndicator[], levelId: number): PublicIndicator | undefined {
  return lookupsOf(indicators).growthOf.get(levelId);
}

export function indicatorById(indicators: readonly PublicIndicator[], id: number): PublicIndicator | undefined {
  return lookupsOf(indicators).byId.get(id);
}

/** Series of an indicator in a region up to the selected period. */
export function seriesOf(ctx: DashContext, indicatorId: number, region = ctx.region): SeriesPoint[] {
  return ctx.index.series(indicatorId, region, ctx.upTo);
}
