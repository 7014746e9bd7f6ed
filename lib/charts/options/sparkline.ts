// A KPI card's sparkline: one small line without axes, the last point marked, and the
// target as a dashed line when there is one. Pure.
import type { EChartsCoreOption } from "echarts/core";
import { escapeHtml } from "../escape";
import { PALETTE } from "../theme";

export type SparklineData = {
  /** Axis labels, already localised (shown in the tooltip only). */
  periods: string[];
  values: (number | null)[];
  unit: string;
  target?: { value: number; label: string } | null;
};

export function buildSparklineOption(d: SparklineData): EChartsCoreOption {
  const numbers = d.values.filter((v): v is number => v !== null);
  const extent = d.target ? [...numbers, d.target.value] : numbers;
  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 4, right: 4, top: 8, bottom: 4 },
    tooltip: {
      trigger: "axis",
      formatter: (items: { dataIndex: number; value: number | null }[]) =>
        `${escapeHtml(d.periods[items[0]?.dataIndex ?? 0] ?? "")}: ${items[0]?.value ?? "—"} ${escapeHtml(d.unit)}`,
    },
    xAxis: { type: "category", show: false, data: d.periods, boundaryGap: false },
    yAxis: { type: "value", show: false, scale: true, min: extent.length ? Math.min(...extent) : undefined, max: extent.length ? Math.max(...extent) : undefined },
    series: [
      {
        type: "line",
        data: d.values,
        showSymbol: false,
        connectNulls: false,
        lineStyle: { width: 2, color: PALETTE[0] },
        itemStyle: { color: PALETTE[0] },
        areaStyle: { color: "rgba(31, 95, 168, 0.08)" },
        markLine: d.target
          ? { symbol: "none", silent: true, label: { show: false }, lineStyle: { color: PALETTE[1], type: "dashed", width: 1.5 }, data: [{ yAxis: d.target.value, name: d.target.label }] }
          : undefined,
      },
    ],
  };
}
