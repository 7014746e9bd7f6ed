// CSV templates staff download and fill in (UTF-8 with BOM). Their headers are ones the reader
// recognises, so a filled template uploads as is. Long: one line per indicator × region (×
// period). Wide: one line per indicator × region, one column per period.
import { mustParsePeriod, periodLabelZh } from "@/lib/period";
import { csvBytes, neutralise } from "./csv-write";
import type { IngestIndicator, IngestRegion, Locale } from "./types";

export type TemplateOptions = {
  layout: "long" | "wide";
  locale?: Locale;
  /** Pre-fill these indicators (in this order); none = the header alone. */
  indicators?: IngestIndicator[];
  /** Pre-fill these regions, e.g. all 14 in districts.csv order (city first). */
  regions?: IngestRegion[];
  /** Canonical period codes (2025Q1 …): long lines per period, or wide columns. */
  periods?: string[];
};

const HEAD = {
  // the last three (never public) feed the disclosure rules; left empty, no rule but the flag applies
  zh: { long: ["指标代码", "指标名称", "地区代码", "地区名称", "时期", "数值", "标志", "备注", "调查单位数", "最大单位数值", "第二大单位数值"], wide: ["指标代码", "指标名称", "计量单位", "地区代码", "地区名称"], tail: ["备注"] },
  en: { long: ["indicator_code", "indicator", "region_code", "region", "period", "value", "flag", "note", "units", "largest_unit", "second_largest_unit"], wide: ["indicator_code", "indicator", "unit", "region_code", "region"], tail: ["note"] },
};

export function csvTemplate(opts: TemplateOptions): Buffer {
  const h = HEAD[opts.locale ?? "zh"];
  const inds = opts.indicators ?? [];
  const regs = opts.regions ?? [];
  const periods = opts.periods ?? [];
  // Wide column headers use the Chinese label (2025年第一季度) that staff workbooks use; both read back.
  const periodHeads = periods.map((c) => (opts.locale === "en" ? c : periodLabelZh(mustParsePeriod(c))));
  // Names and units come from the catalogue, which staff edit: one starting with = + - @ must not
  // reach a spreadsheet as a formula. The reader ignores the added quote (nameKey, unitKey).
  const n = neutralise;
  const rows: string[][] = [];
  if (opts.layout === "long") {
    rows.push(h.long);
    for (const i of inds) for (const r of regs.length ? regs : [null]) for (const p of periods.length ? periods : [""]) {
      rows.push([i.code, n(i.nameZh), r?.code ?? "", n(r?.nameZh ?? ""), p, "", "", "", "", "", ""]);
    }
  } else {
    rows.push([...h.wide, ...periodHeads, ...h.tail]);
    for (const i of inds) for (const r of regs.length ? regs : [null]) {
      rows.push([i.code, n(i.nameZh), n(i.unit), r?.code ?? "", n(r?.nameZh ?? ""), ...periods.map(() => ""), ""]);
    }
  }
  return csvBytes(rows);
}
