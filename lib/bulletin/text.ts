// The bulletin's sentences in the voice of Chinese statistical releases (and plain English):
// "2025年前三季度，全市数字经济核心产业实现增加值583.21亿元，同比增长8.6%，占地区生产总值
// 比重为8.31%，比上年同期提高0.35个百分点。" Growth of 100% or more reads "增长1.1倍" and rate
// changes read in 百分点 (lib/derive/wording). Pure: figures come in already chosen; display
// rounding happens here and nowhere earlier.
import { growthWording, pointChangeWording } from "@/lib/derive/wording";
import { formatNumber, unitAllowsMagnitude } from "@/lib/derive/format";
import { withUnit } from "./units";

export type Lang = "zh" | "en";
export type Figure = { value: string; decimals: number; unit: string };
export type GrowthFigure = { value: string; computed: boolean };
export type PointFigure = { value: string; decimals: number };

const COMPUTED = { zh: "（计算值）", en: " (computed)" } as const;

export function num(f: Figure, lang: Lang): string {
  return formatNumber(f.value, lang, { decimals: f.decimals, magnitude: unitAllowsMagnitude(f.unit) });
}

export function amount(f: Figure, lang: Lang): string {
  return withUnit(num(f, lang), f.unit, lang);
}

/** "同比增长5.2%", "同比下降3.4%", "同比增长1.1倍", "同比持平"; English "up 5.2% year on year". */
export function yoyPhrase(g: GrowthFigure, lang: Lang): string {
  const w = growthWording(g.value, lang, 1);
  return lang === "en" ? `${w} year on year${g.computed ? COMPUTED.en : ""}` : `同比${w}${g.computed ? COMPUTED.zh : ""}`;
}

/** "比上年同期提高0.5个百分点" / "与上年同期持平"; English "up 0.5 pp on a year earlier". */
export function pointPhrase(p: PointFigure, lang: Lang): string {
  const w = pointChangeWording(p.value, lang, p.decimals);
  if (lang === "en") return w === "unchanged" ? "unchanged on a year earlier" : `${w} on a year earlier`;
  return w === "持平" ? "与上年同期持平" : `比上年同期${w}`;
}

export type Headline = {
  periodLabel: string;
  value: Figure | null;
  growth: GrowthFigure | null;
  gdpShare: (PointFigure & { change: PointFigure | null; computed: boolean }) | null;
};

/** The opening paragraph on the core industries; clauses whose figure is missing are left out. */
export function headlineText(h: Headline, lang: Lang): string {
  if (lang === "en") {
    if (!h.value) return `${h.periodLabel}: the value added of the city's digital-economy core industries is not available.`;
    const parts = [`In ${h.periodLabel}, the city's digital-economy core industries produced value added of ${amount(h.value, lang)}`];
    if (h.growth) parts.push(yoyPhrase(h.growth, lang));
    if (h.gdpShare) {
      const share = `${formatNumber(h.gdpShare.value, lang, { decimals: h.gdpShare.decimals })}% of GDP${h.gdpShare.computed ? COMPUTED.en : ""}`;
      parts.push(h.gdpShare.change ? `${share}, ${pointPhrase(h.gdpShare.change, lang)}` : share);
    }
    return `${parts.join(", ")}.`;
  }
  if (!h.value) return `${h.periodLabel}，全市数字经济核心产业增加值数据暂缺。`;
  const parts = [`${h.periodLabel}，全市数字经济核心产业实现增加值${amount(h.value, lang)}`];
  if (h.growth) parts.push(yoyPhrase(h.growth, lang));
  if (h.gdpShare) {
    const share = `占地区生产总值比重为${formatNumber(h.gdpShare.value, lang, { decimals: h.gdpShare.decimals })}%${h.gdpShare.computed ? COMPUTED.zh : ""}`;
    parts.push(share);
    if (h.gdpShare.change) parts.push(pointPhrase(h.gdpShare.change, lang));
  }
  return `${parts.join("，")}。`;
}

export type PartShare = { name: string; value: Figure | null; share: string | null };

/** "分大类看，数字产品制造业增加值X亿元，占核心产业增加值的比重为Y%；…。" */
export function structureText(parts: readonly PartShare[], lang: Lang): string {
  const shown = parts.filter((p) => p.value);
  if (!shown.length) return "";
  const pct = (s: string | null) => (s === null ? null : formatNumber(s, lang, { decimals: 1 }));
  if (lang === "en") {
    const items = shown.map((p) => `${p.name} ${amount(p.value!, lang)}${p.share ? ` (${pct(p.share)}% of the core)` : ""}`);
    return `By industry: ${items.join("; ")}.`;
  }
  // catalogue names already end in 增加值 ("数字产品制造业增加值"); do not say it twice
  const items = shown.map((p) => `${p.name.replace(/增加值$/, "")}增加值${amount(p.value!, lang)}${p.share ? `，占核心产业增加值的比重为${pct(p.share)}%` : ""}`);
  return `分大类看，${items.join("；")}。`;
}

export type IndicatorLine = {
  name: string;
  measureType: "CUMULATIVE" | "PERIOD" | "STOCK" | "RATE" | "GROWTH";
  /** Set when the figure's period differs from the bulletin's ("2024年", "2025年1—9月"). */
  periodLabel: string | null;
  value: Figure | null;
  growth: GrowthFigure | null;
  points: PointFigure | null;
};

/** One indicator as a sentence: level and growth, a rate and its change in 百分点, or a growth rate. */
export function indicatorSentence(l: IndicatorLine, lang: Lang): string {
  const en = lang === "en";
  const lead = l.periodLabel ? (en ? `${l.periodLabel}: ` : `${l.periodLabel}，`) : "";
  if (!l.value) return en ? `${lead}${l.name}: not available.` : `${lead}${l.name}数据暂缺。`;
  if (l.measureType === "GROWTH") {
    // the figure is itself a year-on-year growth rate: "数字经济核心产业固定资产投资同比增长5.2%"
    const subject = en ? l.name.replace(/\s*\(?growth[^)]*\)?\s*$/i, "") : l.name.replace(/(增速|增长率)$/, "");
    return `${lead}${subject}${en ? " " : ""}${yoyPhrase({ value: l.value.value, computed: false }, lang)}${en ? "." : "。"}`;
  }
  const clauses = [en ? `${l.name} ${l.measureType === "RATE" ? "stood at" : "was"} ${amount(l.value, lang)}` : `${l.name}${l.measureType === "RATE" ? "为" : ""}${amount(l.value, lang)}`];
  if (l.points) clauses.push(pointPhrase(l.points, lang));
  else if (l.growth) clauses.push(yoyPhrase(l.growth, lang));
  return `${lead}${clauses.join(en ? ", " : "，")}${en ? "." : "。"}`;
}
