// Whether an indicator's data is late: the newest period on file is older than the newest
// period that the reporting schedule (due N days after the period ends) says should be in.
import { comparePeriods, mustParsePeriod, periodCode, shiftPeriod, type Period } from "../period";
import { daysBetween, dueDate, expectedLatestPeriod, type DueRule } from "./dates";

export type Lateness = {
  late: boolean;
  expectedPeriod: string;
  latestPeriod: string | null;
  /** Days since the first missing period fell due; 0 when not late. */
  daysOverdue: number;
};

function nextExpected(p: Period, rule: DueRule): Period {
  const next = shiftPeriod(p, 1);
  const skipJanuary = rule.frequency === "MONTH" && (rule.janFebCombined ?? true) && next.sub === 1;
  return skipJanuary ? shiftPeriod(next, 1) : next;
}

/** `latestPeriod` is the newest period with a value (null when there is none); `now` is YYYY-MM-DD. */
export function dataLateness(latestPeriod: string | null, rule: DueRule, now: string): Lateness {
  const expected = expectedLatestPeriod(rule, now);
  const latest = latestPeriod === null ? null : mustParsePeriod(latestPeriod);
  if (latest && latest.freq !== rule.frequency) {
    throw new Error(`period ${latestPeriod} does not match frequency ${rule.frequency}`);
  }
  const base = { expectedPeriod: periodCode(expected), latestPeriod };
  if (latest && comparePeriods(latest, expected) >= 0) return { ...base, late: false, daysOverdue: 0 };
  const firstMissing = latest ? nextExpected(latest, rule) : expected;
  return { ...base, late: true, daysOverdue: daysBetween(dueDate(firstMissing, rule.dueDays), now) };
}
