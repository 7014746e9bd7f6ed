// Targets on the dashboard: which target applies, which actual it is measured with, and the
// assessment from lib/targets (progress %, pace still required, on/off track). Pure.
import { latestWithValue, sortByPeriod } from "@/lib/derive/series";
import { endMonth, isoDate, mustParsePeriod, periodEnd } from "@/lib/period";
import { assessTarget, type TargetAssessment } from "@/lib/targets";
import type { MeasureIndicator } from "./measures";
import { derivedOnce, type SeriesPoint } from "./observations";

export type TargetRow = {
  id: number;
  indicatorId: number;
  regionCode: string;
  year: number;
  value: string;
  baseYear: number | null;
  baseValue: string | null;
  /** YYYY-MM-DD */
  deadline: string;
  source: string;
};

export type TargetView = {
  target: TargetRow;
  /** The value the target is measured with, and its period; null when there is none yet. */
  actual: { value: string; period: string; unreleased: boolean } | null;
  assessment: TargetAssessment | null;
};

/** The target in force for a period: the earliest target year not before the period's year. */
export function pickTarget(targets: readonly TargetRow[], indicatorId: number, region: string, periodYear: number): TargetRow | null {
  const open = (targetsByIndicator(targets).get(indicatorId) ?? []).filter((t) => t.regionCode === region && t.year >= periodYear);
  return open.sort((a, b) => a.year - b.year)[0] ?? null;
}

// the alerts ask this of every indicator: a scan of every target each time cost the catalogue
// times the targets (5,700 × 600 at 100× the data)
const byIndicator = new WeakMap<readonly TargetRow[], Map<number, TargetRow[]>>();

function targetsByIndicator(targets: readonly TargetRow[]): Map<number, TargetRow[]> {
  let m = byIndicator.get(targets);
  if (!m) {
    m = new Map();
    for (const t of targets) m.set(t.indicatorId, [...(m.get(t.indicatorId) ?? []), t]);
    byIndicator.set(targets, m);
  }
  return m;
}

/**
 * The actual a target is measured with. Usually the latest value; for a year-to-date flow
 * (CUMULATIVE) whose latest value covers only part of a year, the latest full year instead
 * when the part-year total cannot be set against the target:
 *  - the target lies in a later year (a part-year total against a multi-year goal), or
 *  - the target has a base value (e.g. 2020 → 2025): the base is a full-year figure, so a Q1
 *    total would show negative progress and a false "off track" in the final year.
 * We chose the latest full year over a "year to date, not comparable" mark because a leader
 * then still sees a real, comparable position (the period shown beside it says which year),
 * and elapsed time is measured to that year's end, so progress and time stay consistent.
 * An annual target without a base (window = the target year) keeps the year-to-date value:
 * YTD ÷ annual target against the share of the year elapsed is the usual "时间过半、任务过半".
 */
export function targetActual(ind: MeasureIndicator, levels: readonly SeriesPoint[], target: TargetRow): SeriesPoint | null {
  const latest = latestWithValue(levels);
  if (!latest) return null;
  if (ind.measureType !== "CUMULATIVE" || endMonth(latest.period) === 12) return latest.point;
  const hasBase = target.baseValue !== null && target.baseValue !== undefined;
  if (target.year <= latest.period.year && !hasBase) return latest.point;
  const fullYears = sortByPeriod(levels).filter((p) => p.value !== null && endMonth(mustParsePeriod(p.period)) === 12);
  return fullYears.at(-1) ?? null;
}

// Assessed once per shared series and target (derivedOnce): a province's 600 targets were
// assessed again, in exact decimals, on every view of the dashboard.
export function evaluateTarget(ind: MeasureIndicator, levels: readonly SeriesPoint[], target: TargetRow): TargetView {
  return derivedOnce(levels, `target:${JSON.stringify(target)}`, [ind], () => assess(ind, levels, target));
}

function assess(ind: MeasureIndicator, levels: readonly SeriesPoint[], target: TargetRow): TargetView {
  const actual = targetActual(ind, levels, target);
  if (!actual || actual.value === null) return { target, actual: null, assessment: null };
  const assessment = assessTarget(
    { year: target.year, value: target.value, baseValue: target.baseValue, baseYear: target.baseYear, deadline: target.deadline },
    { value: actual.value, periodEnd: isoDate(periodEnd(mustParsePeriod(actual.period))) },
    { higherIsBetter: ind.higherIsBetter, measureType: ind.measureType },
  );
  return { target, actual: { value: actual.value, period: actual.period, unreleased: actual.obs.unreleased }, assessment };
}
