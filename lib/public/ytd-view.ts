// Year-to-date (累计) series drawn as statisticians read them. Joined up across years such a
// series is a sawtooth (全年 460 falling to 一季度 120) that reads as a collapse; instead the
// same span of each year is compared (前三季度 of 2023, 2024 and 2025), either as one point a
// year (the indicator page) or as one line a year over the spans (the bulletin). Pure.
import { mustParsePeriod, periodCode, periodEnd, periodLabel, type Period } from "@/lib/period";
import type { PageMeasure } from "./indicator-params";

/** The periods of the newest period's span in each year, or null when the series is not year-to-date (or annual). */
export function sameSpanPeriods(measureType: string, measure: PageMeasure, periods: readonly string[]): string[] | null {
  const last = periods.at(-1);
  if (measureType !== "CUMULATIVE" || measure !== "level" || !last) return null;
  const { freq, sub } = mustParsePeriod(last);
  if (freq === "YEAR") return null;
  return periods.filter((x) => mustParsePeriod(x).sub === sub);
}

/** A span's name without its year: 前三季度, 1—9月, Q1–Q3. */
export function spanLabel(period: string | Period, locale: string): string {
  const p = typeof period === "string" ? mustParsePeriod(period) : period;
  return periodLabel(p, locale, "ytd").replace(/^\d{4}\s*年?\s*/, "");
}

export type YearLines = { spans: string[]; years: { name: string; values: (number | null)[] }[] };

/** One line a year over the spans of the year (一季度 … 全年), for the years the periods touch. */
export function ytdByYear(periods: readonly string[], values: readonly (number | null)[], locale: string): YearLines {
  const parsed = periods.map((p) => mustParsePeriod(p));
  if (!parsed.length) return { spans: [], years: [] };
  const subs = parsed.map((p) => p.sub);
  // every span from the first to the last one seen, so that a gap stays a gap on the axis
  const allSubs = Array.from({ length: Math.max(...subs) - Math.min(...subs) + 1 }, (_, i) => Math.min(...subs) + i);
  const years = [...new Set(parsed.map((p) => p.year))].sort((a, b) => a - b);
  return {
    spans: allSubs.map((sub) => spanLabel({ ...parsed[0], sub }, locale)),
    years: years.map((year) => ({
      name: locale === "en" ? String(year) : `${year}年`,
      values: allSubs.map((sub) => {
        const i = parsed.findIndex((p) => p.year === year && p.sub === sub);
        return i < 0 ? null : values[i];
      }),
    })),
  };
}

/** The periods of `latest`'s span in each year up to it (the newest `n`): a headline's history read year against year. */
export function spanHistory(periods: readonly string[], latest: string, n: number): string[] {
  const l = mustParsePeriod(latest);
  return periods
    .map((p) => mustParsePeriod(p))
    .filter((p) => p.freq === l.freq && p.sub === l.sub && p.year <= l.year)
    .sort((a, b) => a.year - b.year)
    .slice(-n)
    .map((p) => periodCode(p));
}

/** The quarterly bulletin that carries `period`'s figures: the newest bulletin quarter ending by the period's end (bulletins newest first). */
export function bulletinFor(period: string | undefined, bulletins: readonly string[]): string | null {
  if (!period) return null;
  const end = periodEnd(mustParsePeriod(period)).getTime();
  return bulletins.find((b) => periodEnd(mustParsePeriod(b)).getTime() <= end) ?? null;
}
