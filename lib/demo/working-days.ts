// Working days in Shenyang for the demo's calendar (lib/demo/demo-calendar.ts): weekends and
// the long public holidays are not working days, so no demo batch is reviewed and no demo
// release is published on them.
import { isoDate } from "@/lib/period";

/** Lunar new year's day (初一); the Spring Festival holiday runs from two days before to six after. */
const LUNAR_NEW_YEAR: Record<number, string> = {
  2021: "02-12", 2022: "02-01", 2023: "01-22", 2024: "02-10", 2025: "01-29", 2026: "02-17", 2027: "02-06", 2028: "01-26",
  2029: "02-13", 2030: "02-03", 2031: "01-23", 2032: "02-11", 2033: "01-31", 2034: "02-19", 2035: "02-08",
};

export const addDays = (iso: string, n: number) => isoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400_000));
const span = (from: string, days: number) => Array.from({ length: days }, (_, i) => addDays(from, i));

/**
 * Public holidays: New Year's Day, the Spring Festival week, Qingming, Labour Day and the
 * National Day week. Make-up working days (调休) and the shorter festivals are left out: the
 * calendar only needs to keep releases off the long breaks.
 */
function holidaysOf(year: number): Set<string> {
  const lny = LUNAR_NEW_YEAR[year];
  return new Set([
    `${year}-01-01`,
    ...(lny ? span(addDays(`${year}-${lny}`, -2), 9) : []),
    ...span(`${year}-04-04`, 3),
    ...span(`${year}-05-01`, 5),
    ...span(`${year}-10-01`, 7),
  ]);
}

const holidayCache = new Map<number, Set<string>>();

export function isWorkingDay(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  if (!holidayCache.has(year)) holidayCache.set(year, holidaysOf(year));
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidayCache.get(year)!.has(iso);
}

/** The first working day after `iso`. */
export function nextWorkingDay(iso: string): string {
  let d = addDays(iso, 1);
  while (!isWorkingDay(d)) d = addDays(d, 1);
  return d;
}
