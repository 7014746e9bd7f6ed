// Time periods in SDMX form (2025-Q3, 2025-M03, 2024) and the ranges of time filters
// (c[TIME_PERIOD]=ge:2024-Q1+le:2025-Q2, startPeriod/endPeriod), which also accept dates,
// gYearMonth (2025-03) and half-years (2025-S1). Pure.
import { isoDate, mustParsePeriod, periodEnd, periodStart } from "@/lib/period";

/** Our period code → SDMX: 2025Q3 → 2025-Q3, 2025M03 → 2025-M03, 2024 → 2024. */
export function sdmxPeriod(code: string): string {
  return code.length > 4 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

export type Span = { start: string; end: string }; // ISO dates, inclusive

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The calendar span an SDMX time value covers, or null if it is not one we read. */
export function spanOf(value: string): Span | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-?Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    return { start: `${m[1]}-${pad(q * 3 - 2)}-01`, end: `${m[1]}-${pad(q * 3)}-${lastDay(Number(m[1]), q * 3)}` };
  }
  m = /^(\d{4})-S([12])$/.exec(value);
  if (m) return m[2] === "1" ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-?M?(0[1-9]|1[0-2])$/.exec(value);
  if (m && (value.includes("-") || value.includes("M"))) return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${lastDay(Number(m[1]), Number(m[2]))}` };
  m = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(value);
  if (m && Number(m[3]) <= lastDay(Number(m[1]), Number(m[2]))) return { start: value, end: value };
  return null;
}

export function spanOfPeriodCode(code: string): Span {
  const p = mustParsePeriod(code);
  return { start: isoDate(periodStart(p)), end: isoDate(periodEnd(p)) };
}

export type TimeOp = "eq" | "ne" | "ge" | "gt" | "le" | "lt";

/** Whether a period (its span) satisfies `op value`: ge = starts on or after the value starts, le = ends on or before it ends. */
export function timeMatches(period: Span, op: TimeOp, value: Span): boolean {
  switch (op) {
    case "eq":
      return period.start === value.start && period.end === value.end;
    case "ne":
      return !(period.start === value.start && period.end === value.end);
    case "ge":
      return period.start >= value.start;
    case "gt":
      return period.start > value.end;
    case "le":
      return period.end <= value.end;
    case "lt":
      return period.end < value.start;
  }
}
