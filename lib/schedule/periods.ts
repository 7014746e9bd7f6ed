// Which periods the reporting schedule follows and when each is due. Pure, on Beijing
// calendar dates (YYYY-MM-DD); the due-date arithmetic is lib/targets/dates.ts's.
//
// - The *current* period of a frequency is the latest one that has ended by today; the
//   *previous* one is the period before it. On 2025-10-01 the current quarter is 2025Q3.
// - Due date = the period's last day + the indicator's due days (dueDate in dates.ts), so a
//   due day past a month's end simply runs into the next month(s): 2025Q1 + 45 = 2025-05-15.
//   The due day itself is still on time; the day after it, the data is overdue.
// - Year-to-date monthly series (累计, 增速) are published for January and February together
//   (1—2月), so January is never expected on its own; stocks and rates report every month.
// - Chinese public holidays and the make-up working days (调休) are NOT modelled: a due date
//   falling in the Spring Festival or National Day week stays where the arithmetic puts it.
//   The bureau sets the due days with the holidays in mind (e.g. 25 rather than 20 days after
//   Q3, which ends just before National Day).
import { dueDate, parseIsoDate, type DueRule } from "@/lib/targets/dates";
import { dueDaysRule, type MeasureTypeKey } from "@/lib/reference/catalogue-rules";
import { isoDate, periodCode, periodEnd, previousPeriod, type Frequency, type Period } from "@/lib/period";

export type ScheduleIndicator = { frequency: Frequency; measureType: MeasureTypeKey; dueDays: number | null };

export function dueRuleOf(i: ScheduleIndicator): DueRule {
  return {
    frequency: i.frequency,
    // an indicator without its own due days gets the default the starter catalogue used
    dueDays: i.dueDays ?? dueDaysRule(i.frequency),
    janFebCombined: i.frequency === "MONTH" && (i.measureType === "CUMULATIVE" || i.measureType === "GROWTH"),
  };
}

function periodContaining(freq: Frequency, day: string): Period {
  const d = parseIsoDate(day);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  return { freq, year, sub: freq === "MONTH" ? month : freq === "QUARTER" ? Math.ceil(month / 3) : 0 };
}

export type DuePeriod = { period: string; dueDate: string };

/** [current, previous]: the two latest ended periods the rule expects, with their due dates. */
export function reportingPeriods(rule: DueRule, today: string): [DuePeriod, DuePeriod] {
  const skip = (p: Period) => !!rule.janFebCombined && rule.frequency === "MONTH" && p.sub === 1;
  let p = periodContaining(rule.frequency, today);
  while (isoDate(periodEnd(p)) >= today || skip(p)) p = previousPeriod(p);
  let q = previousPeriod(p);
  while (skip(q)) q = previousPeriod(q);
  const due = (x: Period): DuePeriod => ({ period: periodCode(x), dueDate: dueDate(x, rule.dueDays) });
  return [due(p), due(q)];
}
