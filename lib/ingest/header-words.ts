// Header keywords staff use, Chinese and English (compared after headerKey(): half-width,
// no spaces, no _-. separators, lower case). A trailing "(unit)" is split off first.
import { headerKey } from "./text-normalize";

export type LabelKind =
  | "indicatorCode" | "indicatorName" | "regionCode" | "regionName" | "period" | "value" | "flag" | "note" | "unit" | "growth"
  // never public: what the disclosure rules read (lib/disclosure/rules.ts)
  | "units" | "top1" | "top2";
export type SubKind = "value" | "growth";

const WORDS: Record<LabelKind, string[]> = {
  indicatorCode: ["指标代码", "指标编码", "指标编号", "指标id", "indicatorcode", "indicatorid", "code"],
  indicatorName: ["指标名称", "指标", "指标名", "项目", "项目名称", "指标项", "indicator", "indicatorname", "name"],
  regionCode: ["地区代码", "区划代码", "行政区划代码", "地区编码", "区域代码", "区县代码", "regioncode", "areacode", "divisioncode"],
  regionName: ["地区", "地区名称", "区域", "区域名称", "区县", "区县名称", "行政区划", "行政区", "地区名", "region", "regionname", "area", "district"],
  period: ["时期", "时间", "期别", "报告期", "统计期", "统计时间", "期间", "日期", "年份", "period", "time", "date"],
  value: ["数值", "值", "数据", "本期", "本期数", "本期值", "本期累计", "累计值", "累计数", "期末值", "期末数", "当期值", "指标值", "value", "amount", "data"],
  flag: ["标志", "标识", "数据标志", "数据标识", "状态", "数据状态", "标记", "flag", "status"],
  note: ["备注", "附注", "说明", "注释", "note", "notes", "remark", "remarks", "comment"],
  unit: ["单位", "计量单位", "单位名称", "unit"],
  units: ["调查单位数", "报告单位数", "单位个数", "单位数", "units", "unitcount", "respondents"],
  top1: ["最大单位数值", "最大单位贡献", "最大单位", "largestunit", "top1"],
  top2: ["第二大单位数值", "第二大单位贡献", "第二大单位", "secondlargestunit", "top2"],
  growth: ["同比增长", "同比增速", "增速", "同比增减", "比上年同期增长", "同比", "增长", "同比增长率", "增长率", "yoy", "growth"],
};

const LOOKUP = new Map<string, LabelKind>();
for (const [kind, words] of Object.entries(WORDS) as [LabelKind, string[]][]) for (const w of words) LOOKUP.set(headerKey(w), kind);

/** Sub-headers of a two-row wide header ("2024年一季度" over "累计值 | 同比增长(%)"). */
const SUB = new Map<string, SubKind>();
for (const w of ["累计值", "累计", "本期累计", "本期", "当期值", "当期", "期末值", "期末数", "数值", "绝对值", "总量", "value"]) SUB.set(headerKey(w), "value");
for (const w of WORDS.growth) SUB.set(headerKey(w), "growth");

function strip(raw: string): string {
  return headerKey(raw.replace(/[(（][^()（）]*[)）]\s*$/, ""));
}

export function labelKind(raw: string): LabelKind | null {
  return LOOKUP.get(strip(raw)) ?? LOOKUP.get(headerKey(raw)) ?? null;
}

export function subKind(raw: string): SubKind | null {
  return SUB.get(strip(raw)) ?? null;
}

/** Every keyword, for judging whether a header row decoded into foreign characters. */
export const ALL_HEADER_WORDS: string[] = Object.values(WORDS).flat();
