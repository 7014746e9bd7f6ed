import "server-only";
import * as echarts from "echarts/core";
import { BarChart, HeatmapChart, LineChart, PieChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, VisualMapPiecewiseComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { ByteLru, megabytesFromEnv } from "@/lib/public/byte-lru";
import { compactSvg } from "./compact-svg";
import { CHART_SIZE } from "./theme";
import { buildOption, type ChartSpec } from "./registry";

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  PieChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  VisualMapPiecewiseComponent,
  SVGRenderer,
]);

// Same spec, same SVG: drawing costs ~4 ms of CPU, so keep the recently drawn ones, up to
// CHART_CACHE_MB (default 16) of SVG text and keys: a count of entries would not bound
// memory, a chart of a long series is many times the size of a sparkline (issue 21).
const memo = new ByteLru<string>(megabytesFromEnv("CHART_CACHE_MB", 16));

/** The chart as an SVG string (ECharts SSR), so pages show it with JavaScript off. */
export function renderChartSvg(spec: ChartSpec, size: { width: number; height: number } = CHART_SIZE, narrow = false): string {
  const key = `${size.width}x${size.height}${narrow ? "n" : ""}:${JSON.stringify(spec)}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const svg = drawSvg(spec, size, narrow);
  memo.set(key, svg, svg.length * 2);
  return svg;
}

function drawSvg(spec: ChartSpec, size: { width: number; height: number }, narrow: boolean): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, ...size });
  try {
    chart.setOption(buildOption(spec, { narrow }));
    return compactSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
