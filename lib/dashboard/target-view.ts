// Targets on the dashboard: which target applies, which actual it is measured with, and the
// assessment from lib/targets (progress %, pace still required, on/off track). Pure.
import { latestWithValue } from "@/lib/derive/series";
import { endMonth, isoDate, mustParsePeriod, periodEnd } from "@/lib/period";
import { assessTarget, type TargetAssessment } from "@/lib/targets";
import type { MeasureIndicator } from "./measures";
import type { SeriesPoint } from "./observations";

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
  const open = targets.filter((t) => t.indicatorId === indicatorId && t.regionCode === region && t.year >= periodYear);
  return open.sort((a, b) => a.year - b.year)[0] ?? null;
}

/**
 * The latest value, except for a year-to-date flow whose target lies in a later year: a
 * part-year total cannot be set against a multi-year goal, so the latest full year is used.
 */
export function targetActual(ind: MeasureIndicator, levels: readonly SeriesPoint[], target: TargetRow): SeriesPoint | null {
  const latest = latestWithValue(levels);
  if (!latest) return null;
  if (ind.measureType !== "CUMULATIVE" || target.year <= latest.period.year) return latest.point;
  const fullYears = levels.filter((p) => p.value !== null && endMonth(mustParsePeriod(p.period)) === 12);
  return fullYears.at(-1) ?? null;
}

export function evaluateTarget(ind: MeasureIndicator, levels: readonly SeriesPoint[], target: TargetRow): TargetView {
  const actual = targetActual(ind, levels, target);
  if (!actual || actual.value === null) return { target, actual: null, assessment: null };
  const assessment = assessTarget(
    { year: target.year, value: target.value, baseValue: target.baseValue, baseYear: target.baseYear, deadline: target.deadline },
    { value: actual.value, periodEnd: isoDate(periodEnd(mustParsePeriod(actual.period))) },
    { higherIsBetter: ind.higherIsBetter },
  );
  return { target, actual: { value: actual.value, period: actual.period, unreleased: actual.obs.unreleased }, assessment };
}
