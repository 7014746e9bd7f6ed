// A KPI card's sparkline: one small line without axes, the last point marked, and the
// target when there is one: a dashed line, or, for values that build up over the year, a mark
// at the points it applies to (an annual target across Q1–Q3 year-to-date values would make
// every part-year point look far short of it). Pure.
import type { EChartsCoreOption } from "echarts/core";
import { escapeHtml } from "../escape";
import { PALETTE } from "../theme";

export type SparklineData = {
  /** Axis labels, already localised (shown in the tooltip only). */
  periods: string[];
  values: (number | null)[];
  unit: string;
  /** `at`: the target only at these points (null elsewhere) instead of a line across the chart */
  target?: { value: number; label: string; at?: (number | null)[] } | null;
};

export function buildSparklineOption(d: SparklineData): EChartsCoreOption {
  const numbers = d.values.filter((v): v is number => v !== null);
  const marks = d.target?.at;
  const drawn = d.target && (!marks || marks.some((v) => v !== null));
  const extent = drawn ? [...numbers, d.target!.value] : numbers;
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
        markLine: d.target && !marks
          ? { symbol: "none", silent: true, label: { show: false }, lineStyle: { color: PALETTE[1], type: "dashed", width: 1.5 }, data: [{ yAxis: d.target.value, name: d.target.label }] }
          : undefined,
      },
      ...(d.target && marks
        ? [
            {
              type: "line",
              name: d.target.label,
              data: marks,
              symbol: "diamond",
              symbolSize: 8,
              showSymbol: true,
              connectNulls: false,
              lineStyle: { width: 0 },
              itemStyle: { color: PALETTE[1] },
            },
          ]
        : []),
    ],
  };
}
