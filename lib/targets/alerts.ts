// Alert rules for the leadership dashboard. Pure: every input, including "now", is passed
// in, so the rules can be tested and re-run for any date.
import { dec } from "../derive/decimal";
import { roundDecimal } from "../derive/rounding";
import { latestWithValue, type PeriodValue } from "../derive/series";
import type { DueRule } from "./dates";
import { dataLateness } from "./lateness";
import type { TargetAssessment } from "./target-progress";

export type AlertCode = "fell-yoy" | "rose-yoy" | "target-off-track" | "target-missed" | "data-late";

export type Alert = {
  code: AlertCode;
  severity: "warning" | "critical";
  /** The period the alert is about (latest growth, actual, or the expected-but-missing period). */
  period: string | null;
  /** Figures for the message, as strings (the UI words and translates them). */
  detail: Record<string, string>;
};

/**
 * Year-on-year movement in the bad direction in the latest period with a growth figure:
 * a fall for a higher-is-better indicator ("fell-yoy"), a rise for a lower-is-better one
 * ("rose-yoy"). Growth is first rounded to the display decimals, so a card showing "持平"
 * never carries a "fell" alert.
 */
export function yoyAlert(growth: readonly PeriodValue[], higherIsBetter: boolean, decimals = 1): Alert | null {
  const latest = latestWithValue(growth);
  if (!latest) return null;
  const shown = dec(roundDecimal(dec(latest.point.value), decimals));
  if (shown.isZero()) return null;
  if (higherIsBetter && shown.isNegative()) {
    return { code: "fell-yoy", severity: "warning", period: latest.point.period, detail: { growth: latest.point.value } };
  }
  if (!higherIsBetter && !shown.isNegative()) {
    return { code: "rose-yoy", severity: "warning", period: latest.point.period, detail: { growth: latest.point.value } };
  }
  return null;
}

/** Off track is a warning; a missed deadline is critical. */
export function targetAlert(assessment: TargetAssessment, period: string): Alert | null {
  const detail: Record<string, string> = {};
  if (assessment.progress !== null) detail.progress = assessment.progress;
  if (assessment.elapsed !== null) detail.elapsed = assessment.elapsed;
  if (assessment.status === "off-track") return { code: "target-off-track", severity: "warning", period, detail };
  if (assessment.status === "missed") return { code: "target-missed", severity: "critical", period, detail };
  return null;
}

/** Data late by the reporting schedule; `now` is today's date (YYYY-MM-DD, Beijing time). */
export function dataLateAlert(series: readonly PeriodValue[], rule: DueRule, now: string): Alert | null {
  const latest = latestWithValue(series);
  const lateness = dataLateness(latest ? latest.point.period : null, rule, now);
  if (!lateness.late) return null;
  const detail: Record<string, string> = { daysOverdue: String(lateness.daysOverdue) };
  if (lateness.latestPeriod !== null) detail.latestPeriod = lateness.latestPeriod;
  return { code: "data-late", severity: "warning", period: lateness.expectedPeriod, detail };
}

export type AlertInputs = {
  higherIsBetter: boolean;
  /** Level series (for lateness). */
  series?: readonly PeriodValue[];
  due?: DueRule & { now: string };
  /** Growth series, e.g. mergeGrowth() output (official preferred). */
  growth?: readonly PeriodValue[];
  growthDecimals?: number;
  target?: { assessment: TargetAssessment; period: string };
};

/** All alerts that fire for one indicator, most severe first. */
export function evaluateAlerts(input: AlertInputs): Alert[] {
  const alerts: (Alert | null)[] = [
    input.target ? targetAlert(input.target.assessment, input.target.period) : null,
    input.growth ? yoyAlert(input.growth, input.higherIsBetter, input.growthDecimals) : null,
    input.series && input.due ? dataLateAlert(input.series, input.due, input.due.now) : null,
  ];
  const rank = { critical: 0, warning: 1 } as const;
  return alerts.filter((a): a is Alert => a !== null).sort((a, b) => rank[a.severity] - rank[b.severity]);
}
