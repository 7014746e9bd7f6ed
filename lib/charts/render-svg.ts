import "server-only";
import * as echarts from "echarts/core";
import { BarChart, LineChart, PieChart } from "echarts/charts";
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { CHART_SIZE } from "./theme";
import { buildOption, type ChartSpec } from "./registry";

echarts.use([BarChart, LineChart, PieChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, SVGRenderer]);

/** The chart as an SVG string (ECharts SSR), so pages show it with JavaScript off. */
export function renderChartSvg(spec: ChartSpec, size: { width: number; height: number } = CHART_SIZE): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, ...size });
  try {
    chart.setOption(buildOption(spec));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
