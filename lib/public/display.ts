// How the public pages write numbers and periods: exact values rounded half up only here, to
// the indicator's decimals, with 万/亿 in Chinese for plain counts (lib/derive/format.ts). Pure.
import { unitText, withUnit } from "@/lib/bulletin/units";
import { formatNumber, roundingRuleText, unitAllowsMagnitude } from "@/lib/derive";
import { mustParsePeriod, periodLabel, type LabelStyle } from "@/lib/period";
import type { GrowthKind } from "./derived-series";
import type { PageMeasure } from "./indicator-params";

export type Lang = "zh" | "en";
export const lang = (locale: string): Lang => (locale === "en" ? "en" : "zh");

/** A catalogue name in the reader's language (English names may be missing: then the Chinese one). */
export function localName(x: { nameZh: string; nameEn: string | null }, locale: string): string {
  return locale === "en" && x.nameEn ? x.nameEn : x.nameZh;
}

/** Growth rates are published to 0.1 (notes.md §3.3). */
export const GROWTH_DECIMALS = 1;

type Shown = { decimals: number; unit: string };

export function displayValue(value: string | null, ind: Shown, locale: string): string {
  return formatNumber(value, lang(locale), { decimals: ind.decimals, magnitude: unitAllowsMagnitude(ind.unit) });
}

/** Percent growth to 0.1; a change of a rate in percentage points to the rate's own decimals. */
export function displayGrowth(value: string | null, kind: GrowthKind, ind: Shown, locale: string): string {
  return formatNumber(value, lang(locale), { decimals: kind === "points" ? ind.decimals : GROWTH_DECIMALS });
}

/**
 * A year-to-date level, and the growth rate of one (累计增长), is labelled by the span it covers
 * (前三季度, 1—9月); anything else by its period.
 */
export function labelStyle(measureType: string, measure: PageMeasure, growthOfMeasureType?: string): LabelStyle {
  const ytd = measureType === "CUMULATIVE" || (measureType === "GROWTH" && growthOfMeasureType === "CUMULATIVE");
  return ytd && measure === "level" ? "ytd" : "period";
}

export function periodText(period: string, locale: string, style: LabelStyle = "period"): string {
  return periodLabel(mustParsePeriod(period), locale, style);
}

/** English labels are written to sit inside sentences ("year to date"); a column heading starts with a capital. */
export function headingCase(s: string, locale: string): string {
  return locale === "en" && s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** The rounding rule under every table, and the 万/亿 note where counts are rescaled. */
export function roundingNote(ind: Shown, locale: string, growth: GrowthKind | null): string {
  const l = lang(locale);
  const parts = [roundingRuleText(ind.decimals, l)];
  if (growth === "percent") parts.push(l === "en" ? "growth rates to 1 decimal place" : "增速保留1位小数");
  if (l === "zh" && unitAllowsMagnitude(ind.unit)) parts.push("万以上数值以万、亿为单位保留2位小数");
  return parts.join(l === "en" ? "; " : "；") + (l === "en" ? "." : "。");
}

/**
 * The unit in the reader's language (the bulletin's English forms, lib/bulletin/units.ts);
 * Chinese pages keep the catalogue's unit. English drops a bare count's unit (个, 件) after a
 * number, but a heading such as "Value ({unit})" still needs a word.
 */
export function displayUnit(unit: string, locale: string): string {
  if (lang(locale) === "zh") return unit;
  return unitText(unit, "en") || "number";
}

/** A displayed value with its unit: "583.21 亿元" as before in Chinese, "583.21 (100 million yuan)" in English. */
export function valueWithUnit(display: string, unit: string, locale: string): string {
  return lang(locale) === "zh" ? `${display} ${unit}` : withUnit(display, unit, "en");
}

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

/**
 * lang="zh-CN" for catalogue text that exists only in Chinese (definitions, method notes) when
 * it appears on an English page, so that screen readers switch voice (WCAG 3.1.2). Notes mixing
 * both count as Chinese when Han characters outnumber Latin letters.
 */
export function chineseTextLang(text: string, locale: string): "zh-CN" | undefined {
  if (lang(locale) === "zh") return undefined; // the page itself is zh-CN
  const han = text.match(HAN)?.length ?? 0;
  return han > 0 && han >= (text.match(LATIN)?.length ?? 0) ? "zh-CN" : undefined;
}
