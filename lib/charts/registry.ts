// Chart kinds by name. Options hold formatter functions, which cannot cross from a server
// component to a client one, so both sides receive plain data and build the option here.
import type { EChartsCoreOption } from "echarts/core";
import { buildCoreStructureOption, type CoreStructureData } from "./options/core-structure";
import { buildSeriesCompareOption, type SeriesCompareData } from "./options/series-compare";

export type ChartSpec = { kind: "coreStructure"; data: CoreStructureData } | { kind: "seriesCompare"; data: SeriesCompareData };

export function buildOption(spec: ChartSpec): EChartsCoreOption {
  switch (spec.kind) {
    case "coreStructure":
      return buildCoreStructureOption(spec.data);
    case "seriesCompare":
      return buildSeriesCompareOption(spec.data);
  }
}
