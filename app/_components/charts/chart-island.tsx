"use client";
// Wraps a server-rendered SVG chart. After hydration it loads ECharts and lays the
// interactive chart over the SVG; once ECharts reports `finished`, the SVG is hidden and
// the figure carries data-chart-ready="true". With JavaScript off the SVG simply stays.
import dynamic from "next/dynamic";
import { useCallback, useRef, useState, type ReactNode } from "react";
import type { ChartSpec } from "@/lib/charts/registry";

const InteractiveChart = dynamic(() => import("./interactive-chart"), { ssr: false });

type Props = { spec: ChartSpec; height: number; children: ReactNode; onInstance?: (i: unknown) => void };

export function ChartIsland({ spec, height, children, onInstance }: Props) {
  const [ready, setReady] = useState(false);
  const instance = useRef<unknown>(null);
  const onFinished = useCallback(
    (chart: unknown) => {
      instance.current = chart;
      onInstance?.(chart);
      setReady(true);
    },
    [onInstance],
  );
  return (
    <div className="chart-island" data-chart-ready={ready ? "true" : "false"} style={{ minHeight: height }}>
      <div className="chart-svg" aria-hidden={ready}>
        {children}
      </div>
      <div className="chart-canvas">
        <InteractiveChart spec={spec} height={height} onFinished={onFinished} />
      </div>
    </div>
  );
}
