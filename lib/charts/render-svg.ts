import "server-only";
import * as echarts from "echarts/core";
import { BarChart, HeatmapChart, LineChart, PieChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, VisualMapPiecewiseComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
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

// Same spec, same SVG: drawing costs ~4 ms of CPU, so keep the last few hundred.
const memo = new Map<string, string>();
const MEMO_MAX = 300;

/** The chart as an SVG string (ECharts SSR), so pages show it with JavaScript off. */
export function renderChartSvg(spec: ChartSpec, size: { width: number; height: number } = CHART_SIZE, narrow = false): string {
  const key = `${size.width}x${size.height}${narrow ? "n" : ""}:${JSON.stringify(spec)}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const svg = drawSvg(spec, size, narrow);
  memo.set(key, svg);
  if (memo.size > MEMO_MAX) memo.delete(memo.keys().next().value!);
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
