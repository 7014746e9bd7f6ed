// Chart kinds by name. Options hold formatter functions, which cannot cross from a server
// component to a client one, so both sides receive plain data and build the option here.
import type { EChartsCoreOption } from "echarts/core";
import { fitLayout } from "./fit-layout";
import { buildCoreStructureOption, type CoreStructureData } from "./options/core-structure";
import { buildIndicatorTrendOption, type IndicatorTrendData } from "./options/indicator-trend";
import { buildRankedBarOption, type RankedBarData } from "./options/ranked-bar";
import { buildSeriesCompareOption, type SeriesCompareData } from "./options/series-compare";
import { buildShareStackOption, type ShareStackData } from "./options/share-stack";
import { buildSparklineOption, type SparklineData } from "./options/sparkline";
import { buildTileMapOption, type TileMapData } from "./options/tile-map";

export type ChartSpec =
  | { kind: "coreStructure"; data: CoreStructureData }
  | { kind: "seriesCompare"; data: SeriesCompareData }
  | { kind: "indicatorTrend"; data: IndicatorTrendData }
  | { kind: "rankedBar"; data: RankedBarData }
  | { kind: "tileMap"; data: TileMapData }
  | { kind: "shareStack"; data: ShareStackData }
  | { kind: "sparkline"; data: SparklineData };

/** The chart's option, laid out for a phone-wide container when `narrow` (fit-layout.ts). */
export function buildOption(spec: ChartSpec, { narrow = false }: { narrow?: boolean } = {}): EChartsCoreOption {
  return fitLayout(buildKind(spec), narrow);
}

function buildKind(spec: ChartSpec): EChartsCoreOption {
  switch (spec.kind) {
    case "coreStructure":
      return buildCoreStructureOption(spec.data);
    case "seriesCompare":
      return buildSeriesCompareOption(spec.data);
    case "indicatorTrend":
      return buildIndicatorTrendOption(spec.data);
    case "rankedBar":
      return buildRankedBarOption(spec.data);
    case "tileMap":
      return buildTileMapOption(spec.data);
    case "shareStack":
      return buildShareStackOption(spec.data);
    case "sparkline":
      return buildSparklineOption(spec.data);
  }
}
