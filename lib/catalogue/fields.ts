// The editable fields of one catalogue indicator, in one normalised shape shared by the
// form, the import and the diff. Lists are sorted and bounds are plain decimals, so that two
// values that mean the same thing compare equal. Pure.
import type { MeasureTypeKey } from "@/lib/reference/catalogue-rules";
import type { Frequency } from "@/lib/period";

export const FREQUENCIES = ["MONTH", "QUARTER", "YEAR"] as const satisfies readonly Frequency[];
export const MEASURE_TYPES = ["CUMULATIVE", "PERIOD", "STOCK", "RATE", "GROWTH"] as const satisfies readonly MeasureTypeKey[];

export type IndicatorFields = {
  code: string;
  nameZh: string;
  nameEn: string;
  unit: string;
  frequency: Frequency;
  /** The catalogue's own wording ("月/季"); null when none was given. */
  frequencyNote: string | null;
  measureType: MeasureTypeKey;
  decimals: number;
  articleRef: string;
  categoryCodes: string[];
  emerging: string[];
  /** Public metadata: Chinese, and English beside it. */
  definition: string | null;
  definitionEn: string | null;
  methodNotes: string | null;
  methodNotesEn: string | null;
  sourceNote: string | null;
  sourceNoteEn: string | null;
  /** Staff only: never shown on a public page or in the open API. */
  internalNotes: string | null;
  departmentCode: string | null;
  /** Regions the indicator is reported for; empty = all of them. */
  regionCodes: string[];
  /** Days after the period end by which data is due; null = the default for its frequency. */
  dueDays: number | null;
  higherIsBetter: boolean;
  minValue: string | null;
  maxValue: string | null;
  retired: boolean;
};

export type FieldKey = Exclude<keyof IndicatorFields, "code">;

/** Field order for diffs, notes and audit events. */
export const FIELD_KEYS: FieldKey[] = [
  "nameZh",
  "nameEn",
  "unit",
  "frequency",
  "frequencyNote",
  "measureType",
  "decimals",
  "articleRef",
  "categoryCodes",
  "emerging",
  "definition",
  "definitionEn",
  "methodNotes",
  "methodNotesEn",
  "sourceNote",
  "sourceNoteEn",
  "internalNotes",
  "departmentCode",
  "regionCodes",
  "dueDays",
  "higherIsBetter",
  "minValue",
  "maxValue",
  "retired",
];

/** Domain names of the fields, used in diffs, import errors and methodology notes. */
export const FIELD_LABELS: Record<FieldKey | "code", { zh: string; en: string }> = {
  code: { zh: "指标代码", en: "Code" },
  nameZh: { zh: "中文名称", en: "Chinese name" },
  nameEn: { zh: "英文名称", en: "English name" },
  unit: { zh: "计量单位", en: "Unit" },
  frequency: { zh: "采集频率", en: "Frequency" },
  frequencyNote: { zh: "频率（目录原文）", en: "Frequency (catalogue wording)" },
  measureType: { zh: "指标类型", en: "Measure type" },
  decimals: { zh: "小数位数", en: "Decimals" },
  articleRef: { zh: "条例条款", en: "Regulation articles" },
  categoryCodes: { zh: "行业分类代码", en: "NBS categories" },
  emerging: { zh: "新兴产业标签", en: "Emerging-industry tags" },
  definition: { zh: "指标定义", en: "Definition" },
  definitionEn: { zh: "指标定义（英文）", en: "Definition (English)" },
  methodNotes: { zh: "方法说明", en: "Method notes" },
  methodNotesEn: { zh: "方法说明（英文）", en: "Method notes (English)" },
  sourceNote: { zh: "数据来源", en: "Source" },
  sourceNoteEn: { zh: "数据来源（英文）", en: "Source (English)" },
  internalNotes: { zh: "内部备注（不公开）", en: "Internal notes (not public)" },
  departmentCode: { zh: "报送部门", en: "Supplying department" },
  regionCodes: { zh: "覆盖地区", en: "Regions covered" },
  dueDays: { zh: "报送时限（期末后天数）", en: "Due days after period end" },
  higherIsBetter: { zh: "数值越大越好", en: "Higher is better" },
  minValue: { zh: "校验下限", en: "Lower bound" },
  maxValue: { zh: "校验上限", en: "Upper bound" },
  retired: { zh: "已停用", en: "Retired" },
};

/** What a change to these fields means for data already released: it needs a dated public note. */
export const MEANING_FIELDS: FieldKey[] = ["definition", "methodNotes"];

/**
 * Changing these after release would silently change what released values mean (a value in
 * 亿元 read as 万元), so they are refused once data is public: add a new indicator instead.
 */
export const LOCKED_AFTER_RELEASE: FieldKey[] = ["unit", "frequency", "measureType"];

export const MEASURE_LABELS: Record<MeasureTypeKey, { zh: string; en: string }> = {
  CUMULATIVE: { zh: "累计", en: "Year-to-date" },
  PERIOD: { zh: "当期", en: "In-period" },
  STOCK: { zh: "期末", en: "End of period" },
  RATE: { zh: "比率", en: "Rate / ratio" },
  GROWTH: { zh: "增速", en: "Growth rate" },
};

export const FREQUENCY_LABELS: Record<Frequency, { zh: string; en: string }> = {
  MONTH: { zh: "月", en: "Monthly" },
  QUARTER: { zh: "季", en: "Quarterly" },
  YEAR: { zh: "年", en: "Yearly" },
};

export type FieldValue = IndicatorFields[FieldKey];

/** A value as one line of text, for diffs and notes ("—" for empty). */
export function fieldText(key: FieldKey, v: FieldValue, lang: "zh" | "en"): string {
  if (v === null || v === undefined || v === "") return "—";
  if (Array.isArray(v)) return v.length ? v.join("|") : key === "regionCodes" ? (lang === "zh" ? "全部" : "all") : "—";
  if (typeof v === "boolean") return lang === "zh" ? (v ? "是" : "否") : v ? "yes" : "no";
  if (key === "measureType") return MEASURE_LABELS[v as MeasureTypeKey][lang];
  if (key === "frequency") return FREQUENCY_LABELS[v as Frequency][lang];
  return String(v);
}
