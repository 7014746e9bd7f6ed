// Fits a parsed period to an indicator's frequency and measure type.
//
// Rules (documented for staff):
// - Codes and single-period labels must match the frequency: 2025Q3 and 2025年第三季度 for a
//   quarterly indicator, 2025M09 / 2025年9月 for a monthly one, 2025 / 2025年 for a yearly one.
// - A year-to-date span (1—N月, 上半年, 前三季度, 全年) names the period it ends in: 1—9月 is
//   2025Q3 for a quarterly indicator and 2025M09 for a monthly one; 全年 (1—12月) is 2025Q4,
//   2025M12 or 2025. That holds for cumulative, stock, rate and growth indicators, whose
//   value at the end of the span is the period's value.
// - An in-period (当期) indicator only takes a span that is exactly one of its periods
//   (4—6月 = 2025Q2): a nine-month total is not a quarter's value.
// - A bare year (2025年) on a quarterly or monthly indicator is refused, not guessed: it is
//   usually an annual series. Write 2025年全年 or 2025Q4 for the year-end value.
// - An Excel date names the month it falls in (Excel turns "2025-03" into 2025-03-01); for a
//   quarterly or yearly indicator it must be the last day of a quarter or of the year.
import { periodCode, periodEnd, type Period } from "@/lib/period";
import type { ParsedPeriod } from "./period-text";
import type { IngestIndicator } from "./types";

export type ResolvedPeriod =
  | { ok: true; code: string; end: string; period: Period }
  | { ok: false; code: "INVALID_PERIOD" }
  | { ok: false; code: "FREQUENCY_MISMATCH"; hint: "span" | "year" | "period" | null; expected: string };

function ok(period: Period): ResolvedPeriod {
  return { ok: true, code: periodCode(period), end: periodEnd(period).toISOString().slice(0, 10), period };
}

function mismatch(ind: IngestIndicator, year: number, hint: "span" | "year" | "period" | null = null): ResolvedPeriod {
  const expected =
    ind.frequency === "QUARTER" ? `${year}Q1–${year}Q4` : ind.frequency === "MONTH" ? `${year}M01–${year}M12` : `${year}`;
  return { ok: false, code: "FREQUENCY_MISMATCH", hint, expected };
}

/** The period ending in month `to` of `year`, if the frequency has one there. */
function endingIn(ind: IngestIndicator, year: number, to: number): Period | null {
  if (ind.frequency === "MONTH") return { freq: "MONTH", year, sub: to };
  if (ind.frequency === "QUARTER") return to % 3 === 0 ? { freq: "QUARTER", year, sub: to / 3 } : null;
  return to === 12 ? { freq: "YEAR", year, sub: 0 } : null;
}

export function resolvePeriod(p: ParsedPeriod, ind: IngestIndicator): ResolvedPeriod {
  const f = ind.frequency;
  switch (p.kind) {
    case "invalid":
      return { ok: false, code: "INVALID_PERIOD" };
    case "year":
      return f === "YEAR" ? ok({ freq: "YEAR", year: p.year, sub: 0 }) : mismatch(ind, p.year, "year");
    case "quarter":
      return f === "QUARTER" ? ok({ freq: "QUARTER", year: p.year, sub: p.q }) : mismatch(ind, p.year);
    case "month":
      return f === "MONTH" ? ok({ freq: "MONTH", year: p.year, sub: p.m }) : mismatch(ind, p.year);
    case "date": {
      if (f === "MONTH") return ok({ freq: "MONTH", year: p.year, sub: p.m });
      const last = p.d === new Date(Date.UTC(p.year, p.m, 0)).getUTCDate();
      const end = last ? endingIn(ind, p.year, p.m) : null;
      return end ? ok(end) : mismatch(ind, p.year);
    }
    case "span": {
      const end = endingIn(ind, p.year, p.to);
      if (ind.measureType === "PERIOD") {
        const len = f === "MONTH" ? 1 : f === "QUARTER" ? 3 : 12;
        return end && p.to - p.from + 1 === len ? ok(end) : mismatch(ind, p.year, "period");
      }
      if (p.from !== 1) return mismatch(ind, p.year, "span");
      return end ? ok(end) : mismatch(ind, p.year);
    }
  }
}
