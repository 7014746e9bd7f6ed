// A chart as a figure: server-rendered SVG (works without JavaScript), the interactive
// ECharts layer on top, and the caption. The data table alternative is rendered by the
// caller next to it, since each chart's table differs; a sentence under the caption says what
// the chart shows (range, direction, latest value: lib/charts/summary.ts).
import { renderChartSvg } from "@/lib/charts/render-svg";
import { chartSummary } from "@/lib/charts/summary";
import type { ChartSpec } from "@/lib/charts/registry";
import { CHART_SIZE } from "@/lib/charts/theme";
import { ChartIsland } from "./chart-island";

type Props = { spec: ChartSpec; caption: string; id?: string; height?: number };

export function ChartFigure({ spec, caption, id, height = CHART_SIZE.height }: Props) {
  const svg = renderChartSvg(spec, { width: CHART_SIZE.width, height });
  const summary = chartSummary(spec);
  return (
    <figure className="chart-figure" id={id} data-testid={id}>
      <ChartIsland spec={spec} height={height}>
        <div className="chart-svg-inner" role="img" aria-label={caption} dangerouslySetInnerHTML={{ __html: svg }} />
      </ChartIsland>
      <figcaption>{caption}</figcaption>
      {summary ? <p className="chart-summary note">{summary}</p> : null}
    </figure>
  );
}
