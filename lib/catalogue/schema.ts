// Validation of one indicator's fields as text (from the form or an imported row) into the
// normalised IndicatorFields. The same schema serves both, so the form and the spreadsheet
// accept exactly the same values. Messages: Chinese first, English second.
import { z } from "zod";
import { FREQUENCIES, MEASURE_TYPES, type IndicatorFields } from "./fields";

/** Every field as text; lists are "|"-separated, as in the starter catalogue's category_code. */
export type RawIndicator = Record<keyof IndicatorFields, string>;

const text = (max: number) => z.string().trim().max(max, `不能超过 ${max} 个字符 / At most ${max} characters`);
const optionalText = (max: number) => text(max).transform((s) => (s === "" ? null : s));
const required = (max: number) => text(max).min(1, "必填 / Required");

/** "01 | 02|" → ["01", "02"], sorted and without duplicates. */
export function splitList(s: string): string[] {
  return [...new Set(s.split(/[|｜,，;；、\s]+/).map((x) => x.trim()).filter(Boolean))].sort();
}

const list = (pattern: RegExp, what: string) =>
  z
    .string()
    .transform(splitList)
    .pipe(z.array(z.string().regex(pattern, `${what}格式不正确 / Malformed ${what}`)).max(200));

const TRUE = ["1", "true", "yes", "y", "on", "是", "√", "✓"];
const FALSE = ["0", "false", "no", "n", "off", "否", ""];

const bool = (emptyIs: boolean) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((s) => TRUE.includes(s) || FALSE.includes(s), "须为“是”或“否” / Must be yes or no")
    .transform((s) => (s === "" ? emptyIs : TRUE.includes(s)));

const DECIMAL = /^-?\d{1,18}(\.\d{1,6})?$/;

/** "100.000000" → "100", "-0.50" → "-0.5": bounds compare as numbers, not as spellings. */
export function normaliseDecimal(s: string): string {
  const [int, frac = ""] = s.replace(/^(-?)0+(?=\d)/, "$1").split(".");
  const f = frac.replace(/0+$/, "");
  const out = f ? `${int}.${f}` : int;
  return out === "-0" ? "0" : out;
}

const bound = z
  .string()
  .trim()
  .refine((s) => s === "" || DECIMAL.test(s), "须为数值（最多 6 位小数）/ Must be a number with at most 6 decimals")
  .transform((s) => (s === "" ? null : normaliseDecimal(s)));

/** Compares two normalised decimals (no floats: bounds may exceed 2^53). */
export function compareDecimal(a: string, b: string): number {
  const neg = (s: string) => s.startsWith("-");
  if (neg(a) !== neg(b)) return neg(a) ? -1 : 1;
  const sign = neg(a) ? -1 : 1;
  const [ai, af = ""] = a.replace("-", "").split(".");
  const [bi, bf = ""] = b.replace("-", "").split(".");
  if (ai.length !== bi.length) return sign * (ai.length - bi.length);
  const w = Math.max(af.length, bf.length);
  const x = ai + af.padEnd(w, "0");
  const y = bi + bf.padEnd(w, "0");
  return x === y ? 0 : sign * (x < y ? -1 : 1);
}

export const ZCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_-]{1,31}$/, "代码须以字母开头，2–32 位字母、数字、- 或 _ / 2–32 letters, digits, - or _, starting with a letter")
  // the admin pages /admin/catalogue/new and /import would hide an indicator with these codes
  .refine((c) => c !== "NEW" && c !== "IMPORT", "NEW 和 IMPORT 不能用作指标代码 / NEW and IMPORT cannot be codes");

export const ZIndicatorFields = z
  .object({
    code: ZCode,
    nameZh: required(200),
    nameEn: required(300),
    unit: required(20),
    frequency: z.enum(FREQUENCIES, "须为 MONTH、QUARTER 或 YEAR / Must be MONTH, QUARTER or YEAR"),
    frequencyNote: optionalText(40),
    measureType: z.enum(MEASURE_TYPES, "指标类型不正确 / Unknown measure type"),
    decimals: z.string().trim().regex(/^[0-6]$/, "须为 0–6 的整数 / A whole number from 0 to 6").transform(Number),
    articleRef: text(300),
    categoryCodes: list(/^\d{2,8}$/, "行业分类代码"),
    emerging: list(/^[a-z][a-z-]{1,31}$/, "新兴产业标签"),
    definition: optionalText(4000),
    definitionEn: optionalText(4000),
    methodNotes: optionalText(4000),
    methodNotesEn: optionalText(4000),
    sourceNote: optionalText(400),
    sourceNoteEn: optionalText(400),
    internalNotes: optionalText(4000),
    departmentCode: optionalText(32),
    regionCodes: list(/^\d{6}$/, "地区代码"),
    dueDays: z
      .string()
      .trim()
      .refine((s) => s === "" || (/^\d{1,3}$/.test(s) && Number(s) <= 366), "须为 0–366 的整数 / A whole number from 0 to 366")
      .transform((s) => (s === "" ? null : Number(s))),
    higherIsBetter: bool(true),
    minValue: bound,
    maxValue: bound,
    retired: bool(false),
  })
  .refine((f) => f.minValue === null || f.maxValue === null || compareDecimal(f.minValue, f.maxValue) <= 0, {
    path: ["maxValue"],
    message: "上限不能小于下限 / The upper bound is below the lower bound",
  });

/** Typed fields back to text, so that a partial source (a file with fewer columns) can be laid over them. */
export function toRaw(f: IndicatorFields): RawIndicator {
  return {
    code: f.code,
    nameZh: f.nameZh,
    nameEn: f.nameEn,
    unit: f.unit,
    frequency: f.frequency,
    frequencyNote: f.frequencyNote ?? "",
    measureType: f.measureType,
    decimals: String(f.decimals),
    articleRef: f.articleRef,
    categoryCodes: f.categoryCodes.join("|"),
    emerging: f.emerging.join("|"),
    definition: f.definition ?? "",
    definitionEn: f.definitionEn ?? "",
    methodNotes: f.methodNotes ?? "",
    methodNotesEn: f.methodNotesEn ?? "",
    sourceNote: f.sourceNote ?? "",
    sourceNoteEn: f.sourceNoteEn ?? "",
    internalNotes: f.internalNotes ?? "",
    departmentCode: f.departmentCode ?? "",
    regionCodes: f.regionCodes.join("|"),
    dueDays: f.dueDays === null ? "" : String(f.dueDays),
    higherIsBetter: f.higherIsBetter ? "true" : "false",
    minValue: f.minValue ?? "",
    maxValue: f.maxValue ?? "",
    retired: f.retired ? "true" : "false",
  };
}
