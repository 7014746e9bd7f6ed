// How the dashboard and the bulletin write figures: exact values rounded half up only here
// (lib/derive), 万/亿 for plain counts in Chinese, growth to 0.1 in release wording. Pure.
import { formatNumber, unitAllowsMagnitude } from "@/lib/derive/format";
import { growthWording, pointChangeWording } from "@/lib/derive/wording";
import { mustParsePeriod, periodLabel, type LabelStyle } from "@/lib/period";
import { dec } from "@/lib/derive/decimal";
import { roundDecimal } from "@/lib/derive/rounding";
import type { PaceUnit } from "@/lib/targets";
import type { Growth, MeasureIndicator, PeriodChange } from "./measures";

export type Lang = "zh" | "en";
export const langOf = (locale: string): Lang => (locale === "en" ? "en" : "zh");

/** The colon and the comma between a label and its figures: full-width in Chinese, ASCII and a space in English. */
export const colonOf = (locale: string) => (langOf(locale) === "en" ? ": " : "：");
export const commaOf = (locale: string) => (langOf(locale) === "en" ? ", " : "，");

/** Growth rates are published to one decimal (notes.md §3.3). */
export const GROWTH_DECIMALS = 1;

type Shown = Pick<MeasureIndicator, "decimals" | "unit">;

export function fmtValue(value: string | null, ind: Shown, locale: string): string {
  return formatNumber(value, langOf(locale), { decimals: ind.decimals, magnitude: unitAllowsMagnitude(ind.unit) });
}

/** A plain number to fixed decimals ("—" when missing), e.g. shares and progress. */
export function fmtFixed(value: string | null, decimals: number, locale: string): string {
  return formatNumber(value, langOf(locale), { decimals });
}

/** "增长5.2%", "增长1.1倍", "下降3.4%" or "提高0.5个百分点" (English: "up 5.2%", "up 0.5 pp"). */
export function fmtGrowth(g: Pick<Growth, "value" | "unit">, ind: Shown, locale: string): string {
  return g.unit === "pp" ? pointChangeWording(g.value, langOf(locale), ind.decimals) : growthWording(g.value, langOf(locale), GROWTH_DECIMALS);
}

/** Signed short form for tables: "+5.2", "−3.4". */
export function fmtSigned(value: string | null, decimals: number, locale: string): string {
  const text = fmtFixed(value, decimals, locale);
  return value !== null && !text.startsWith("-") && Number(text.replace(/,/g, "")) !== 0 ? `+${text}` : text;
}

/** A period change in the indicator's unit (or 百分点 for rates). */
export function fmtChange(c: PeriodChange, ind: Shown, locale: string): string {
  return c.kind === "points" ? pointChangeWording(c.value, langOf(locale), ind.decimals) : fmtSigned(c.value, ind.decimals, locale);
}

/**
 * The pace still required for a target: compound growth for a level ("8.7%"); for a rate or
 * growth rate, 百分点 a year ("每年需提高0.6个百分点", "0.6 percentage points a year";
 * "每年需降低…" / "a fall of … a year" for a falling target). One decimal, rounded half up.
 */
export function fmtPace(pace: string, unit: PaceUnit, locale: string): string {
  if (unit === "%") return `${fmtFixed(pace, GROWTH_DECIMALS, locale)}%`;
  const shown = roundDecimal(dec(pace).abs(), GROWTH_DECIMALS);
  const falling = dec(roundDecimal(dec(pace), GROWTH_DECIMALS)).isNegative();
  if (langOf(locale) === "en") return falling ? `a fall of ${shown} percentage points a year` : `${shown} percentage points a year`;
  return falling ? `每年需降低${shown}个百分点` : `每年需提高${shown}个百分点`;
}

/**
 * The wording of a fell-yoy / rose-yoy alert: a rate's change is already in 百分点
 * (lib/dashboard/alerts.ts yoySeries), so "回落0.5个百分点", never "下降0.5%"; anything else is
 * growth in %. One decimal, the precision the alert rule rounds to.
 */
export function yoyAlertWording(change: string, measureType: string, locale: string): string {
  return measureType === "RATE" ? pointChangeWording(change, langOf(locale), GROWTH_DECIMALS) : growthWording(change, langOf(locale), GROWTH_DECIMALS);
}

/** A year-to-date value is labelled by its span (前三季度, 1—9月); anything else by its period. */
export function periodText(period: string, locale: string, measureType?: string): string {
  const style: LabelStyle = measureType === "CUMULATIVE" ? "ytd" : "period";
  return periodLabel(mustParsePeriod(period), locale, style);
}

export function nameOf(x: { nameZh: string; nameEn: string }, locale: string): string {
  return locale === "en" ? x.nameEn : x.nameZh;
}
