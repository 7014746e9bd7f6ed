// A chart as a figure: server-rendered SVG (works without JavaScript), the interactive
// ECharts layer on top, and the caption. The data table alternative is rendered by the
// caller next to it, since each chart's table differs.
import { renderChartSvg } from "@/lib/charts/render-svg";
import type { ChartSpec } from "@/lib/charts/registry";
import { CHART_SIZE } from "@/lib/charts/theme";
import { ChartIsland } from "./chart-island";

type Props = { spec: ChartSpec; caption: string; id?: string; height?: number };

export function ChartFigure({ spec, caption, id, height = CHART_SIZE.height }: Props) {
  const svg = renderChartSvg(spec, { width: CHART_SIZE.width, height });
  return (
    <figure className="chart-figure" id={id} data-testid={id}>
      <ChartIsland spec={spec} height={height}>
        <div className="chart-svg-inner" role="img" aria-label={caption} dangerouslySetInnerHTML={{ __html: svg }} />
      </ChartIsland>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
