// A chart as a figure: server-rendered SVG (works without JavaScript), the interactive
// ECharts layer on top, and the caption. The SVG is drawn twice, for a desktop-wide and for a
// phone-wide container (lib/charts/fit-layout.ts), and CSS shows the one that fits, so that a
// phone shows text at its set size without loading ECharts. The data table alternative is
// rendered by the caller next to it, since each chart's table differs; a sentence under the
// caption says what the chart shows (range, direction, latest value: lib/charts/summary.ts).
import { narrowHeight, NARROW_WIDTH } from "@/lib/charts/fit-layout";
import { renderChartSvg } from "@/lib/charts/render-svg";
import { chartSummary } from "@/lib/charts/summary";
import type { ChartSpec } from "@/lib/charts/registry";
import { CHART_SIZE } from "@/lib/charts/theme";
import { ChartIsland } from "./chart-island";

type Props = { spec: ChartSpec; caption: string; id?: string; height?: number; /** for a phone-wide container; by default in proportion */ phoneHeight?: number };

export function ChartFigure({ spec, caption, id, height = CHART_SIZE.height, phoneHeight }: Props) {
  const narrowH = phoneHeight ?? narrowHeight(height);
  const wide = renderChartSvg(spec, { width: CHART_SIZE.width, height });
  const narrow = renderChartSvg(spec, { width: NARROW_WIDTH, height: narrowH }, true);
  const summary = chartSummary(spec);
  return (
    <figure className="chart-figure" id={id} data-testid={id}>
      <ChartIsland spec={spec} height={height} narrowHeight={narrowH}>
        <div className="chart-svg-inner chart-wide" role="img" aria-label={caption} dangerouslySetInnerHTML={{ __html: wide }} />
        <div className="chart-svg-inner chart-narrow" role="img" aria-label={caption} dangerouslySetInnerHTML={{ __html: narrow }} />
      </ChartIsland>
      <figcaption>{caption}</figcaption>
      {summary ? <p className="chart-summary note">{summary}</p> : null}
    </figure>
  );
}
