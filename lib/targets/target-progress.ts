// Target arithmetic for the leadership dashboard: progress, the pace still required and
// whether the indicator is on track.
//
// On-track rule (时间过半、任务过半, the yardstick Chinese government work reports use):
// on track when progress (%) ≥ share of the target's time window already elapsed (%),
// minus an optional tolerance in percentage points. The window runs from the end of the
// base year (or, without a base, the end of the year before the target year) to the
// deadline, measured to the end of the latest actual's period. It needs nothing beyond the
// target and the latest value; comparing the required pace with a recent pace would need a
// growth history that new indicators lack.
import { D, dec, decToString, HUNDRED, type Dec } from "../derive/decimal";
import { monthsBetween, parseIsoDate } from "./dates";

export type Target = {
  year: number;
  value: string;
  /** Starting point of the target (e.g. the 2020 value of a five-year plan). */
  baseValue?: string | null;
  baseYear?: number | null;
  /** YYYY-MM-DD */
  deadline: string;
};

/** The latest actual value and the last day (YYYY-MM-DD) of the period it belongs to. */
export type Actual = { value: string; periodEnd: string };

export type TargetStatus = "reached" | "on-track" | "off-track" | "missed" | "unknown";

export type ProgressReason = "target-equals-base" | "non-positive-value";
export type PaceReason = "reached" | "deadline-passed" | "non-positive-value";

/**
 * How the pace still required is expressed: "%" compound growth per year for levels, "pp"
 * (百分点) per year for a rate or a growth rate, where a % of a % would mean nothing.
 */
export type PaceUnit = "%" | "pp";

/** Measure types (lib/dashboard) whose values are themselves percentages. */
const POINT_MEASURES = new Set(["RATE", "GROWTH"]);

export function paceUnitOf(measureType: string | null | undefined): PaceUnit {
  return measureType && POINT_MEASURES.has(measureType) ? "pp" : "%";
}

export type TargetAssessment = {
  reached: boolean;
  /** % of the way from base to target (or actual/target); may exceed 100 or be negative. */
  progress: string | null;
  progressReason: ProgressReason | null;
  /** % of the time window elapsed at the actual's period end, 0–100. */
  elapsed: string | null;
  /** Months from the actual's period end to the deadline; ≤ 0 once the deadline has passed. */
  remainingMonths: string;
  /**
   * Change per year still needed, in `paceUnit`: compound growth (%) for levels, 百分点 for a
   * rate or a growth rate; negative for a lower-is-better target.
   */
  requiredAnnualPace: string | null;
  requiredQuarterlyPace: string | null;
  paceUnit: PaceUnit;
  paceReason: PaceReason | null;
  status: TargetStatus;
};

export function isReached(actual: string, target: string, higherIsBetter: boolean): boolean {
  const a = dec(actual);
  return higherIsBetter ? a.gte(dec(target)) : a.lte(dec(target));
}

/**
 * With a base: (actual − base) / (target − base) × 100, which reads the same way for rising
 * and falling targets. Without a base: actual / target × 100, or target / actual × 100 for a
 * lower-is-better indicator (so that 100 still means "reached"). A stock target without a
 * base overstates progress (the stock did not start at zero); give stock targets a base.
 */
export function targetProgress(
  target: Target,
  actual: string,
  higherIsBetter: boolean,
): { value: string | null; reason: ProgressReason | null } {
  const a = dec(actual);
  const t = dec(target.value);
  if (target.baseValue !== null && target.baseValue !== undefined) {
    const b = dec(target.baseValue);
    if (t.eq(b)) return { value: null, reason: "target-equals-base" };
    return { value: decToString(a.minus(b).div(t.minus(b)).times(HUNDRED)), reason: null };
  }
  const [num, den] = higherIsBetter ? [a, t] : [t, a];
  if (num.lte(0) || den.lte(0)) {
    return { value: null, reason: "non-positive-value" };
  }
  return { value: decToString(num.div(den).times(HUNDRED)), reason: null };
}

function pace(ratio: Dec, periods: Dec): string {
  return decToString(ratio.pow(new D(1).div(periods)).minus(1).times(HUNDRED));
}

/**
 * The change per year and per quarter that takes `actual` to `target` in `remainingMonths`.
 * Levels ("%"): compound growth, ((target / actual)^(12 / months) − 1) × 100; needs positive
 * levels. Rates and growth rates ("pp"): a straight line in 百分点, (target − actual) ÷ years
 * (or quarters) left; e.g. a share of GDP from 9.0% to 10.5% in 24 months needs 0.75 个百分点 a
 * year. Compounding a percentage would be a % of a % (notes.md: changes in ratios are 百分点).
 */
export function requiredPace(
  actual: string,
  target: string,
  remainingMonths: string,
  unit: PaceUnit = "%",
): { annual: string | null; quarterly: string | null; reason: PaceReason | null } {
  const months = dec(remainingMonths);
  if (months.lte(0)) return { annual: null, quarterly: null, reason: "deadline-passed" };
  const a = dec(actual);
  const t = dec(target);
  if (unit === "pp") {
    const gap = t.minus(a);
    return { annual: decToString(gap.div(months.div(12))), quarterly: decToString(gap.div(months.div(3))), reason: null };
  }
  if (a.lte(0) || t.lte(0)) return { annual: null, quarterly: null, reason: "non-positive-value" };
  const ratio = t.div(a);
  return { annual: pace(ratio, months.div(12)), quarterly: pace(ratio, months.div(3)), reason: null };
}

/** Start of the target's time window: the end of the base year, else of the year before. */
export function targetWindowStart(target: Target): string {
  return `${target.baseYear ?? target.year - 1}-12-31`;
}

/** Share (%) of the window from start to deadline elapsed at `asOf`, clamped to 0–100; null if the window is empty. */
export function elapsedShare(start: string, deadline: string, asOf: string): string | null {
  const total = monthsBetween(start, deadline);
  if (total.lte(0)) return null;
  const share = monthsBetween(start, asOf).div(total).times(HUNDRED);
  return decToString(D.min(D.max(share, 0), HUNDRED));
}

export type AssessOptions = {
  higherIsBetter: boolean;
  /** Percentage points by which progress may lag elapsed time and still count as on track (default 0). */
  tolerancePoints?: string;
  /** The indicator's measure type; RATE and GROWTH get the pace in 百分点 (default: a level). */
  measureType?: string;
};

export function assessTarget(target: Target, actual: Actual, opts: AssessOptions): TargetAssessment {
  parseIsoDate(target.deadline);
  const reached = isReached(actual.value, target.value, opts.higherIsBetter);
  const progress = targetProgress(target, actual.value, opts.higherIsBetter);
  const elapsed = elapsedShare(targetWindowStart(target), target.deadline, actual.periodEnd);
  const remainingMonths = monthsBetween(actual.periodEnd, target.deadline);
  const pastDeadline = actual.periodEnd >= target.deadline;
  const paceUnit = paceUnitOf(opts.measureType);
  const p = reached
    ? { annual: null, quarterly: null, reason: "reached" as const }
    : requiredPace(actual.value, target.value, decToString(remainingMonths), paceUnit);
  let status: TargetStatus;
  if (reached) status = "reached";
  else if (pastDeadline) status = "missed";
  else if (progress.value === null || elapsed === null) status = "unknown";
  else {
    const slack = dec(opts.tolerancePoints ?? "0");
    status = dec(progress.value).gte(dec(elapsed).minus(slack)) ? "on-track" : "off-track";
  }
  return {
    reached,
    progress: progress.value,
    progressReason: progress.reason,
    elapsed,
    remainingMonths: decToString(remainingMonths),
    requiredAnnualPace: p.annual,
    requiredQuarterlyPace: p.quarterly,
    paceUnit,
    paceReason: p.reason,
    status,
  };
}
