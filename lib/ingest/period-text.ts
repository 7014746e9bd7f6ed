// Reads a period as staff write it (notes.md §3.3): codes (2025Q3, 2025M09, 2025-03), Chinese
// labels (2025年第三季度, 2025年3月), year-to-date spans (2025年1—9月, 上半年, 前三季度, 全年),
// NBS quarter letters (2025C) and Excel dates. Only reads; period-resolve.ts fits it to an indicator.
import { halfWidth, splitUnit } from "./text-normalize";

export type ParsedPeriod =
  | { kind: "year"; year: number }
  | { kind: "quarter"; year: number; q: number }
  | { kind: "month"; year: number; m: number }
  /** Months from..to of one year; from = 1 is year-to-date. */
  | { kind: "span"; year: number; from: number; to: number }
  | { kind: "date"; year: number; m: number; d: number }
  /** Shaped like a period but impossible (2025Q5, 2025年13月). */
  | { kind: "invalid" };

export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

const NUM_ZH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const num = (s: string): number => NUM_ZH[s] ?? Number(s);

const DASHES = /[‐‑‒–—―━─﹣﹘⁓ー~〜～至到]+/g;
/** 一 typed for a dash ("1一3月", an IME slip): only between digits, or 一季度 would break. */
const YI_DASH = /(?<=\d)一(?=\d)/g;
/** Words after a period that say which value of it is meant, not which period (2025年1-6月累计值). */
const QUALIFIER = /(?<=[月度年])(?:累计值|累计数|累计|期末值|当期值|本期)$/;
const QUALIFIER_WORD = /^(?:累计值|累计数|累计|期末值|当期值|本期)$/;
const NAMED: Record<string, [number, number]> = {
  上半年: [1, 6], 下半年: [7, 12], 前三季度: [1, 9], 前3季度: [1, 9], 全年: [1, 12], 全年累计: [1, 12], 年末: [1, 12], 年底: [1, 12], H1: [1, 6], H2: [7, 12],
};

const RE = {
  year: /^(\d{4})(?:年度?)?$/,
  quarter: /^(\d{4})(?:年)?[-_/]?Q(\d{1,2})$/,
  quarterFirst: /^Q(\d{1,2})[-_/]?(\d{4})$/,
  nbsQuarter: /^(\d{4})([A-D])$/,
  monthCode: /^(\d{4})M(\d{1,2})$/,
  monthDash: /^(\d{4})[-/](\d{1,2})$/,
  date: /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/,
  monthZh: /^(\d{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月份?$/,
  quarterZh: /^(\d{4})年?第?(\d{1,2}|[一二三四五六七八九十])季度?$/,
  spanZh: /^(\d{4})年?(\d{1,2})月?-(\d{1,2})月份?$/,
  quarterSpanZh: /^(\d{4})年?第?([一二三四1-4])(?:季度)?-第?([一二三四1-4])季度$/,
  named: /^(\d{4})(?:年)?(上半年|下半年|前三季度|前3季度|全年累计|全年|年末|年底|H1|H2)$/,
};

function valid(p: ParsedPeriod): ParsedPeriod {
  if (p.kind === "invalid") return p;
  if (p.year < MIN_YEAR || p.year > MAX_YEAR) return { kind: "invalid" };
  if (p.kind === "quarter" && (p.q < 1 || p.q > 4)) return { kind: "invalid" };
  if (p.kind === "month" && (p.m < 1 || p.m > 12)) return { kind: "invalid" };
  if (p.kind === "span" && (p.from < 1 || p.to > 12 || p.from > p.to)) return { kind: "invalid" };
  if (p.kind === "date") {
    if (p.m < 1 || p.m > 12 || p.d < 1 || p.d > new Date(Date.UTC(p.year, p.m, 0)).getUTCDate()) return { kind: "invalid" };
  }
  return p;
}

/** null when the text does not look like a period at all (used to recognise wide headers). */
export function parsePeriodText(raw: string): ParsedPeriod | null {
  // A time of day after a date ("2025-03-31 00:00:00", from Excel) says nothing about the period.
  let s = halfWidth(raw).trim().replace(/(?<=\d)[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?$/, "").replace(/\s+/g, "").toUpperCase().replace(YI_DASH, "-").replace(DASHES, "-");
  if (s.length < 4 || s.length > 40) return null;
  // "末/底" (end of) and "累计" (cumulative) qualify the same period: 2025年6月末, 2025年1-9月累计.
  s = s.replace(/(?<=[月度])(末|底)$/, "").replace(QUALIFIER, "");
  let m: RegExpExecArray | null;
  const y = (g: string) => Number(g);
  if ((m = RE.year.exec(s))) return valid({ kind: "year", year: y(m[1]) });
  if ((m = RE.quarter.exec(s))) return valid({ kind: "quarter", year: y(m[1]), q: Number(m[2]) });
  if ((m = RE.quarterFirst.exec(s))) return valid({ kind: "quarter", year: y(m[2]), q: Number(m[1]) });
  if ((m = RE.nbsQuarter.exec(s))) return valid({ kind: "quarter", year: y(m[1]), q: m[2].charCodeAt(0) - 64 });
  if ((m = RE.monthCode.exec(s))) return valid({ kind: "month", year: y(m[1]), m: Number(m[2]) });
  if ((m = RE.monthDash.exec(s))) return valid({ kind: "month", year: y(m[1]), m: Number(m[2]) });
  if ((m = RE.date.exec(s))) return valid({ kind: "date", year: y(m[1]), m: Number(m[2]), d: Number(m[3]) });
  if ((m = RE.monthZh.exec(s))) return valid({ kind: "month", year: y(m[1]), m: num(m[2]) });
  if ((m = RE.quarterZh.exec(s))) return valid({ kind: "quarter", year: y(m[1]), q: num(m[2]) });
  if ((m = RE.spanZh.exec(s))) {
    const from = Number(m[2]);
    const to = Number(m[3]);
    return valid(from === to ? { kind: "month", year: y(m[1]), m: from } : { kind: "span", year: y(m[1]), from, to });
  }
  if ((m = RE.quarterSpanZh.exec(s))) {
    return valid({ kind: "span", year: y(m[1]), from: num(m[2]) * 3 - 2, to: num(m[3]) * 3 });
  }
  if ((m = RE.named.exec(s))) {
    const [from, to] = NAMED[m[2]];
    return valid({ kind: "span", year: y(m[1]), from, to });
  }
  // Shaped like a period but none of the above (2025年第5季, 2025Q, 2025-13-01 …).
  if (/^\d{4}(年|[-/]?Q|M|[-/]\d)/.test(s) && /季|月|Q|M|[-/]/.test(s)) return { kind: "invalid" };
  return null;
}

/**
 * A wide table's period header, which may end in a unit or a qualifier in brackets:
 * "2025年一季度(亿元)" → the quarter with unit 亿元, "2025年一季度（累计）" → the quarter.
 * null when it is no period; a unit is kept only when the rest reads as one.
 */
export function parsePeriodHeader(raw: string): { period: ParsedPeriod; unit: string | null } | null {
  const [rest, bracketed] = splitUnit(raw);
  if (bracketed) {
    const period = parsePeriodText(rest);
    if (period) return { period, unit: QUALIFIER_WORD.test(bracketed) ? null : bracketed };
  }
  const period = parsePeriodText(raw);
  return period ? { period, unit: null } : null;
}
