// A target as the admin form sends it. Values stay decimal text (never JS numbers).
import { z } from "zod";
import { isDecimalText } from "@/lib/derive/decimal";
import { parseIsoDate } from "@/lib/targets/dates";

const decimalText = (msg: string) => z.string().trim().refine(isDecimalText, msg);
const optional = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), s.optional());
const isoDateText = z.string().trim().refine((v) => {
  try {
    parseIsoDate(v);
    return true;
  } catch {
    return false;
  }
}, "期限须为有效日期 YYYY-MM-DD / Deadline must be a date (YYYY-MM-DD)");

export const ZTarget = z
  .object({
    indicatorCode: z.string().trim().min(1, "请选择指标 / Choose an indicator").max(32),
    regionCode: z.string().trim().regex(/^\d{6}$/, "请选择地区 / Choose a region"),
    year: z.coerce.number().int().min(2000, "年份须在2000—2100之间 / Year 2000–2100").max(2100, "年份须在2000—2100之间 / Year 2000–2100"),
    value: decimalText("目标值须为数字 / Target value must be a number"),
    baseYear: optional(z.coerce.number().int().min(1990).max(2100)),
    baseValue: optional(decimalText("基期值须为数字 / Base value must be a number")),
    deadline: isoDateText,
    source: z.string().trim().min(1, "请填写目标来源（如“十四五”规划）/ Give the source (e.g. 14th five-year plan)").max(200),
  })
  .refine((t) => t.baseValue === undefined || t.baseYear !== undefined, { message: "填写基期值时须填写基期年份 / A base value needs its base year", path: ["baseYear"] })
  .refine((t) => t.baseYear === undefined || t.baseYear < t.year, { message: "基期年份须早于目标年份 / The base year must precede the target year", path: ["baseYear"] })
  .refine((t) => Number(t.deadline.slice(0, 4)) >= t.year - 1, { message: "期限不应早于目标年份 / The deadline cannot precede the target year", path: ["deadline"] });

export type TargetInput = z.infer<typeof ZTarget>;

/** FormData → the object ZTarget parses. */
export function targetFromForm(form: FormData): Record<string, FormDataEntryValue | null> {
  const keys = ["indicatorCode", "regionCode", "year", "value", "baseYear", "baseValue", "deadline", "source"];
  return Object.fromEntries(keys.map((k) => [k, form.get(k)]));
}
