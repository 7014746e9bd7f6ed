// The structure of a total over time: each part's share (%) as stacked bars that add up to
// 100 per period. Used for the four core industries (NBS 01–04); the part the page is
// about is drawn in the accent colour, the others in muted tones. Pure.
import type { EChartsCoreOption } from "echarts/core";
import { escapeHtml } from "../escape";
import { AXIS_COLOR, FONT_FAMILY, PALETTE, TEXT_COLOR } from "../theme";

export type ShareStackData = {
  title: string;
  periods: string[];
  parts: { name: string; values: (number | null)[]; displays: string[] }[];
  /** index of the part to emphasise, if any */
  highlight: number | null;
};

const MUTED = ["#64748b", "#94a3b8", "#475569", "#cbd5e1"];

function partColor(i: number, highlight: number | null): string {
  if (highlight === null) return PALETTE[i % PALETTE.length];
  if (i === highlight) return PALETTE[0];
  return MUTED[i % MUTED.length];
}

export function buildShareStackOption(d: ShareStackData): EChartsCoreOption {
  return {
    aria: { enabled: true },
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    title: { text: d.title, left: 0, top: 4, textStyle: { fontSize: 15, color: TEXT_COLOR } }, // ECharts 6 puts titles lower by default
    legend: { top: 32, left: 0, data: d.parts.map((p) => p.name) },
    grid: { left: 8, right: 8, top: 76, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "axis",
      formatter: (items: { seriesIndex: number; dataIndex: number }[]) => {
        const head = escapeHtml(d.periods[items[0]?.dataIndex ?? 0] ?? "");
        const lines = items.map(({ seriesIndex, dataIndex }) => {
          const part = d.parts[seriesIndex];
          const shown = part.values[dataIndex] === null ? "—" : `${escapeHtml(part.displays[dataIndex])}%`;
          return `${escapeHtml(part.name)}: ${shown}`;
        });
        return [head, ...lines].join("<br/>");
      },
    },
    xAxis: { type: "category", data: d.periods, axisLabel: { color: AXIS_COLOR } },
    yAxis: { type: "value", name: "%", max: 100, axisLabel: { color: AXIS_COLOR }, splitLine: { lineStyle: { color: "#e5e7eb" } } },
    series: d.parts.map((p, i) => ({
      type: "bar",
      name: p.name,
      stack: "share",
      barMaxWidth: 40,
      data: p.values,
      itemStyle: { color: partColor(i, d.highlight) },
    })),
  };
}
