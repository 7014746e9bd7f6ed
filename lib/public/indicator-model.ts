import "server-only";
// The indicator page's model: the epoch's data, the URL's choices and the two views. The page,
// the embed page and the chart-file route all use it, so a downloaded SVG is the chart shown.
import { getTranslations } from "next-intl/server";
import type { LabelStyle } from "@/lib/period";
import { publicCached } from "./cache";
import { growthKind } from "./derived-series";
import { labelStyle, localName } from "./display";
import { getIndicatorData, type IndicatorData } from "./indicator-data";
import { indicatorQuery, parseIndicatorParams, queryString, type IndicatorParams, type RawSearch } from "./indicator-params";
import { buildDistrictView, buildTrendView, deriveAllRegions, periodsOf, type DistrictView, type TrendView } from "./indicator-view";
import { cachedIndicators, cachedRegions, type PublicRegion } from "./reference-data";

export type IndicatorModel = {
  data: IndicatorData;
  params: IndicatorParams;
  regions: PublicRegion[];
  /** every period with a released value, oldest first (the range pickers) */
  periods: string[];
  trend: TrendView;
  district: DistrictView;
  name: string;
  /** "累计值", "当季值", "期末值" … as shown in headings */
  measureLabel: string;
  style: LabelStyle;
};

/** The label of what a value is: the level by its measure type, or the in-period value by frequency. */
export function measureKey(data: IndicatorData, measure: IndicatorParams["measure"]): string {
  return measure === "in-period" ? `inPeriod_${data.indicator.frequency}` : `level_${data.indicator.measureType}`;
}

async function buildModel(code: string, params: IndicatorParams, regions: PublicRegion[], locale: string): Promise<IndicatorModel | null> {
  const data = await getIndicatorData(code);
  if (!data) return null;
  const ind = data.indicator;
  const t = await getTranslations({ locale, namespace: "indicator" });
  const name = localName(ind, locale);
  const measureLabel = t(measureKey(data, params.measure));
  const kind = growthKind(ind.measureType);
  const labels = {
    trendTitle: t("trendChartTitle", { name, measure: measureLabel }),
    growth: t(kind === "points" ? "growthPoints" : "growthPercent"),
    districtTitle: (period: string) => t("districtChartTitle", { name, period }),
    missing: t("noValue"),
  };
  const style = labelStyle(ind.measureType, params.measure, data.levelIndicator?.measureType);
  const ctx = { locale, regions, labels, style };
  const series = deriveAllRegions(data, params.measure, params.regions);
  return {
    data,
    params,
    regions,
    periods: periodsOf(series),
    trend: buildTrendView(data, series, params, ctx),
    district: buildDistrictView(data, series, params, ctx),
    name,
    measureLabel,
    style,
  };
}

/**
 * The model for a URL, cached per epoch under the URL's canonical form, so that the many
 * readers of one view (a shared permalink, the default page) share one derivation.
 */
export async function loadIndicatorModel(code: string, search: RawSearch, locale: string): Promise<IndicatorModel | null> {
  const [all, regions] = await Promise.all([cachedIndicators(), cachedRegions()]);
  const ind = all.find((i) => i.code === code);
  if (!ind) return null;
  const params = parseIndicatorParams(search, { frequency: ind.frequency, measureType: ind.measureType, regionCodes: regions.map((r) => r.code) });
  // the data is read inside the cached computation, so it is never older than the epoch it is cached under
  return publicCached(`indicator-model:${code}:${locale}:${queryString(indicatorQuery(params))}`, () => buildModel(code, params, regions, locale));
}
