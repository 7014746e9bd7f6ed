// Calendar arithmetic for targets and lateness, on ISO dates ("YYYY-MM-DD"). Dates are
// calendar days, not instants: callers pass "now" as today's date in Beijing time, so no
// time zone enters these pure functions (and none of them reads the clock).
import { D, type Dec } from "../derive/decimal";
import {
  isoDate,
  periodCode,
  periodEnd,
  previousPeriod,
  type Frequency,
  type Period,
} from "../period";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse "YYYY-MM-DD" as UTC midnight; throws on malformed or impossible dates (2025-02-30). */
export function parseIsoDate(text: string): Date {
  const m = ISO_DATE.exec(text);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || isoDate(d) !== text) throw new Error(`not a date (YYYY-MM-DD): ${text}`);
  return d;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Months from one date to another, fractional: whole months plus the difference of the
 * day-of-month as a share of its month. Month ends count as whole months, so period ends
 * and year-end deadlines give exact figures (2024-12-31 → 2025-06-30 = 6), which a
 * days/365.25 count would not.
 */
export function monthsBetween(from: string, to: string): Dec {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const whole = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  const frac = (d: Date) => new D(d.getUTCDate()).div(daysInMonth(d.getUTCFullYear(), d.getUTCMonth() + 1));
  return new D(whole).plus(frac(b)).minus(frac(a));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseIsoDate(to).getTime() - parseIsoDate(from).getTime()) / 86_400_000);
}

export function addDays(date: string, days: number): string {
  return isoDate(new Date(parseIsoDate(date).getTime() + days * 86_400_000));
}

/** Date by which a period's data is due: its last day plus `dueDays`. */
export function dueDate(p: Period, dueDays: number): string {
  return addDays(isoDate(periodEnd(p)), dueDays);
}

export type DueRule = {
  frequency: Frequency;
  /** Days after the period's end by which the value is due (Indicator.dueDays). */
  dueDays: number;
  /** Monthly data: January comes with February, so M01 is never expected on its own. */
  janFebCombined?: boolean;
};

function periodContaining(freq: Frequency, date: Date): Period {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  if (freq === "MONTH") return { freq, year, sub: month };
  if (freq === "QUARTER") return { freq, year, sub: Math.ceil(month / 3) };
  return { freq, year, sub: 0 };
}

/**
 * The newest period whose data should have arrived by `now`: its due date lies strictly
 * before `now` (the due day itself is still on time).
 */
export function expectedLatestPeriod(rule: DueRule, now: string): Period {
  if (!Number.isInteger(rule.dueDays) || rule.dueDays < 0) throw new Error("dueDays must be a non-negative integer");
  const skipJanuary = rule.frequency === "MONTH" && (rule.janFebCombined ?? true);
  let p = periodContaining(rule.frequency, parseIsoDate(now));
  while (dueDate(p, rule.dueDays) >= now || (skipJanuary && p.sub === 1)) p = previousPeriod(p);
  return p;
}

export function expectedLatestPeriodCode(rule: DueRule, now: string): string {
  return periodCode(expectedLatestPeriod(rule, now));
}
