"use client";
// The interactive layer of a dashboard chart with its two exports: the chart as PNG (drawn by
// ECharts in the browser, getDataURL) and its data as XLSX (a staff route, same figures as
// the table beside it). PNG waits for the chart's `finished` event.
import type { EChartsType } from "echarts/core";
import { useCallback, useRef, useState } from "react";
import { ChartIsland } from "@/app/_components/charts/chart-island";
import type { ChartSpec } from "@/lib/charts/registry";

type Props = { spec: ChartSpec; svg: string; caption: string; height: number; fileName: string; xlsxHref: string; labels: { png: string; xlsx: string } };

export function ExportChartIsland({ spec, svg, caption, height, fileName, xlsxHref, labels }: Props) {
  const chart = useRef<EChartsType | null>(null);
  const [ready, setReady] = useState(false);
  const onInstance = useCallback((instance: unknown) => {
    chart.current = instance as EChartsType;
    setReady(true);
  }, []);
  const downloadPng = () => {
    const url = chart.current?.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#ffffff" });
    if (!url) return;
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    a.click();
  };
  return (
    <>
      <ChartIsland spec={spec} height={height} onInstance={onInstance}>
        <div className="chart-svg-inner" role="img" aria-label={caption} dangerouslySetInnerHTML={{ __html: svg }} />
      </ChartIsland>
      <p className="dash-chart-actions no-print">
        <button type="button" className="secondary" onClick={downloadPng} disabled={!ready} data-testid="export-png">
          {labels.png}
        </button>
        <a className="button secondary" href={xlsxHref} data-testid="export-xlsx">
          {labels.xlsx}
        </a>
      </p>
    </>
  );
}
