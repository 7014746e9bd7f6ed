// Periods of the monitor: months, quarters and years, with canonical codes that sort
// within a frequency ("2025M09", "2025Q3", "2025"). Pure: no I/O, no Next.

export type Frequency = "MONTH" | "QUARTER" | "YEAR";

export type Period = {
  freq: Frequency;
  year: number;
  /** month 1–12, quarter 1–4, or 0 for a year */
  sub: number;
};

/**
 * A canonical period code. The year has four digits and no leading zero: "0999" would not
 * survive periodCode (999), and Date.UTC reads years 0–99 as 1900–1999. The open API's
 * parameters and the OpenAPI document use this same pattern.
 */
export const PERIOD_CODE = /^([1-9]\d{3})(?:Q([1-4])|M(0[1-9]|1[0-2]))?$/;

export function parsePeriodCode(code: string): Period | null {
  const m = PERIOD_CODE.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { freq: "QUARTER", year, sub: Number(m[2]) };
  if (m[3]) return { freq: "MONTH", year, sub: Number(m[3]) };
  return { freq: "YEAR", year, sub: 0 };
}

export function mustParsePeriod(code: string): Period {
  const p = parsePeriodCode(code);
  if (!p) throw new Error(`not a period code: ${code}`);
  return p;
}

export function periodCode(p: Period): string {
  if (p.freq === "QUARTER") return `${p.year}Q${p.sub}`;
  if (p.freq === "MONTH") return `${p.year}M${String(p.sub).padStart(2, "0")}`;
  return String(p.year);
}

/** Number of sub-periods in a year. */
export function perYear(freq: Frequency): number {
  return freq === "MONTH" ? 12 : freq === "QUARTER" ? 4 : 1;
}

/** Last month (1–12) covered by the period. */
export function endMonth(p: Period): number {
  return p.freq === "MONTH" ? p.sub : p.freq === "QUARTER" ? p.sub * 3 : 12;
}

/** Last day of the period, as a UTC midnight Date (stored as a SQL date). */
export function periodEnd(p: Period): Date {
  return new Date(Date.UTC(p.year, endMonth(p), 0));
}

/** First day of the period (UTC midnight). */
export function periodStart(p: Period): Date {
  const firstMonth = p.freq === "MONTH" ? p.sub : p.freq === "QUARTER" ? p.sub * 3 - 2 : 1;
  return new Date(Date.UTC(p.year, firstMonth - 1, 1));
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function ordinal(p: Period): number {
  return p.year * perYear(p.freq) + Math.max(p.sub, 1) - 1;
}

function fromOrdinal(freq: Frequency, n: number): Period {
  const k = perYear(freq);
  const year = Math.floor(n / k);
  return { freq, year, sub: freq === "YEAR" ? 0 : (n % k) + 1 };
}

export function shiftPeriod(p: Period, by: number): Period {
  return fromOrdinal(p.freq, ordinal(p) + by);
}

export function previousPeriod(p: Period): Period {
  return shiftPeriod(p, -1);
}

/** The same period one year earlier (the base of year-on-year growth). */
export function samePeriodLastYear(p: Period): Period {
  return { ...p, year: p.year - 1 };
}

export function comparePeriods(a: Period, b: Period): number {
  const d = periodEnd(a).getTime() - periodEnd(b).getTime();
  return d !== 0 ? d : perYear(b.freq) - perYear(a.freq);
}

/** Inclusive list of periods from `from` to `to` (same frequency). */
export function periodRange(from: Period, to: Period): Period[] {
  if (from.freq !== to.freq) throw new Error("periodRange: frequencies differ");
  const out: Period[] = [];
  for (let n = ordinal(from); n <= ordinal(to); n++) out.push(fromOrdinal(from.freq, n));
  return out;
}

const QUARTER_ZH = ["", "一", "二", "三", "四"];
const YTD_QUARTER_ZH = ["", "一季度", "上半年", "前三季度", "全年"];
const YTD_QUARTER_EN = ["", "Q1", "H1", "Q1–Q3", "full year"];
const MONTH_EN = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export type LabelStyle = "period" | "ytd";

/**
 * Chinese label as releases write it. With style "ytd" a cumulative value is labelled by
 * the span it covers ("2025年前三季度", "2025年1—9月"); January–February share one release.
 */
export function periodLabelZh(p: Period, style: LabelStyle = "period"): string {
  if (p.freq === "YEAR") return `${p.year}年`;
  if (p.freq === "QUARTER") {
    return style === "ytd" ? `${p.year}年${YTD_QUARTER_ZH[p.sub]}` : `${p.year}年第${QUARTER_ZH[p.sub]}季度`;
  }
  if (style === "ytd") return p.sub === 1 ? `${p.year}年1月` : `${p.year}年1—${p.sub}月`;
  return `${p.year}年${p.sub}月`;
}

export function periodLabelEn(p: Period, style: LabelStyle = "period"): string {
  if (p.freq === "YEAR") return String(p.year);
  if (p.freq === "QUARTER") return style === "ytd" ? `${p.year} ${YTD_QUARTER_EN[p.sub]}` : `${p.year} Q${p.sub}`;
  if (style === "ytd") return p.sub === 1 ? `${p.year} Jan` : `${p.year} Jan–${MONTH_EN[p.sub]}`;
  return `${p.year} ${MONTH_EN[p.sub]}`;
}

export function periodLabel(p: Period, locale: string, style: LabelStyle = "period"): string {
  return locale === "en" ? periodLabelEn(p, style) : periodLabelZh(p, style);
}
