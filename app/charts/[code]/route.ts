import { renderChartSvg } from "@/lib/charts/render-svg";
import type { ChartSpec } from "@/lib/charts/registry";
import { CHART_SIZE } from "@/lib/charts/theme";
import { withDbErrors } from "@/lib/http/db-unavailable";
import { currentEpoch, maxAgeSeconds } from "@/lib/public/epoch";
import { CHART_HEIGHTS, CHART_NAMES, type ChartName } from "@/lib/public/download-links";
import { loadIndicatorModel, type IndicatorModel } from "@/lib/public/indicator-model";
import { rawSearch } from "@/lib/public/indicator-params";

export const dynamic = "force-dynamic";

function specOf(m: IndicatorModel, chart: ChartName): ChartSpec {
  if (chart === "ranking") return { kind: "rankedBar", data: m.district.ranking };
  if (chart === "tiles") return { kind: "tileMap", data: m.district.tiles };
  return { kind: "indicatorTrend", data: m.trend.chart };
}

/**
 * GET /charts/DE001?chart=trend|ranking|tiles&lang=zh|en&<the indicator page's parameters>:
 * the chart the page shows, as the server-rendered SVG file (the "SVG" download).
 */
export const GET = withDbErrors(async (req: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const url = new URL(req.url);
  const chart = CHART_NAMES.find((c) => c === (url.searchParams.get("chart") ?? "trend"));
  const locale = url.searchParams.get("lang") === "en" ? "en" : "zh";
  const model = chart ? await loadIndicatorModel(code, rawSearch(url.searchParams), locale) : null;
  if (!chart || !model) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const svg = renderChartSvg(specOf(model, chart), { width: CHART_SIZE.width, height: CHART_HEIGHTS[chart] });
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `inline; filename="${model.data.indicator.code}-${chart}.svg"`,
      "Cache-Control": `public, max-age=${maxAgeSeconds(await currentEpoch())}`,
      "X-Content-Type-Options": "nosniff",
    },
  });
});
