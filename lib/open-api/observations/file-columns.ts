// The columns of observation downloads (CSV and XLSX share them), in Chinese or English.
import { mustParsePeriod, periodLabel } from "@/lib/period";
import type { ApiCatalogue } from "../catalogue/load-catalogue";
import { FLAG_LABEL, MEASURE_LABEL, shanghaiIso, type Lang } from "./texts";
import type { ApiObservation } from "./types";

export type FileColumn = {
  key: string;
  header: Record<Lang, string>;
  value: (r: ApiObservation) => string | null;
  numeric?: boolean;
};

const yes = (lang: Lang) => (lang === "zh" ? "是" : "yes");

export function observationFileColumns(cat: ApiCatalogue, lang: Lang): FileColumn[] {
  const ind = (r: ApiObservation) => cat.byCode.get(r.indicator);
  const region = (r: ApiObservation) => cat.regions.get(r.region);
  // a year-to-date value (and its growth) is labelled by the span it covers: 2025年前三季度,
  // 2025年1—2月; only an in-period value computed by subtraction covers the period alone
  const style = (r: ApiObservation) => (ind(r)?.measureType === "CUMULATIVE" && !(r.measure === "in-period" && r.computed) ? "ytd" : "period");
  return [
    { key: "indicator_code", header: { zh: "指标代码", en: "indicator_code" }, value: (r) => r.indicator },
    { key: "indicator", header: { zh: "指标名称", en: "indicator" }, value: (r) => (lang === "zh" ? ind(r)?.nameZh : ind(r)?.nameEn) ?? null },
    { key: "region_code", header: { zh: "区划代码", en: "region_code" }, value: (r) => r.region },
    { key: "region", header: { zh: "地区", en: "region" }, value: (r) => (lang === "zh" ? region(r)?.nameZh : region(r)?.nameEn) ?? null },
    { key: "period", header: { zh: "期别代码", en: "period" }, value: (r) => r.period },
    { key: "period_label", header: { zh: "期别", en: "period_label" }, value: (r) => periodLabel(mustParsePeriod(r.period), lang, style(r)) },
    { key: "measure", header: { zh: "口径", en: "measure" }, value: (r) => MEASURE_LABEL[r.measure][lang] },
    { key: "value", header: { zh: "数值", en: "value" }, value: (r) => r.value, numeric: true },
    { key: "unit", header: { zh: "单位", en: "unit" }, value: (r) => r.unit },
    { key: "computed", header: { zh: "计算值", en: "computed" }, value: (r) => (r.computed ? yes(lang) : null) },
    { key: "reason", header: { zh: "无数值原因", en: "reason" }, value: (r) => r.reason },
    { key: "flag", header: { zh: "标记", en: "flag" }, value: (r) => (r.flag ? FLAG_LABEL[r.flag][lang] : null) },
    { key: "note", header: { zh: "备注", en: "note" }, value: (r) => r.note },
    { key: "previous_value", header: { zh: "修订前数值", en: "previous_value" }, value: (r) => r.revision?.previousValue ?? null, numeric: true },
    {
      key: "previous_released_at",
      header: { zh: "修订前发布时间", en: "previous_released_at" },
      value: (r) => (r.revision ? shanghaiIso(r.revision.previousReleasedAt) : null),
    },
    { key: "released_at", header: { zh: "发布时间", en: "released_at" }, value: (r) => shanghaiIso(r.releasedAt) },
    { key: "demo", header: { zh: "示例数据", en: "demo_data" }, value: (r) => (r.isDemo ? yes(lang) : null) },
  ];
}
