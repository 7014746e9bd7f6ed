// Units ranked by one value as horizontal bars, largest on top (the caller sorts and ranks).
// Highlighted bars (the regions the reader picked) take the accent colour. Pure.
import type { EChartsCoreOption } from "echarts/core";
import { escapeHtml } from "../escape";
import { axisUnit, valueAndUnit, type ChartLocale } from "./chart-unit";
import { AXIS_COLOR, FONT_FAMILY, PALETTE, TEXT_COLOR } from "../theme";

export type RankedBarData = ChartLocale & {
  title: string;
  unit: string;
  bars: { label: string; value: number | null; display: string; highlight?: boolean }[];
};

// Both keep 3:1 against white (WCAG 1.4.11 for graphics) and differ in hue, not only in lightness.
const BASE = PALETTE[0];
const HIGHLIGHT = PALETTE[1];

export function buildRankedBarOption(d: RankedBarData): EChartsCoreOption {
  return {
    aria: { enabled: true },
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    title: { text: d.title, left: 0, top: 4, textStyle: { fontSize: 15, color: TEXT_COLOR } }, // ECharts 6 puts titles lower by default
    grid: { left: 8, right: 72, top: 40, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "item",
      formatter: (p: { dataIndex: number }) => {
        const bar = d.bars[p.dataIndex];
        return `${escapeHtml(bar.label)}<br/>${escapeHtml(valueAndUnit(bar.display, d.unit, d.locale))}`;
      },
    },
    xAxis: { type: "value", name: axisUnit(d.unit, d.locale), axisLabel: { color: AXIS_COLOR }, splitLine: { lineStyle: { color: "#e5e7eb" } } },
    yAxis: { type: "category", inverse: true, data: d.bars.map((b) => b.label), axisLabel: { color: TEXT_COLOR, fontSize: 12 } },
    series: [
      {
        type: "bar",
        name: d.title,
        barMaxWidth: 18,
        data: d.bars.map((b) => ({ value: b.value, itemStyle: { color: b.highlight ? HIGHLIGHT : BASE } })),
        label: { show: true, position: "right", color: TEXT_COLOR, formatter: (p: { dataIndex: number }) => d.bars[p.dataIndex].display },
      },
    ],
  };
}
