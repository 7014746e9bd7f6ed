// Two or more series over the same periods as lines (e.g. a batch against the published
// series, a level against its target). Pure.
import type { EChartsCoreOption } from "echarts/core";
import { escapeHtml } from "../escape";
import { AXIS_COLOR, FONT_FAMILY, PALETTE, TEXT_COLOR } from "../theme";

export type SeriesCompareData = {
  title: string;
  unit: string;
  periods: string[]; // axis labels, already localised
  series: { name: string; values: (number | null)[]; dashed?: boolean }[];
};

export function buildSeriesCompareOption(d: SeriesCompareData): EChartsCoreOption {
  return {
    aria: { enabled: true },
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    title: { text: d.title, left: 0, textStyle: { fontSize: 15, color: TEXT_COLOR } },
    legend: { top: 28, left: 0, data: d.series.map((s) => s.name) },
    grid: { left: 8, right: 24, top: 76, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      formatter: (items: { seriesName: string; value: number | null; dataIndex: number }[]) => {
        const head = escapeHtml(d.periods[items[0]?.dataIndex ?? 0] ?? "");
        const lines = items.map((i) => `${escapeHtml(i.seriesName)}: ${i.value ?? "—"} ${escapeHtml(d.unit)}`);
        return [head, ...lines].join("<br/>");
      },
    },
    xAxis: { type: "category", data: d.periods, axisLabel: { color: AXIS_COLOR } },
    yAxis: { type: "value", name: d.unit, nameGap: 8, nameTextStyle: { align: "right" }, axisLabel: { color: AXIS_COLOR }, splitLine: { lineStyle: { color: "#e5e7eb" } } },
    series: d.series.map((s, i) => ({
      type: "line",
      name: s.name,
      data: s.values,
      connectNulls: false,
      symbolSize: 6,
      itemStyle: { color: PALETTE[i % PALETTE.length] },
      lineStyle: { type: s.dashed ? "dashed" : "solid", width: 2 },
    })),
  };
}
