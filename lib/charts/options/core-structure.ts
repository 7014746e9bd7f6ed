// The four core industries (NBS 01–04) of one period as a bar chart. Pure.
import type { EChartsCoreOption } from "echarts/core";
import { escapeHtml } from "../escape";
import { axisUnit, valueAndUnit, type ChartLocale } from "./chart-unit";
import { AXIS_COLOR, FONT_FAMILY, PALETTE, TEXT_COLOR } from "../theme";

export type CoreStructureData = ChartLocale & {
  title: string;
  unit: string;
  parts: { label: string; value: number | null; display: string; share: string | null }[];
};

export function buildCoreStructureOption(d: CoreStructureData): EChartsCoreOption {
  return {
    aria: { enabled: true },
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR },
    title: { text: d.title, left: 0, textStyle: { fontSize: 15, color: TEXT_COLOR } },
    grid: { left: 8, right: 96, top: 44, bottom: 8, containLabel: true },
    tooltip: {
      trigger: "item",
      formatter: (p: { dataIndex: number }) => {
        const part = d.parts[p.dataIndex];
        const share = part.share ? ` (${escapeHtml(part.share)}%)` : "";
        return `${escapeHtml(part.label)}<br/>${escapeHtml(valueAndUnit(part.display, d.unit, d.locale))}${share}`;
      },
    },
    xAxis: { type: "value", name: axisUnit(d.unit, d.locale), axisLabel: { color: AXIS_COLOR }, splitLine: { lineStyle: { color: "#e5e7eb" } } },
    yAxis: {
      type: "category",
      inverse: true,
      data: d.parts.map((p) => p.label),
      axisLabel: { color: TEXT_COLOR, fontSize: 13 },
    },
    series: [
      {
        type: "bar",
        name: d.title,
        barMaxWidth: 36,
        data: d.parts.map((p, i) => ({ value: p.value, itemStyle: { color: PALETTE[i % PALETTE.length] } })),
        label: {
          show: true,
          position: "right",
          color: TEXT_COLOR,
          formatter: (p: { dataIndex: number }) => {
            const part = d.parts[p.dataIndex];
            return part.share ? `${part.display}（${part.share}%）` : part.display;
          },
        },
      },
    ],
  };
}
