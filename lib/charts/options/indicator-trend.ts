// An indicator over time: its level (bars for one region, lines to compare regions) on the
// left axis and, for one region, its year-on-year growth as a line on the right axis.
// Growth computed by the site (计算值) is drawn with hollow markers. Pure.
import type { EChartsCoreOption } from "echarts/core";
import { escapeHtml } from "../escape";
import { axisUnit, valueAndUnit, type ChartLocale } from "./chart-unit";
import { AXIS_COLOR, FONT_FAMILY, PALETTE, TEXT_COLOR } from "../theme";

export type TrendSeries = { name: string; values: (number | null)[]; displays: string[] };

export type IndicatorTrendData = ChartLocale & {
  title: string;
  unit: string;
  periods: string[]; // axis labels, already localised
  levels: TrendSeries[];
  /** draw one region's level as a line too (rates and growth rates are not amounts to stack up as bars) */
  lines?: boolean;
  growth: (TrendSeries & { unit: string; computed: boolean[] }) | null;
};

const GROWTH_COLOR = PALETTE[1];
// Level series take the palette in order but skip the growth line's colour.
const levelColor = (i: number) => PALETTE[i === 0 ? 0 : (i + 1) % PALETTE.length];

function tooltipFormatter(d: IndicatorTrendData) {
  return (items: { seriesIndex: number; dataIndex: number }[]) => {
    const head = escapeHtml(d.periods[items[0]?.dataIndex ?? 0] ?? "");
    const lines = items.map(({ seriesIndex, dataIndex }) => {
      const isGrowth = seriesIndex >= d.levels.length;
      const s = isGrowth ? d.growth! : d.levels[seriesIndex];
      const unit = isGrowth ? d.growth!.unit : d.unit;
      return `${escapeHtml(s.name)}: ${escapeHtml(valueAndUnit(s.displays[dataIndex] ?? "—", unit, d.locale))}`;
    });
    return [head, ...lines].join("<br/>");
  };
}

export function buildIndicatorTrendOption(d: IndicatorTrendData): EChartsCoreOption {
  const asBars = d.levels.length === 1 && !d.lines;
  const levelSeries = d.levels.map((s, i) => ({
    type: asBars ? "bar" : "line",
    name: s.name,
    data: s.values,
    yAxisIndex: 0,
    barMaxWidth: 32,
    symbolSize: 6,
    connectNulls: false,
    itemStyle: { color: levelColor(i) },
  }));
  const growthSeries = d.growth
    ? [
        {
          type: "line",
          name: d.growth.name,
          yAxisIndex: 1,
          connectNulls: false,
          symbolSize: 7,
          itemStyle: { color: GROWTH_COLOR },
          lineStyle: { width: 2, color: GROWTH_COLOR },
          data: d.growth.values.map((v, i) => ({ value: v, symbol: d.growth!.computed[i] ? "emptyCircle" : "circle" })),
        },
      ]
    : [];
  const valueAxis = (name: string, show = true) => ({
    type: "value",
    name,
    show,
    axisLabel: { color: AXIS_COLOR },
    nameTextStyle: { color: AXIS_COLOR },
    splitLine: { show, lineStyle: { color: "#e5e7eb" } },
  });
  return {
    aria: { enabled: true },
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    title: { text: d.title, left: 0, top: 4, textStyle: { fontSize: 15, color: TEXT_COLOR } }, // ECharts 6 puts titles lower by default
    legend: { top: 32, left: 0, data: [...d.levels.map((s) => s.name), ...(d.growth ? [d.growth.name] : [])] },
    grid: { left: 8, right: 8, top: 76, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis", formatter: tooltipFormatter(d) },
    xAxis: { type: "category", data: d.periods, axisLabel: { color: AXIS_COLOR } },
    yAxis: [valueAxis(axisUnit(d.unit, d.locale)), { ...valueAxis(axisUnit(d.growth?.unit ?? "", d.locale), !!d.growth), splitLine: { show: false } }],
    series: [...levelSeries, ...growthSeries],
  };
}
