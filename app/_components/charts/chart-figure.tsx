// A chart as a figure: server-rendered SVG (works without JavaScript), the interactive
// ECharts layer on top, and the caption. The SVG is drawn twice, for a desktop-wide and for a
// phone-wide container (lib/charts/fit-layout.ts), and CSS shows the one that fits, so that a
// phone shows text at its set size without loading ECharts. The data table alternative is
// rendered by the caller next to it, since each chart's table differs; a sentence under the
// caption says what the chart shows (range, direction, latest value: lib/charts/summary.ts).
// The SVGs reach the HTML through ServerMarkup, by key: as ChartIsland's children they were
// written a second time into the page data the browser parses (see server-markup-store.ts).
import { narrowHeight, NARROW_WIDTH } from "@/lib/charts/fit-layout";
import { renderChartSvg } from "@/lib/charts/render-svg";
import { chartSummary } from "@/lib/charts/summary";
import type { ChartSpec } from "@/lib/charts/registry";
import { CHART_SIZE } from "@/lib/charts/theme";
import { putMarkup } from "@/lib/charts/server-markup-store";
import { ChartIsland } from "./chart-island";
import { ServerMarkup } from "./server-markup";

type Props = { spec: ChartSpec; caption: string; id?: string; height?: number; /** for a phone-wide container; by default in proportion */ phoneHeight?: number };

export function ChartFigure({ spec, caption, id, height = CHART_SIZE.height, phoneHeight }: Props) {
  const narrowH = phoneHeight ?? narrowHeight(height);
  const wide = renderChartSvg(spec, { width: CHART_SIZE.width, height });
  const narrow = renderChartSvg(spec, { width: NARROW_WIDTH, height: narrowH }, true);
  const summary = chartSummary(spec);
  return (
    <figure className="chart-figure" id={id} data-testid={id}>
      <ChartIsland spec={spec} height={height} narrowHeight={narrowH}>
        <ServerMarkup className="chart-svg-inner chart-wide" label={caption} markupKey={putMarkup(wide)} />
        <ServerMarkup className="chart-svg-inner chart-narrow" label={caption} markupKey={putMarkup(narrow)} />
      </ChartIsland>
      <figcaption>{caption}</figcaption>
      {summary ? <p className="chart-summary note">{summary}</p> : null}
    </figure>
  );
}
