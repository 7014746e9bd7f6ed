// The catalogue's spreadsheet columns: the starter file's nine (data/reference/indicators.csv)
// plus the extended fields, and the two wording rules that let export → edit → import round
// trip. `frequency` and `measure_type` hold the catalogue's wording ("月/季", "累计"), read with
// the same rules that loaded the starter catalogue (lib/reference/catalogue-rules.ts); when
// the wording would not read back as the stored value, the export writes the exact value
// (QUARTER, CUMULATIVE) instead, which import takes as it is. Pure.
import { FREQUENCY_FOLLOWS, frequencyRule, measureTypeRule, type MeasureTypeKey } from "@/lib/reference/catalogue-rules";
import type { Frequency } from "@/lib/period";
import { FREQUENCIES, MEASURE_LABELS, MEASURE_TYPES, type FieldKey, type IndicatorFields } from "./fields";

export const STARTER_COLUMNS = ["code", "name_zh", "name_en", "unit", "frequency", "measure_type", "article", "category_code", "notes"] as const;
/** After the starter's nine: `notes` there is the compiler's working notes (internal); the public texts have their own columns. */
export const EXTRA_COLUMNS = [
  "decimals",
  "department",
  "due_days",
  "regions",
  "min_value",
  "max_value",
  "higher_is_better",
  "definition",
  "emerging",
  "retired",
  "definition_en",
  "method_notes",
  "method_notes_en",
  "source",
  "source_en",
] as const;
export const ALL_COLUMNS = [...STARTER_COLUMNS, ...EXTRA_COLUMNS];
export type Column = (typeof ALL_COLUMNS)[number];

/** The field each column sets (frequency also sets frequencyNote: see readFrequency). */
export const COLUMN_FIELD: Record<Exclude<Column, "code">, FieldKey> = {
  name_zh: "nameZh",
  name_en: "nameEn",
  unit: "unit",
  frequency: "frequency",
  measure_type: "measureType",
  article: "articleRef",
  category_code: "categoryCodes",
  notes: "internalNotes",
  decimals: "decimals",
  department: "departmentCode",
  due_days: "dueDays",
  regions: "regionCodes",
  min_value: "minValue",
  max_value: "maxValue",
  higher_is_better: "higherIsBetter",
  definition: "definition",
  emerging: "emerging",
  retired: "retired",
  definition_en: "definitionEn",
  method_notes: "methodNotes",
  method_notes_en: "methodNotesEn",
  source: "sourceNote",
  source_en: "sourceNoteEn",
};

const upper = (s: string) => s.trim().toUpperCase();

/**
 * Catalogue wording → frequency. An exact value (QUARTER) keeps the stored wording
 * (`note: undefined`); otherwise the rule applies and the wording becomes the note. Parts of a
 * total (FREQUENCY_FOLLOWS) take the frequency of their total, as when the starter was loaded.
 */
export function readFrequency(text: string, code: string, totalFrequency: (code: string) => Frequency | undefined): { frequency: Frequency; note?: string } | null {
  const t = text.trim();
  if ((FREQUENCIES as readonly string[]).includes(upper(t))) return { frequency: upper(t) as Frequency };
  if (!/[月季年]/.test(t)) return null;
  const total = FREQUENCY_FOLLOWS[code];
  return { frequency: (total && totalFrequency(total)) || frequencyRule(t), note: t };
}

/** Catalogue wording → measure type: exact values and 比率/增速 as they are, 累计/期末/当期 by the rule. */
export function readMeasureType(text: string, nameZh: string, unit: string): MeasureTypeKey | null {
  const t = text.trim();
  if ((MEASURE_TYPES as readonly string[]).includes(upper(t))) return upper(t) as MeasureTypeKey;
  if (t === MEASURE_LABELS.RATE.zh || t === "指数") return "RATE";
  if (t === MEASURE_LABELS.GROWTH.zh) return "GROWTH";
  if (!/累计|期末|当期/.test(t)) return null;
  return measureTypeRule(nameZh, unit, t);
}

export function writeFrequency(f: IndicatorFields, totalFrequency: (code: string) => Frequency | undefined): string {
  if (f.frequencyNote && readFrequency(f.frequencyNote, f.code, totalFrequency)?.frequency === f.frequency) return f.frequencyNote;
  return f.frequency;
}

export function writeMeasureType(f: IndicatorFields): string {
  const label = MEASURE_LABELS[f.measureType].zh;
  return readMeasureType(label, f.nameZh, f.unit) === f.measureType ? label : f.measureType;
}

/** One indicator as a spreadsheet row (text cells). `retiredOn` is the Beijing date it was retired. */
export function toColumns(
  f: IndicatorFields,
  retiredOn: string | null,
  totalFrequency: (code: string) => Frequency | undefined,
): Record<Column, string> {
  return {
    code: f.code,
    name_zh: f.nameZh,
    name_en: f.nameEn,
    unit: f.unit,
    frequency: writeFrequency(f, totalFrequency),
    measure_type: writeMeasureType(f),
    article: f.articleRef,
    category_code: f.categoryCodes.join("|"),
    notes: f.internalNotes ?? "",
    decimals: String(f.decimals),
    department: f.departmentCode ?? "",
    due_days: f.dueDays === null ? "" : String(f.dueDays),
    regions: f.regionCodes.join("|"),
    min_value: f.minValue ?? "",
    max_value: f.maxValue ?? "",
    higher_is_better: f.higherIsBetter ? "是" : "否",
    definition: f.definition ?? "",
    emerging: f.emerging.join("|"),
    retired: f.retired ? (retiredOn ?? "是") : "",
    definition_en: f.definitionEn ?? "",
    method_notes: f.methodNotes ?? "",
    method_notes_en: f.methodNotesEn ?? "",
    source: f.sourceNote ?? "",
    source_en: f.sourceNoteEn ?? "",
  };
}
