// A dashboard chart: server-rendered SVG with the interactive ECharts over it (as ChartFigure),
// plus PNG and XLSX downloads. The caller renders the data table beside it.
import { getTranslations } from "next-intl/server";
import type { ChartId } from "@/lib/dashboard/chart-tables";
import { renderChartSvg } from "@/lib/charts/render-svg";
import type { ChartSpec } from "@/lib/charts/registry";
import { CHART_SIZE } from "@/lib/charts/theme";
import { ExportChartIsland } from "./export-chart-island";

type Props = { id: ChartId; spec: ChartSpec | null; caption: string; exportQuery: string; height?: number };

export async function ExportChart({ id, spec, caption, exportQuery, height = CHART_SIZE.height }: Props) {
  if (!spec) return null;
  const t = await getTranslations("dashboard");
  const svg = renderChartSvg(spec, { width: CHART_SIZE.width, height });
  return (
    <figure className="chart-figure dash-chart" id={`chart-${id}`} data-testid={`chart-${id}`}>
      <ExportChartIsland
        spec={spec}
        svg={svg}
        caption={caption}
        height={height}
        fileName={`${id}.png`}
        xlsxHref={`/api/v1/dashboard/export?chart=${id}&${exportQuery}`}
        labels={{ png: t("png"), xlsx: t("xlsx") }}
      />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
