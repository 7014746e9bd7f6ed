// The MEASURE dimension: the open API's measures (level, in-period, yoy) as SDMX codes, and
// which of them apply to an indicator. In-period values exist for year-to-date and in-period
// indicators; year-on-year growth for all but published growth rates (which already are one).
import type { PublicIndicator } from "@/lib/public/public-indicators";
import type { TMeasure } from "@/lib/open-api/schemas/observation";
import type { Text } from "./model";

export type MeasureCode = "LEVEL" | "IN_PERIOD" | "YOY";

export const MEASURE_CODES: { id: MeasureCode; api: TMeasure; name: Text; description: Text }[] = [
  { id: "LEVEL", api: "level", name: { zh: "发布值", en: "Released value" }, description: { zh: "统计部门发布的数值", en: "The value as released" } },
  {
    id: "IN_PERIOD",
    api: "in-period",
    name: { zh: "当期值", en: "In-period value" },
    description: { zh: "由累计值计算的当期值（当期 = 本期累计 − 上期累计）", en: "Computed from year-to-date values (this YTD − previous YTD)" },
  },
  {
    id: "YOY",
    api: "yoy",
    name: { zh: "同比增速", en: "Year-on-year growth" },
    description: { zh: "同比增速（%），有官方发布的增速时使用发布值；比率类指标为百分点变化", en: "Year-on-year growth (%), the published rate where there is one; change in percentage points for rates" },
  },
];

export const MEASURE_BY_API = Object.fromEntries(MEASURE_CODES.map((m) => [m.api, m.id])) as Record<TMeasure, MeasureCode>;
export const API_BY_MEASURE = Object.fromEntries(MEASURE_CODES.map((m) => [m.id, m.api])) as Record<MeasureCode, TMeasure>;

export function measuresOf(i: Pick<PublicIndicator, "measureType">): MeasureCode[] {
  const out: MeasureCode[] = ["LEVEL"];
  if (i.measureType === "CUMULATIVE" || i.measureType === "PERIOD") out.push("IN_PERIOD");
  if (i.measureType !== "GROWTH") out.push("YOY");
  return out;
}
