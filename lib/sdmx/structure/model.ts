// The bureau's SDMX structures as plain data, generated from the public catalogue and the
// regions (never hand-kept): codelists, one concept scheme, one data structure definition and
// the dataflows. The SDMX-ML and SDMX-JSON writers serialise this one model. Pure.
import { CHAPTERS } from "@/lib/reference/articles";
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { ALL_FLOW, CONCEPT_SCHEME_ID, DSD_ID } from "../ids";
import { sdmxUnit, UNIT_MULT_NAMES } from "../units";
import { MEASURE_CODES, measuresOf, type MeasureCode } from "./measures";

export type Text = { zh: string; en: string };
export type Code = { id: string; name: Text; description?: Text; parent?: string };
export type Codelist = { id: string; name: Text; codes: Code[] };
export type Concept = { id: string; name: Text; description?: Text };
export type TextType = "String" | "Boolean" | "Decimal" | "ObservationalTimePeriod";
export type Representation = { codelist: string } | { textType: TextType };
export type Dimension = { id: string; position: number; representation: Representation; time?: true };
export type Attribute = { id: string; representation: Representation; level: "series" | "observation"; mandatory: boolean };
export type Dataflow = { id: string; name: Text; description: Text; indicatorCodes: string[] | null };
export type RegionRow = { code: string; nameZh: string; nameEn: string };

export type SdmxStructures = {
  codelists: Codelist[];
  concepts: Concept[];
  dimensions: Dimension[];
  attributes: Attribute[];
  dataflows: Dataflow[];
};

export const AGENCY_NAME: Text = { zh: "沈阳市统计局", en: "Shenyang Municipal Bureau of Statistics" };
export const DSD_NAME: Text = { zh: "沈阳市数字经济统计监测", en: "Shenyang digital-economy statistics monitor" };
export const CONCEPT_SCHEME_NAME: Text = { zh: "数字经济统计监测概念", en: "Concepts of the digital-economy monitor" };

/** Series dimensions in key order; TIME_PERIOD comes last. */
export const KEY_DIMENSIONS = ["FREQ", "INDICATOR", "REF_AREA", "MEASURE"] as const;
export type KeyDimension = (typeof KEY_DIMENSIONS)[number];
export const SERIES_ATTRIBUTES = ["UNIT_MEASURE", "UNIT_MULT", "DECIMALS"] as const;
export const OBS_ATTRIBUTES = ["OBS_STATUS", "OBS_CONF", "COMPUTED", "OBS_COMMENT"] as const;

export const FREQ_CODE: Record<PublicIndicator["frequency"], string> = { YEAR: "A", QUARTER: "Q", MONTH: "M" };
export const OBS_STATUS_CODES: Code[] = [
  { id: "A", name: { zh: "正常值", en: "Normal value" } },
  { id: "P", name: { zh: "初步数", en: "Provisional (preliminary) value" } },
  { id: "E", name: { zh: "估计数", en: "Estimated value" } },
  { id: "M", name: { zh: "无数据", en: "Missing value" } },
];
export const CONF_CODES: Code[] = [
  { id: "F", name: { zh: "公开", en: "Free" } },
  { id: "C", name: { zh: "不公开（保密）", en: "Confidential: value withheld" } },
];

const CONCEPTS: Concept[] = [
  { id: "FREQ", name: { zh: "频率", en: "Frequency" } },
  { id: "INDICATOR", name: { zh: "指标", en: "Indicator" } },
  { id: "REF_AREA", name: { zh: "地区", en: "Reference area" }, description: { zh: "沈阳市及所辖13个区、县（市）", en: "Shenyang city and its 13 districts and counties" } },
  { id: "MEASURE", name: { zh: "口径", en: "Measure" } },
  { id: "TIME_PERIOD", name: { zh: "时期", en: "Time period" } },
  { id: "OBS_VALUE", name: { zh: "数值", en: "Observation value" } },
  { id: "UNIT_MEASURE", name: { zh: "计量单位", en: "Unit of measure" } },
  { id: "UNIT_MULT", name: { zh: "单位倍数", en: "Unit multiplier" }, description: { zh: "数值乘以 10 的该次幂为以基本单位计的值（亿元 = 8）", en: "Power of ten the value is counted in (亿元, hundred million yuan = 8)" } },
  { id: "DECIMALS", name: { zh: "显示小数位", en: "Decimals" }, description: { zh: "显示时保留的小数位数；数值本身为精确值", en: "Decimals used for display; the values themselves are exact" } },
  { id: "OBS_STATUS", name: { zh: "数据状态", en: "Observation status" } },
  { id: "OBS_CONF", name: { zh: "保密状态", en: "Confidentiality status" } },
  { id: "COMPUTED", name: { zh: "计算值", en: "Computed value" }, description: { zh: "本系统由已发布数据计算的值，非官方发布", en: "Calculated here from released data, not published as such" } },
  { id: "OBS_COMMENT", name: { zh: "注释", en: "Observation comment" } },
];

function unitCodelist(indicators: readonly PublicIndicator[]): Codelist {
  const codes = new Map<string, Code>();
  for (const u of ["%", "百分点", ...indicators.map((i) => i.unit)]) {
    const s = sdmxUnit(u);
    if (!codes.has(s.code)) codes.set(s.code, { id: s.code, name: s.name });
  }
  return { id: "CL_UNIT", name: { zh: "计量单位", en: "Units of measure" }, codes: [...codes.values()] };
}

function indicatorCode(i: PublicIndicator): Code {
  const since = i.retiredAt ? i.retiredAt.toISOString().slice(0, 10) : null;
  return {
    id: i.code,
    name: { zh: i.nameZh, en: i.nameEn },
    description: {
      zh: `单位：${i.unit}${since ? `；已停用（${since}起不再采集），已发布数据仍可查询` : ""}`,
      en: `Unit: ${i.unit}${since ? `; discontinued since ${since}, its released data stay available` : ""}`,
    },
  };
}

export function buildStructures(indicators: readonly PublicIndicator[], regions: readonly RegionRow[]): SdmxStructures {
  const city = regions[0]?.code;
  const codelists: Codelist[] = [
    { id: "CL_FREQ", name: { zh: "频率", en: "Frequency" }, codes: [
      { id: "A", name: { zh: "年", en: "Annual" } },
      { id: "Q", name: { zh: "季", en: "Quarterly" } },
      { id: "M", name: { zh: "月", en: "Monthly" } },
    ] },
    { id: "CL_INDICATOR", name: { zh: "数字经济监测指标", en: "Digital-economy indicators" }, codes: indicators.map(indicatorCode) },
    { id: "CL_AREA", name: { zh: "沈阳市行政区划", en: "Shenyang administrative divisions" }, codes: regions.map((r) => ({ id: r.code, name: { zh: r.nameZh, en: r.nameEn }, ...(r.code !== city && city ? { parent: city } : {}) })) },
    { id: "CL_MEASURE", name: { zh: "口径", en: "Measures" }, codes: MEASURE_CODES.map((m) => ({ id: m.id, name: m.name, description: m.description })) },
    unitCodelist(indicators),
    { id: "CL_UNIT_MULT", name: { zh: "单位倍数", en: "Unit multipliers" }, codes: Object.entries(UNIT_MULT_NAMES).map(([id, name]) => ({ id, name })) },
    { id: "CL_DECIMALS", name: { zh: "小数位数", en: "Decimals" }, codes: [0, 1, 2, 3, 4, 5, 6].map((n) => ({ id: String(n), name: { zh: `${n} 位`, en: String(n) } })) },
    { id: "CL_OBS_STATUS", name: { zh: "数据状态", en: "Observation status" }, codes: OBS_STATUS_CODES },
    { id: "CL_CONF_STATUS", name: { zh: "保密状态", en: "Confidentiality status" }, codes: CONF_CODES },
  ];
  const dimensions: Dimension[] = [
    { id: "FREQ", position: 1, representation: { codelist: "CL_FREQ" } },
    { id: "INDICATOR", position: 2, representation: { codelist: "CL_INDICATOR" } },
    { id: "REF_AREA", position: 3, representation: { codelist: "CL_AREA" } },
    { id: "MEASURE", position: 4, representation: { codelist: "CL_MEASURE" } },
    { id: "TIME_PERIOD", position: 5, representation: { textType: "ObservationalTimePeriod" }, time: true },
  ];
  const attributes: Attribute[] = [
    { id: "UNIT_MEASURE", representation: { codelist: "CL_UNIT" }, level: "series", mandatory: true },
    { id: "UNIT_MULT", representation: { codelist: "CL_UNIT_MULT" }, level: "series", mandatory: true },
    { id: "DECIMALS", representation: { codelist: "CL_DECIMALS" }, level: "series", mandatory: true },
    { id: "OBS_STATUS", representation: { codelist: "CL_OBS_STATUS" }, level: "observation", mandatory: true },
    { id: "OBS_CONF", representation: { codelist: "CL_CONF_STATUS" }, level: "observation", mandatory: true },
    { id: "COMPUTED", representation: { textType: "Boolean" }, level: "observation", mandatory: false },
    { id: "OBS_COMMENT", representation: { textType: "String" }, level: "observation", mandatory: false },
  ];
  const dataflows: Dataflow[] = [
    { id: ALL_FLOW, name: DSD_NAME, description: { zh: "全部监测指标的已发布数据（含已停用指标）", en: "Released data of every monitored indicator (discontinued ones included)" }, indicatorCodes: null },
    ...CHAPTERS.map((c) => ({
      id: `DF_DE_${c.key}`,
      name: { zh: `${DSD_NAME.zh}：${c.zh}`, en: `${DSD_NAME.en}: ${c.en}` },
      description: { zh: `《沈阳市数字经济促进条例》第${c.no}章（第${c.from}—${c.to}条）对应的指标`, en: `Indicators of chapter ${c.no} (articles ${c.from}–${c.to}) of the Shenyang digital-economy regulation` },
      indicatorCodes: indicators.filter((i) => i.chapter === c.key).map((i) => i.code),
    })),
  ];
  return { codelists, concepts: CONCEPTS, dimensions, attributes, dataflows };
}

export { CONCEPT_SCHEME_ID, DSD_ID, measuresOf, type MeasureCode };
