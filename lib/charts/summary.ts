// The sentence that says what a chart shows, for those who cannot see it: the range it covers,
// the direction of each series and its latest value (trends), or the highest and lowest bar
// (rankings). Shown under the chart, next to its data table. Pure; null for charts whose
// caption and table already say all there is (structures, maps).
import type { ChartSpec } from "./registry";
import type { IndicatorTrendData, TrendSeries } from "./options/indicator-trend";
import type { RankedBarData } from "./options/ranked-bar";
import { valueAndUnit } from "./options/chart-unit";

type Point = { i: number; value: number; display: string };

function ends(s: TrendSeries): [Point, Point] | null {
  const pts = s.values.flatMap((v, i) => (v === null || !Number.isFinite(v) ? [] : [{ i, value: v, display: s.displays[i] ?? String(v) }]));
  return pts.length ? [pts[0], pts.at(-1)!] : null;
}

function direction(a: number, b: number, en: boolean): string {
  if (b > a) return en ? "up" : "上升";
  if (b < a) return en ? "down" : "下降";
  return en ? "unchanged" : "持平";
}

function trendSummary(d: IndicatorTrendData): string | null {
  const en = d.locale === "en";
  const parts: string[] = [];
  for (const s of d.levels.slice(0, 5)) {
    const e = ends(s);
    if (!e) continue;
    const [first, last] = e;
    const v = (p: Point) => valueAndUnit(p.display, d.unit, d.locale);
    parts.push(
      first.i === last.i
        ? en
          ? `${s.name}: ${v(last)} in ${d.periods[last.i]}`
          : `${s.name}：${d.periods[last.i]}为${v(last)}`
        : en
          ? `${s.name}: from ${v(first)} in ${d.periods[first.i]} to ${v(last)} in ${d.periods[last.i]} (${direction(first.value, last.value, en)}); latest ${v(last)}`
          : `${s.name}：由${d.periods[first.i]}的${v(first)}到${d.periods[last.i]}的${v(last)}，${direction(first.value, last.value, en)}；最新为${v(last)}`,
    );
  }
  const g = d.growth ? ends(d.growth) : null;
  if (d.growth && g) {
    const last = g[1];
    const text = valueAndUnit(last.display, d.growth.unit, d.locale);
    parts.push(en ? `${d.growth.name} in ${d.periods[last.i]}: ${text}` : `${d.periods[last.i]}${d.growth.name}${text}`);
  }
  if (!parts.length) return null;
  return en ? `${parts.join(". ")}.` : `${parts.join("。")}。`;
}

function rankingSummary(d: RankedBarData): string | null {
  const bars = d.bars.filter((b) => b.value !== null && Number.isFinite(b.value));
  if (!bars.length) return null;
  const sorted = [...bars].sort((a, b) => b.value! - a.value!);
  const [hi, lo] = [sorted[0], sorted.at(-1)!];
  const v = (display: string) => valueAndUnit(display, d.unit, d.locale);
  if (d.locale === "en") return `Highest: ${hi.label}, ${v(hi.display)}; lowest: ${lo.label}, ${v(lo.display)} (${bars.length} shown).`;
  return `最高为${hi.label}，${v(hi.display)}；最低为${lo.label}，${v(lo.display)}（共 ${bars.length} 项）。`;
}

export function chartSummary(spec: ChartSpec): string | null {
  if (spec.kind === "indicatorTrend") return trendSummary(spec.data);
  if (spec.kind === "rankedBar") return rankingSummary(spec.data);
  return null;
}
