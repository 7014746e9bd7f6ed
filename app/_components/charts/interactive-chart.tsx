"use client";
// The interactive layer over a server-rendered SVG chart: ECharts (tree-shaken, canvas)
// built from the same pure option builder. Loaded after first paint (see chart-island.tsx).
import ReactEChartsCore from "echarts-for-react/lib/core";
import type { EChartsType } from "echarts/core";
import { useCallback, useMemo } from "react";
import { echarts } from "@/lib/charts/echarts-client";
import { buildOption, type ChartSpec } from "@/lib/charts/registry";

export type InteractiveChartProps = {
  spec: ChartSpec;
  height: number;
  narrow?: boolean;
  onFinished: (instance: EChartsType) => void;
};

export default function InteractiveChart({ spec, height, narrow = false, onFinished }: InteractiveChartProps) {
  const option = useMemo(() => buildOption(spec, { narrow }), [spec, narrow]);
  // echarts-for-react sets the option before it binds onEvents, so the first `finished`
  // (animation is off) is emitted before anyone listens. Listen here, then ask for one more
  // render pass: `finished` is the real "drawn" signal tests wait on, never a sleep.
  const onChartReady = useCallback(
    (chart: EChartsType) => {
      chart.on("finished", () => onFinished(chart));
      chart.resize();
    },
    [onFinished],
  );
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      lazyUpdate={false}
      onChartReady={onChartReady}
      style={{ height, width: "100%" }}
      opts={{ renderer: "canvas" }}
    />
  );
}
